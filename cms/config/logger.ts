import { cmsEnv } from '../src/env';

// Only the level changes; Strapi keeps its own formatting and console transport.
export default () => ({ level: cmsEnv().CMS_LOG_LEVEL ?? 'http' });
