import { settingsSchema } from '../../../lib/cms/schemas';
import { parseLoaderSettings } from '../options';
import { syncFromCms } from '../sync';
import { startFakeCms } from './helpers/fake-cms';
import { fakeContext } from './helpers/fake-context';
import { at } from './helpers/nodes';

const settingsNode = (locale: string, organisationName: string) => ({
  documentId: 'settings',
  locale,
  updatedAt: at(1),
  publishedAt: at(1),
  organisationName,
  tagline: null,
  charityNumber: '1234567',
  adviceLinePhone: '0800 000 000',
  adviceLineEmail: null,
  openingHours: null,
  emergencyNotice: 'We are not an emergency service.',
  emergencyNumbers: [{ label: 'Police', number: '999' }],
  donateUrl: null,
  newsletterUrl: null,
  socialLinks: [],
  quickExitUrl: 'https://www.bbc.co.uk/weather',
});

describe('single types', () => {
  it('stores one entry per published locale, id = locale, and removes an unpublished one', async () => {
    const cms = await startFakeCms({ locales: ['en', 'ar', 'fa'] });
    try {
      cms.documents.settings = [settingsNode('en', 'Charity'), settingsNode('ar', 'جمعية')];
      const ctx = fakeContext('settings', settingsSchema);
      const run = () =>
        syncFromCms(ctx, {
          collection: 'settings',
          settings: parseLoaderSettings({ url: cms.url, token: cms.token }),
          filesCacheDir: '/nonexistent',
        });
      await run();
      expect([...ctx.entries.keys()].sort()).toEqual(['ar', 'en']);
      expect(ctx.entries.get('en')?.data).toMatchObject({
        organisationName: 'Charity',
        localizations: [{ locale: 'ar' }],
        emergencyNumbers: [{ label: 'Police', number: '999' }],
      });

      cms.documents.settings = [settingsNode('en', 'Charity')];
      const counts = await run();
      expect(counts).toMatchObject({ deleted: 1, total: 1 });
      expect(ctx.entries.get('en')?.data.localizations).toEqual([]);
    } finally {
      await cms.close();
    }
  });
});

describe('single types with the sync index', () => {
  it('fetches only the listed locales, and nothing while the index shows no change', async () => {
    const cms = await startFakeCms({ locales: ['en', 'ar', 'fa'] });
    try {
      cms.documents.settings = [settingsNode('en', 'Charity'), settingsNode('ar', 'جمعية')];
      const ctx = fakeContext('settings', settingsSchema);
      const run = () =>
        syncFromCms(ctx, {
          collection: 'settings',
          settings: parseLoaderSettings({ url: cms.url, token: cms.token }),
          filesCacheDir: '/nonexistent',
        });
      const settingsRequests = () => {
        const locales = cms.requests
          .filter((r) => r.operationName === 'SettingsEntry')
          .map((r) => r.variables.locale);
        cms.requests.length = 0;
        return locales.sort();
      };
      await run();
      expect(settingsRequests()).toEqual(['ar', 'en']);
      expect([...ctx.entries.keys()].sort()).toEqual(['ar', 'en']);

      expect(await run()).toMatchObject({
        mode: 'incremental',
        fetched: 0,
        unchanged: 2,
        total: 2,
        requests: 0,
      });
      expect(settingsRequests()).toEqual([]);

      cms.documents.settings[0] = { ...settingsNode('en', 'Charity renamed'), updatedAt: at(5) };
      expect(await run()).toMatchObject({ fetched: 1, unchanged: 1 });
      expect(settingsRequests()).toEqual(['ar', 'en']);
      expect(ctx.entries.get('en')?.data.organisationName).toBe('Charity renamed');

      cms.documents.settings = [cms.documents.settings[0]!];
      expect(await run()).toMatchObject({ deleted: 1, total: 1 });
      expect(settingsRequests()).toEqual(['en']);
      expect(ctx.entries.get('en')?.data.localizations).toEqual([]);

      // A replaced image keeps its URL: a media library change refetches.
      cms.mediaLibrary = [at(9)];
      expect(await run()).toMatchObject({ mode: 'full' });
      expect(settingsRequests()).toEqual(['en']);
    } finally {
      await cms.close();
    }
  });
});
