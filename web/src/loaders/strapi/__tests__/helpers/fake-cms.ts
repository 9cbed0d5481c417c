/**
 * A tiny stand-in for the CMS's GraphQL endpoint: scripted documents, real HTTP, Strapi's paging
 * and the handful of filters the loader sends. Unit tests use it to drive the loader through
 * paging, incremental syncs and failures quickly; cms/tests/web-loader.test.ts checks the same
 * loader against a real Strapi.
 */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import type { OperationDefinitionNode } from 'graphql';
import { SITE_COLLECTIONS, type SiteCollectionName } from '../../collections';

export type FakeNode = { documentId: string; locale: string; updatedAt: string } & Record<string, unknown>;
export type RecordedRequest = { operationName: string; variables: Record<string, unknown> };

/** Each collection's query as the loader sends it: its operation name and the root field it reads. */
const OPERATIONS = new Map(
  Object.entries(SITE_COLLECTIONS).map(([name, spec]) => {
    const operation = spec.query.definitions.find(
      (d): d is OperationDefinitionNode => d.kind === 'OperationDefinition',
    );
    const root = operation?.selectionSet.selections[0];
    if (!operation?.name || root?.kind !== 'Field') throw new Error(`${name}: unexpected query shape`);
    return [operation.name.value, { collection: name as SiteCollectionName, spec, field: root.name.value }];
  }),
);
/** What Strapi answers a query for a field its schema does not have (an older CMS). */
const NO_SYNC_INDEX = {
  errors: [
    {
      message: 'Cannot query field "siteSyncIndex" on type "Query".',
      extensions: { code: 'GRAPHQL_VALIDATION_FAILED' },
    },
  ],
};

type Filter = Record<string, unknown>;

const matches = (node: Record<string, unknown>, filter: Filter | null | undefined): boolean => {
  if (!filter) return true;
  return Object.entries(filter).every(([field, condition]) => {
    if (field === 'or') return (condition as Filter[]).some((f) => matches(node, f));
    if (field === 'and') return (condition as Filter[]).every((f) => matches(node, f));
    const value = node[field];
    const cond = condition as Record<string, unknown>;
    if ('gt' in cond) return typeof value === 'string' && Date.parse(value) > Date.parse(String(cond.gt));
    if ('in' in cond) return (cond.in as unknown[]).includes(value);
    if ('eq' in cond) return value === cond.eq;
    // A relation: any linked document matching the nested filter.
    const linked = Array.isArray(value) ? value : value ? [value] : [];
    return linked.some((item) => matches(item as Record<string, unknown>, cond as Filter));
  });
};

const readBody = async (request: IncomingMessage): Promise<string> => {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
};

export type FakeCms = {
  url: string;
  token: string;
  locales: string[];
  /** Published documents, by site collection (news, resources, …, settings, home, about). */
  documents: Partial<Record<SiteCollectionName, FakeNode[]>>;
  /** Files served at their path, e.g. /uploads/guide.pdf. */
  files: Map<string, Buffer>;
  /** The media library as the fingerprint query sees it: every file's updatedAt. */
  mediaLibrary: string[];
  requests: RecordedRequest[];
  fileRequests: string[];
  /** Added to every reported total (to simulate a list that lies). */
  totalSkew: number;
  /** Whether it answers `siteSyncIndex` (cms/src/graphql/site-sync-index.ts), or is an older CMS. */
  syncIndex: boolean;
  close: () => Promise<void>;
};

export const startFakeCms = async (
  options: { locales?: string[]; token?: string; syncIndex?: boolean } = {},
): Promise<FakeCms> => {
  const cms: Omit<FakeCms, 'url' | 'close'> = {
    token: options.token ?? 'fake-build-token',
    locales: options.locales ?? ['en'],
    documents: {},
    files: new Map(),
    mediaLibrary: [],
    requests: [],
    fileRequests: [],
    totalSkew: 0,
    syncIndex: options.syncIndex ?? true,
  };
  const server: Server = createServer((request, response) => {
    const send = (status: number, body: unknown) => {
      response.writeHead(status, { 'content-type': 'application/json' });
      response.end(JSON.stringify(body));
    };
    if (request.method === 'GET' && request.url && cms.files.has(request.url)) {
      cms.fileRequests.push(request.url);
      response.writeHead(200, { 'content-type': 'application/octet-stream' });
      response.end(cms.files.get(request.url));
      return;
    }
    if (request.url !== '/graphql' || request.method !== 'POST') return send(404, { error: 'Not Found' });
    if (request.headers.authorization !== `Bearer ${cms.token}`) {
      return send(401, { data: null, errors: [{ message: 'Missing or invalid credentials' }] });
    }
    void readBody(request).then((raw) => {
      const { operationName, variables = {} } = JSON.parse(raw) as RecordedRequest;
      cms.requests.push({ operationName, variables });
      if (operationName === 'SiteLocales') {
        return send(200, { data: { i18NLocales: cms.locales.map((code) => ({ code })) } });
      }
      if (operationName === 'MediaLibraryFingerprint') {
        const newest = [...cms.mediaLibrary].sort().reverse()[0];
        return send(200, {
          data: {
            uploadFiles_connection: {
              nodes: newest ? [{ updatedAt: newest }] : [],
              pageInfo: { total: cms.mediaLibrary.length },
            },
          },
        });
      }
      if (operationName === 'SiteSyncIndex') {
        if (!cms.syncIndex) return send(400, NO_SYNC_INDEX);
        const contentTypes = Object.entries(SITE_COLLECTIONS).map(([name, spec]) => {
          const entries = cms.documents[name as SiteCollectionName] ?? [];
          return {
            uid: spec.contentType,
            documentIds: entries.map((d) => d.documentId),
            locales: entries.map((d) => d.locale),
            updatedAts: entries.map((d) => d.updatedAt),
          };
        });
        return send(200, { data: { siteSyncIndex: { contentTypes } } });
      }
      const operation = OPERATIONS.get(operationName);
      if (!operation) return send(400, { errors: [{ message: `Unknown operation ${operationName}` }] });
      const { collection, spec, field } = operation;
      if (spec.kind === 'single') {
        const node = (cms.documents[collection] ?? []).find((d) => d.locale === variables.locale) ?? null;
        return send(200, { data: { [field]: node } });
      }
      const page = Number(variables.page);
      const pageSize = Math.min(Number(variables.pageSize), 100);
      const all = (cms.documents[collection] ?? [])
        .filter((d) => d.locale === variables.locale && matches(d, variables.filters as Filter | undefined))
        .sort((a, b) => a.documentId.localeCompare(b.documentId));
      const nodes = all.slice((page - 1) * pageSize, page * pageSize);
      const pageCount = Math.ceil(all.length / pageSize);
      return send(200, {
        data: {
          [field]: { nodes, pageInfo: { page, pageSize, pageCount, total: all.length + cms.totalSkew } },
        },
      });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(cms, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve, reject) => server.close((e) => (e ? reject(e) : resolve()))),
  });
};
