import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';

export const REBUILD_WEBHOOK_NAME = 'Website rebuild (managed)';

/** Everything that can change the public site; the rebuild service ignores what cannot. */
export const REBUILD_EVENTS = [
  'entry.create',
  'entry.update',
  'entry.delete',
  'entry.publish',
  'entry.unpublish',
  'media.create',
  'media.update',
  'media.delete',
] as const;

type Webhook = {
  id: string;
  name: string;
  url: string;
  headers: Record<string, string>;
  events: string[];
  isEnabled: boolean;
};
type WebhookStore = {
  findWebhooks: () => Promise<Webhook[]>;
  createWebhook: (data: Omit<Webhook, 'id'>) => Promise<Webhook>;
  updateWebhook: (id: string, data: Omit<Webhook, 'id'>) => Promise<Webhook | null>;
  deleteWebhook: (id: string) => Promise<unknown>;
};
type WebhookRunner = {
  add: (w: Webhook) => void;
  update: (w: Webhook) => void;
  remove: (w: Webhook) => void;
};

const sameWebhook = (a: Omit<Webhook, 'id'>, b: Omit<Webhook, 'id'>): boolean =>
  a.url === b.url &&
  a.isEnabled === b.isEnabled &&
  JSON.stringify(a.headers) === JSON.stringify(b.headers) &&
  [...a.events].sort().join() === [...b.events].sort().join();

/**
 * Registers (or updates) the webhook that tells the rebuild service about publishing, from
 * WEBHOOK_URL and WEBHOOK_SECRET, so nobody configures it by hand. Without WEBHOOK_URL the
 * managed webhook is removed. The runner reads the table only at boot, so it is told too.
 */
export const ensureRebuildWebhook = async (strapi: Core.Strapi): Promise<void> => {
  const { WEBHOOK_URL, WEBHOOK_SECRET } = cmsEnv();
  const store = strapi.get('webhookStore') as WebhookStore;
  const runner = strapi.get('webhookRunner') as WebhookRunner;
  const existing = (await store.findWebhooks()).find((w) => w.name === REBUILD_WEBHOOK_NAME);

  if (!WEBHOOK_URL) {
    if (existing) {
      await store.deleteWebhook(existing.id);
      runner.remove(existing);
      strapi.log.info('[rebuild-webhook] removed: WEBHOOK_URL is not set');
    }
    return;
  }
  const desired: Omit<Webhook, 'id'> = {
    name: REBUILD_WEBHOOK_NAME,
    url: WEBHOOK_URL,
    headers: WEBHOOK_SECRET ? { Authorization: `Bearer ${WEBHOOK_SECRET}` } : {},
    events: [...REBUILD_EVENTS],
    isEnabled: true,
  };
  if (!existing) {
    runner.add(await store.createWebhook(desired));
    strapi.log.info(`[rebuild-webhook] registered ${WEBHOOK_URL}`);
  } else if (!sameWebhook(existing, desired)) {
    const updated = await store.updateWebhook(existing.id, desired);
    if (updated) runner.update(updated);
    strapi.log.info(`[rebuild-webhook] updated ${WEBHOOK_URL}`);
  }
};
