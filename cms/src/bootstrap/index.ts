import type { Core } from '@strapi/strapi';

/** Start-up work, each step idempotent and awaited in order. */
export const bootstrap = async (_strapi: Core.Strapi): Promise<void> => {};
