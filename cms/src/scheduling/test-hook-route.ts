/**
 * TEST ONLY: POST /scheduler/test-clock { now } moves the scheduler's clock to `now` and runs a
 * pass, so a browser test can see "two minutes later" without waiting. Registered only when
 * SCHEDULER_TEST_HOOK is on, which the CMS refuses in production (src/env.ts); an admin route,
 * for a signed-in Super Admin only.
 */
import type { Core } from '@strapi/strapi';
import { cmsEnv } from '../env';
import { schedulerClock } from './clock';
import { runSchedulerPass } from './scheduler';

export const SCHEDULER_TEST_PATH = '/scheduler/test-clock';

type Context = {
  request: { body?: { now?: unknown } };
  state: { user?: { roles?: Array<{ code: string }> } };
  body: unknown;
  status: number;
};

export const registerSchedulerTestHook = (strapi: Core.Strapi): void => {
  const env = cmsEnv();
  if (!env.SCHEDULER_TEST_HOOK || env.isProduction) return;
  strapi.log.warn('[scheduler] SCHEDULER_TEST_HOOK is on: the scheduler clock can be moved (tests only)');
  strapi.server.routes({
    type: 'admin',
    prefix: '',
    routes: [
      {
        method: 'POST',
        path: SCHEDULER_TEST_PATH,
        info: { type: 'admin' },
        handler: async (ctx: Context) => {
          const isSuperAdmin = ctx.state.user?.roles?.some((role) => role.code === 'strapi-super-admin');
          const now = new Date(String(ctx.request.body?.now ?? ''));
          if (!isSuperAdmin || Number.isNaN(now.getTime())) {
            ctx.status = isSuperAdmin ? 400 : 403;
            ctx.body = { error: isSuperAdmin ? 'now must be a date' : 'forbidden' };
            return;
          }
          schedulerClock.set(now);
          ctx.body = { now: now.toISOString(), actions: await runSchedulerPass(strapi, now) };
        },
        config: { policies: ['admin::isAuthenticatedAdmin'] },
      },
    ],
  });
};
