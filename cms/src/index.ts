import type { Core } from '@strapi/strapi';
import { register } from './register';
import { bootstrap } from './bootstrap';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    register(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrap(strapi);
  },
};
