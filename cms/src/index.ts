import type { Core } from '@strapi/strapi';
import { register } from './register';
import { bootstrap } from './bootstrap';
import { registerBatchedRelations } from './graphql/batched-relations';
import { registerSiteSyncIndex } from './graphql/site-sync-index';

export default {
  register({ strapi }: { strapi: Core.Strapi }) {
    register(strapi);
    registerSiteSyncIndex(strapi);
    registerBatchedRelations(strapi);
  },
  async bootstrap({ strapi }: { strapi: Core.Strapi }) {
    await bootstrap(strapi);
  },
};
