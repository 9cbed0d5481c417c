/**
 * Two fixes to the content manager's "preview URL" route (GET /content-manager/preview/url/:uid),
 * the one place the admin gets a signed preview link from:
 *  - Strapi leaves "permissions to preview content" as a TODO: any signed-in administrator would
 *    get a link to any entry. Only someone who may read the type in the content manager gets one.
 *  - Single types: Strapi looks the document up without the language on screen, so a single type
 *    that exists only in another language answers 404 (strapi/strapi#27262), and the handler may
 *    get no language at all (strapi/strapi#23450). We look it up in the language asked for.
 */
import type { Core } from '@strapi/strapi';
import { errors } from '@strapi/utils';

type Ability = { can: (action: string, subject: string) => boolean };
type Ctx = {
  params: { contentType: string };
  query: Record<string, unknown>;
  state: { userAbility?: Ability };
  status: number;
};
type PreviewController = { getPreviewUrl: (ctx: Ctx) => Promise<unknown> };
type PreviewService = {
  getPreviewUrl: (
    uid: string,
    params: { documentId: string; locale: string; status: string },
  ) => Promise<string | null | undefined>;
};
type Documents = { findFirst: (params: Record<string, unknown>) => Promise<{ documentId: string } | null> };

export const PREVIEW_NOT_ALLOWED = 'You cannot preview this content: your role may not read it.';

const text = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value : undefined;

export const fixPreviewUrlRoute = (strapi: Core.Strapi): void => {
  const controllers = strapi.get('controllers') as {
    extend: (uid: string, extend: (controller: PreviewController) => PreviewController) => void;
  };
  controllers.extend('plugin::content-manager.preview', (controller) => ({
    ...controller,
    async getPreviewUrl(ctx) {
      const uid = ctx.params.contentType;
      if (!ctx.state.userAbility?.can('plugin::content-manager.explorer.read', uid)) {
        throw new errors.ForbiddenError(PREVIEW_NOT_ALLOWED);
      }
      const model = strapi.getModel(uid as never) as { kind?: string } | undefined;
      if (model?.kind !== 'singleType') return controller.getPreviewUrl(ctx);

      const i18n = strapi.plugin('i18n').service('locales') as { getDefaultLocale: () => Promise<string> };
      const locale = text(ctx.query.locale) ?? (await i18n.getDefaultLocale());
      const status = ctx.query.status === 'published' ? 'published' : 'draft';
      // Every document with drafts has a draft version, whatever is published.
      const document = await (strapi.documents(uid as never) as unknown as Documents).findFirst({
        locale,
        status: 'draft',
        fields: ['documentId'],
      });
      if (!document)
        throw new errors.NotFoundError(`There is nothing to preview in ${locale} yet: save it first.`);
      const preview = strapi.plugin('content-manager').service('preview') as unknown as PreviewService;
      const url = await preview.getPreviewUrl(uid, { documentId: document.documentId, locale, status });
      if (!url) ctx.status = 204;
      return { data: { url: url || undefined } };
    },
  }));
};
