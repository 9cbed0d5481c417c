import { AboutEntryDocument, HomeEntryDocument, SettingsEntryDocument } from '@platform/shared-types';
import {
  aboutSchema,
  homeSchema,
  settingsSchema,
  type AboutData,
  type HomeData,
  type SettingsData,
} from '../../../lib/cms/schemas';
import { withAbsoluteImageUrls } from '../shape/blocks';
import { fullList } from '../shape/lists';
import { toSeo } from '../shape/media';
import { defineSingleSpec } from '../spec';
import { singleBase } from './base';

type Shaped<T> = Omit<T, 'localizations' | 'updatedAt' | 'publishedAt'>;

export const settingsSpec = defineSingleSpec({
  contentType: 'api::site-setting.site-setting',
  schema: settingsSchema,
  query: SettingsEntryDocument,
  pick: (result) => result.siteSetting,
  toData: (node, ctx) =>
    ({
      ...singleBase(node),
      organisationName: node.organisationName,
      tagline: node.tagline,
      charityNumber: node.charityNumber,
      adviceLinePhone: node.adviceLinePhone,
      adviceLineEmail: node.adviceLineEmail,
      openingHours: node.openingHours,
      emergencyNotice: node.emergencyNotice,
      emergencyNumbers: fullList(node.emergencyNumbers, 'emergencyNumbers', ctx.entryLabel).map(
        ({ label, number }) => ({ label, number }),
      ),
      donateUrl: node.donateUrl,
      newsletterUrl: node.newsletterUrl,
      socialLinks: fullList(node.socialLinks, 'socialLinks', ctx.entryLabel).map(({ platform, url }) => ({
        platform,
        url,
      })),
      quickExitUrl: node.quickExitUrl,
    }) satisfies Record<keyof Shaped<SettingsData>, unknown>,
});

export const homeSpec = defineSingleSpec({
  contentType: 'api::home-page.home-page',
  schema: homeSchema,
  query: HomeEntryDocument,
  pick: (result) => result.homePage,
  toData: (node, ctx) =>
    ({
      ...singleBase(node),
      heroTitle: node.heroTitle,
      heroText: node.heroText,
      adviceTitle: node.adviceTitle,
      adviceText: node.adviceText,
      seo: toSeo(node.seo, ctx),
    }) satisfies Record<keyof Shaped<HomeData>, unknown>,
});

export const aboutSpec = defineSingleSpec({
  contentType: 'api::about.about',
  schema: aboutSchema,
  query: AboutEntryDocument,
  pick: (result) => result.about,
  toData: (node, ctx) =>
    ({
      ...singleBase(node),
      title: node.title,
      intro: node.intro,
      mission: node.mission,
      vision: withAbsoluteImageUrls(node.vision, ctx),
      method: withAbsoluteImageUrls(node.method, ctx),
      seo: toSeo(node.seo, ctx),
    }) satisfies Record<keyof Shaped<AboutData>, unknown>,
});
