/**
 * Prints the CMS's GraphQL schema (SDL) to stdout. Run as a child process by generate.mjs with a
 * throw-away environment: it loads the compiled CMS in-process on a temporary SQLite file (never
 * listening on a port), asks the GraphQL plugin to build its schema and prints it.
 *
 * Usage: node print-cms-schema.cjs <cmsDir> <distDir>
 */
const { createStrapi } = require('@strapi/strapi');
const { printSchema, lexicographicSortSchema } = require('graphql');

const [cmsDir, distDir] = process.argv.slice(2);

const main = async () => {
  const strapi = createStrapi({ appDir: cmsDir, distDir, autoReload: false, serveAdminPanel: false });
  await strapi.load();
  const schema = strapi.plugin('graphql').service('content-api').buildSchema();
  const sdl = printSchema(lexicographicSortSchema(schema));
  await strapi.destroy();
  process.stdout.write(`${sdl}\n`);
};

main().then(
  () => process.exit(0),
  (error) => {
    console.error(error);
    process.exit(1);
  },
);
