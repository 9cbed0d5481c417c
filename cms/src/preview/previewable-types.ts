/**
 * The content types editors can preview, and the site collection each one is shown as (the name
 * the preview server's page map and the Strapi loader use). One line per type: a type left out
 * gets no Preview button in the admin.
 */
export const PREVIEWABLE_TYPES = {
  'api::article.article': 'news',
  'api::resource.resource': 'resources',
  'api::partner-project.partner-project': 'projects',
  'api::tribute.tribute': 'tributes',
  'api::page.page': 'pages',
  'api::event.event': 'events',
  'api::about.about': 'about',
  'api::home-page.home-page': 'home',
  'api::service.service': 'directory',
} as const satisfies Record<string, string>;

export type PreviewableType = keyof typeof PREVIEWABLE_TYPES;

export const isPreviewable = (uid: string): uid is PreviewableType => Object.hasOwn(PREVIEWABLE_TYPES, uid);
