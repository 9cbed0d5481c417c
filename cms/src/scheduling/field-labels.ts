/**
 * The scheduling fields' labels and help text in the admin's edit view (the content manager's
 * stored configuration), brought in line at every start for every scheduled type.
 */
import type { Core } from '@strapi/strapi';
import { PUBLISH_AT, UNPUBLISH_AT, scheduledTypes } from './scheduled-types';

export const FIELD_TEXT = {
  [PUBLISH_AT]: {
    label: 'Publish at (London time)',
    description:
      'UK time. The entry stays a draft, not on the website, until this minute; then it is published and the website updates. Leave empty to publish by hand.',
  },
  [UNPUBLISH_AT]: {
    label: 'Unpublish at (London time)',
    description:
      'UK time. At this minute the entry comes off the website (it is kept as a draft). Leave empty to keep it online.',
  },
} as const;

type Metadata = { edit?: { label?: string; description?: string }; list?: { label?: string } };
type Configuration = { metadatas?: Record<string, Metadata> } & Record<string, unknown>;

export const labelScheduleFields = async (strapi: Core.Strapi): Promise<void> => {
  const store = strapi.store({ type: 'plugin', name: 'content_manager' });
  for (const uid of scheduledTypes(strapi)) {
    const key = `configuration_content_types::${uid}`;
    const config = (await store.get({ key })) as Configuration | null;
    if (!config?.metadatas) continue; // the content manager writes it at its own start, before ours
    let changed = false;
    for (const [field, text] of Object.entries(FIELD_TEXT)) {
      const metadata = config.metadatas[field] ?? {};
      if (metadata.edit?.label === text.label && metadata.edit.description === text.description) continue;
      config.metadatas[field] = {
        ...metadata,
        edit: { ...metadata.edit, label: text.label, description: text.description },
        list: { ...metadata.list, label: text.label },
      };
      changed = true;
    }
    if (changed) await store.set({ key, value: config });
  }
};
