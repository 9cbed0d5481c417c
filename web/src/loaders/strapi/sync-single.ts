/**
 * Sync of a single type (site settings, home, about): one small query per locale every build;
 * digests decide which entries are rewritten. Entry id = locale.
 */
import type { CmsClient } from './client';
import { META_KEYS, type SyncContext, type SyncCounts } from './context';
import type { SingleSpec } from './spec';
import type { ShapeContext } from './shape/context';

export type SingleSyncDeps = {
  spec: SingleSpec;
  client: CmsClient;
  locales: readonly string[];
  source: string;
  shapeContext: (entryLabel: string) => ShapeContext;
};

export const syncSingle = async (ctx: SyncContext, deps: SingleSyncDeps): Promise<SyncCounts> => {
  const started = performance.now();
  const { store, meta, collection } = ctx;
  const found: Array<{ locale: string; data: Record<string, unknown> }> = [];
  for (const locale of deps.locales) {
    const node = await deps.spec.fetch(deps.client, locale);
    if (node)
      found.push({ locale, data: deps.spec.toData(node, deps.shapeContext(`${collection} ${locale}`)) });
  }
  const present = new Set(found.map((f) => f.locale));
  let deleted = 0;
  for (const id of store.keys()) {
    if (present.has(id)) continue;
    store.delete(id);
    deleted += 1;
  }
  let changed = 0;
  for (const { locale, data: shaped } of found) {
    const localizations = [...present]
      .filter((other) => other !== locale)
      .sort()
      .map((other) => ({ locale: other }));
    const data = await ctx.parseData({ id: locale, data: { ...shaped, locale, localizations } });
    if (store.set({ id: locale, data, digest: ctx.generateDigest(data) })) changed += 1;
  }
  meta.set(META_KEYS.source, deps.source);
  const counts: SyncCounts = {
    mode: 'full',
    fetched: changed,
    deleted,
    unchanged: found.length - changed,
    total: found.length,
    requests: deps.locales.length,
    locales: deps.locales.length,
    seconds: (performance.now() - started) / 1000,
  };
  meta.set(META_KEYS.lastSync, JSON.stringify(counts));
  return counts;
};
