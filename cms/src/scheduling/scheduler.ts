/**
 * Runs the schedule every minute, on the minute, with Strapi's cron, and once at start-up (to catch
 * up on anything that came due while the CMS was stopped). Passes never overlap.
 */
import type { Core } from '@strapi/strapi';
import { schedulerClock } from './clock';
import { labelScheduleFields } from './field-labels';
import { runSchedule, type ScheduledAction } from './run-schedule';

export const SCHEDULER_JOB = 'scheduled-publishing';

let running: Promise<ScheduledAction[]> | undefined;

/** One pass at `now`; a pass asked for while one runs waits for it and then runs (nothing is skipped). */
export const runSchedulerPass = async (strapi: Core.Strapi, now = schedulerClock.now()) => {
  while (running) await running.catch(() => undefined);
  running = runSchedule(strapi, now);
  try {
    return await running;
  } finally {
    running = undefined;
  }
};

const passSafely = async (strapi: Core.Strapi): Promise<void> => {
  try {
    await runSchedulerPass(strapi);
  } catch (error) {
    strapi.log.error(
      `[scheduler] the scheduled publishing pass failed: ${error instanceof Error ? error.message : String(error)}`,
    );
  }
};

export const startScheduler = async (strapi: Core.Strapi): Promise<void> => {
  await labelScheduleFields(strapi);
  strapi.cron.add({
    [SCHEDULER_JOB]: { task: () => passSafely(strapi), options: { rule: '0 * * * * *' } },
  });
  await passSafely(strapi);
};
