import type { Core } from '@strapi/strapi';

/**
 * The parts of @strapi/plugin-graphql's extension API this project uses. The plugin ships no
 * public types for it, so they are written down here once instead of casting at every call.
 */
export type ResolverMiddleware = (
  next: (parent: unknown, args: Record<string, unknown>, context: unknown, info: unknown) => unknown,
  parent: unknown,
  args: Record<string, unknown>,
  context: unknown,
  info: unknown,
) => unknown;

export type ResolversConfig = Record<string, { middlewares?: ResolverMiddleware[] }>;

/** A field as nexus hands it to a plugin's onCreateFieldResolver hook. */
export type NexusFieldInfo = { parentTypeConfig: { name: string }; fieldConfig: { name: string } };
export type NexusPluginConfig = {
  name: string;
  onCreateFieldResolver?: (
    info: NexusFieldInfo,
  ) => ((root: unknown, args: unknown, ctx: unknown, info: unknown, next: unknown) => unknown) | undefined;
};
export type NexusLike = { plugin: (config: NexusPluginConfig) => unknown };

export type ExtensionConfig = { resolversConfig?: ResolversConfig; plugins?: unknown[] };

export type GraphqlExtensionService = {
  shadowCRUD: (uid: string) => { disableMutations: () => unknown; disable: () => unknown };
  use: (
    config: ExtensionConfig | ((context: { strapi: Core.Strapi; nexus: NexusLike }) => ExtensionConfig),
  ) => unknown;
};

/** The GraphQL plugin's extension service, or undefined when the plugin is not installed. */
export const graphqlExtension = (strapi: Core.Strapi): GraphqlExtensionService | undefined =>
  strapi.plugin('graphql')?.service('extension') as GraphqlExtensionService | undefined;

/** Content types the GraphQL plugin exposes (it never exposes admin:: types). */
export const exposedContentTypes = (strapi: Core.Strapi): Array<{ uid: string }> =>
  Object.values(strapi.contentTypes as unknown as Record<string, { uid: string }>).filter(
    (contentType) => !contentType.uid.startsWith('admin::'),
  );
