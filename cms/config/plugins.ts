import type { Core } from '@strapi/strapi';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { cmsEnv } from '../src/env';
import { ALLOWED_UPLOAD_TYPES, DENIED_UPLOAD_TYPES } from '../src/uploads/allowed-types';

const config = (): Core.Config.Plugin => {
  const env = cmsEnv();
  return {
    'users-permissions': {
      config: { jwtManagement: 'refresh', sessions: { httpOnly: true } },
    },
    upload: {
      config: {
        sizeLimit: env.UPLOAD_SIZE_LIMIT_MB * 1024 * 1024,
        security: { allowedTypes: [...ALLOWED_UPLOAD_TYPES], deniedTypes: [...DENIED_UPLOAD_TYPES] },
      },
    },
    graphql: {
      config: {
        endpoint: '/graphql',
        shadowCRUD: true,
        defaultLimit: env.GRAPHQL_DEFAULT_LIMIT,
        maxLimit: env.GRAPHQL_MAX_LIMIT,
        depthLimit: env.GRAPHQL_DEPTH_LIMIT,
        // `false` would still serve Apollo's production landing page (scripts from Apollo's CDN)
        // to anyone with a token; in production there is no landing page at all.
        landingPage: env.isProduction ? () => ApolloServerPluginLandingPageDisabled() : true,
        // No CORS of the plugin's own (it would answer any origin): strapi::cors decides for /graphql too.
        apolloServer: { introspection: !env.isProduction, cors: false },
      },
    },
  };
};

export default config;
