import type { Core } from '@strapi/strapi';

/** Code that must run before Strapi initialises: API guards and GraphQL shape. */
export const register = (_strapi: Core.Strapi): void => {};
