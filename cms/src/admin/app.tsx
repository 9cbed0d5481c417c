/**
 * Admin panel customisation: a "Website" widget, first on the home page, so editors see
 * whether what they published is live.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { Earth } from '@strapi/icons';
import { messages } from './website-status/messages';

export default {
  config: {
    locales: [],
  },
  register(app: StrapiApp) {
    app.widgets.register((widgets) => [
      {
        id: 'website-status',
        icon: Earth,
        title: messages.title,
        component: async () => (await import('./website-status/WebsiteStatusWidget')).WebsiteStatusWidget,
      },
      ...widgets,
    ]);
  },
};
