import { HomeEntryDocument, NewsPageDocument } from '@platform/shared-types';
import { print, type DocumentNode } from 'graphql';
import type { CmsClient } from '../../loaders/strapi/client';
import { withStatus } from '../content/status-client';

/** A client that records what it was asked. */
const recording = () => {
  const asked: Array<{ query: string; variables: Record<string, unknown> }> = [];
  const client: CmsClient = {
    url: 'http://cms.test',
    request: async (document, variables) => {
      asked.push({ query: print(document as DocumentNode), variables: variables as Record<string, unknown> });
      return {} as never;
    },
  };
  return { client, asked };
};

describe('withStatus', () => {
  it("asks the loader's own query for one status, on its root field only", async () => {
    const { client, asked } = recording();
    await withStatus(client, 'DRAFT').request(NewsPageDocument, { locale: 'ar', page: 1, pageSize: 1 });
    const [call] = asked;
    expect(call?.variables).toEqual({ locale: 'ar', page: 1, pageSize: 1, previewStatus: 'DRAFT' });
    expect(call?.query).toMatch(/query NewsPage\(.*\$previewStatus: PublicationStatus!\)/);
    expect(call?.query).toMatch(/articles_connection\([^)]*\}[^)]*status: \$previewStatus\s*\) \{\s*nodes/);
    // Relations keep their own (published) reading: only the root field is asked for the status.
    expect(call?.query.match(/status:/g)).toHaveLength(1);
  });

  it('works for single types, and for the published tab', async () => {
    const { client, asked } = recording();
    await withStatus(client, 'PUBLISHED').request(HomeEntryDocument, { locale: 'fa' });
    expect(asked[0]?.query).toMatch(/homePage\(locale: \$locale, status: \$previewStatus\)/);
    expect(asked[0]?.variables.previewStatus).toBe('PUBLISHED');
  });
});
