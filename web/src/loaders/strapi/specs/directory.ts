import { DirectoryPageDocument, OrganizationsPageDocument } from '@platform/shared-types';
import {
  directorySchema,
  organizationsSchema,
  type AccessMethod,
  type OrganizationData,
  type ServiceData,
} from '../../../lib/cms/schemas';
import { fullList } from '../shape/lists';
import { defineCollectionSpec } from '../spec';
import { entryBase } from './base';

type Shaped<T> = Omit<T, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const directorySpec = defineCollectionSpec({
  contentType: 'api::service.service',
  schema: directorySchema,
  query: DirectoryPageDocument,
  connection: (result) => result.services_connection,
  relations: { organization: 'organizations' },
  toData: (node, ctx) => {
    const list = <T>(items: ReadonlyArray<T | null> | null | undefined, field: string): T[] =>
      fullList(items, field, ctx.entryLabel);
    const accessMethods: AccessMethod[] = [
      ...(node.accessByReferral ? (['referral'] as const) : []),
      ...(node.accessDropIn ? (['drop-in'] as const) : []),
      ...(node.accessByPhone ? (['phone'] as const) : []),
    ];
    return {
      ...entryBase(node),
      name: node.name,
      description: node.description,
      organization: node.organization
        ? {
            documentId: node.organization.documentId,
            slug: node.organization.slug,
            name: node.organization.name,
          }
        : null,
      eligibilityDescription: node.eligibilityDescription ?? null,
      minimumAge: node.minimumAge ?? null,
      maximumAge: node.maximumAge ?? null,
      immigrationSituations: list(node.immigrationSituations, 'immigrationSituations').map(
        (s) => s.situation,
      ),
      gender: node.gender,
      languages: list(node.languages, 'languages').map((language) => language.code),
      isFree: node.isFree,
      feesDescription: node.feesDescription ?? null,
      accessMethods,
      applicationProcess: node.applicationProcess ?? null,
      schedules: list(node.schedules, 'schedules'),
      scheduleDescription: node.scheduleDescription ?? null,
      serviceAreas: list(node.serviceAreas, 'serviceAreas').map((area) => ({
        nation: area.nation,
        region: area.region?.trim() || null,
        localAuthority: area.localAuthority?.trim() || null,
      })),
      locations: list(node.locations, 'locations').map((location) => ({
        name: location.name ?? null,
        address1: location.address1 ?? null,
        city: location.city ?? null,
        postalCode: location.postalCode ?? null,
      })),
      url: node.url || null,
      email: node.email || null,
      phone: node.phone || null,
    } satisfies Record<keyof Shaped<ServiceData>, unknown>;
  },
});

export const organizationsSpec = defineCollectionSpec({
  contentType: 'api::organization.organization',
  schema: organizationsSchema,
  query: OrganizationsPageDocument,
  connection: (result) => result.organizations_connection,
  relations: {},
  toData: (node) =>
    ({
      ...entryBase(node),
      name: node.name,
      description: node.description ?? null,
      url: node.url || null,
      email: node.email || null,
      phone: node.phone || null,
    }) satisfies Record<keyof Shaped<OrganizationData>, unknown>,
});
