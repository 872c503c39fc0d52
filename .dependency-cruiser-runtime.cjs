/**
 * The same code base as the code imports it at run time: type-only imports are erased
 * (tsPreCompilationDeps off). `npm run lint:deps` checks this after .dependency-cruiser.cjs.
 * Services, queries, the shared libraries and the REST surfaces (tiles, OGC API, exports) never
 * load type-graphql or reflect-metadata, not even through a chain of imports: they work on plain
 * data, and a tile or a CSV does not wait for the GraphQL schema's decorators.
 */
const { options } = require('./.dependency-cruiser.cjs');

module.exports = {
  forbidden: [
    {
      name: 'plain-layers-load-no-graphql',
      severity: 'error',
      comment: 'At run time, services, queries, shared libraries and REST surfaces load no GraphQL.',
      from: {
        path: [
          '^server/[^/]+/[^/]+[.](service|queries|model)[.]ts$',
          '^server/(search|common|auth|tables|geocoding|tiles|ogc|exports)/',
        ],
      },
      to: { path: '(^|/)node_modules/(type-graphql|reflect-metadata)/', reachable: true },
    },
  ],
  options: { ...options, tsPreCompilationDeps: false },
};
