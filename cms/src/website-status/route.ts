/**
 * GET /website-status: the website's state for the admin panel's "Website" widget.
 * An admin route (admin JWT, admin::isAuthenticatedAdmin) so the browser never talks to the
 * rebuild service itself; content-API tokens and visitors are refused.
 */
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { fetchWebsiteStatus } from './fetch-status';
import { type DescribeType } from './left-out';

export const WEBSITE_STATUS_PATH = '/website-status';

type Context = { body: unknown; set: (field: string, value: string) => void };

export const registerWebsiteStatusRoute = (strapi: Core.Strapi): void => {
  // The widget polls every few seconds: log a problem when it starts or changes, not on every poll.
  let lastProblem: string | undefined;
  const noteProblem = (problem: string | undefined): void => {
    if (problem === lastProblem) return;
    if (problem !== undefined) strapi.log.warn(`[website-status] ${problem}`);
    else strapi.log.info('[website-status] the website service is answering again');
    lastProblem = problem;
  };
  const describeType: DescribeType = (uid) => {
    const model = strapi.contentTypes[uid as keyof typeof strapi.contentTypes] as
      { kind: 'collectionType' | 'singleType'; info: { displayName: string } } | undefined;
    return model ? { name: model.info.displayName, kind: model.kind } : undefined;
  };
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'GET',
        path: WEBSITE_STATUS_PATH,
        info: { type: 'admin' },
        handler: async (ctx: Context) => {
          ctx.set('Cache-Control', 'no-store');
          let problem: string | undefined;
          ctx.body = await fetchWebsiteStatus({
            url: cmsEnv().REBUILD_STATUS_URL,
            onProblem: (p) => (problem = p),
            describeType,
          });
          noteProblem(problem);
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
};
