/**
 * The build bench reads the Strapi loader's per-collection lines: when the loader's wording
 * changed ("…, 2 left out") the bench silently counted nothing and reported "only what changed:
 * NO". The lines here come from the loader's own formatter, so the two cannot drift apart again.
 */
import { formatCounts } from '../../../web/src/loaders/strapi/context.ts';
import { parseLoaderCounts } from '../lib/site-build.ts';

const line = (text: string) => ({ atMs: 0, text });

it('reads every count of the loader’s own line, coloured or not', () => {
  const text = formatCounts('news', {
    mode: 'incremental',
    fetched: 1,
    deleted: 2,
    leftOut: 3,
    unchanged: 9_996,
    total: 10_000,
    requests: 4,
    locales: 5,
    seconds: 0.125,
  });
  const coloured = `\u001b[2m21:15:35\u001b[22m \u001b[34m[strapi-loader]\u001b[39m ${text}`;
  expect(parseLoaderCounts([line(`21:15:35 [strapi-loader] ${text}`), line(coloured)])).toEqual(
    Array(2).fill({
      collection: 'news',
      fetched: 1,
      deleted: 2,
      unchanged: 9_996,
      leftOut: 3,
      mode: 'incremental',
      total: 10_000,
      requests: 4,
      seconds: 0.13,
    }),
  );
});

it('ignores every other line of the build', () => {
  expect(parseLoaderCounts([line('[build] 393 page(s) built in 7.24s'), line('')])).toEqual([]);
});
