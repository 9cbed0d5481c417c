/**
 * Admin panel customisation: a "Website" widget, first on the home page, so editors see
 * whether what they published is live; a "Due for review" widget for resource editors; and a
 * "What is live" panel in every entry's edit view.
 */
import type { StrapiApp } from '@strapi/strapi/admin';
import { Clock, Earth } from '@strapi/icons';
import type { PanelComponent } from '@strapi/content-manager/strapi-admin';
import { messages } from './website-status/messages';
import { WhatIsLivePanel } from './what-is-live/WhatIsLivePanel';

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
      {
        id: 'due-for-review',
        icon: Clock,
        title: { id: 'due-for-review.title', defaultMessage: 'Due for review' },
        component: async () => (await import('./due-for-review/DueForReviewWidget')).DueForReviewWidget,
        // Those who may edit resources (resource editors, Super Admins); the route checks the same.
        permissions: [
          { action: 'plugin::content-manager.explorer.update', subject: 'api::resource.resource' },
        ],
      },
      ...widgets,
    ]);
  },
  bootstrap(app: StrapiApp) {
    const contentManager = app.getPlugin('content-manager') as unknown as {
      apis: { addEditViewSidePanel: (panels: PanelComponent[]) => void };
    };
    contentManager.apis.addEditViewSidePanel([WhatIsLivePanel]);
  },
};
