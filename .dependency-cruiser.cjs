/**
 * Dependency rules (issue 15: dependencies run one way). `npm run lint:deps` checks them; so does
 * test/unit/dependency-rules.test.ts. ARCHITECTURE.md explains the layers in words.
 *
 *   http  →  graphql  →  services  →  queries  →  db
 *
 * A file's layer follows from its folder or its role suffix (the style guide's file names):
 *   http      server/http/
 *   graphql   server/graphql/, server/spatial/ (spatial inputs), *.resolver.ts, *.type.ts, *.input.ts,
 *             *.scalar.ts, *.loader.ts (DataLoaders)
 *   services  *.service.ts
 *   queries   *.queries.ts, server/search/
 *   db        server/db/, *.entity.ts
 * Lower layers never import higher ones. Shared code sits beside them: server/common (errors, SQL
 * helpers, plain Page/Figure/LonLat), server/auth (who is asking), server/tables (reading delivered
 * tables), and top-level common/ (the one place web and server share).
 */
const GRAPHQL = [
  '^server/graphql/',
  '^server/spatial/',
  '^server/[^/]+/[^/]+[.](resolver|type|input|scalar|loader)[.]ts$',
];
const SERVICES = '^server/[^/]+/[^/]+[.]service[.]ts$';
const QUERIES = ['^server/[^/]+/[^/]+[.]queries[.]ts$', '^server/search/'];
const DB = ['^server/db/', '^server/[^/]+/[^/]+[.]entity[.]ts$'];

/**
 * Folders under server/ that are not features: layers, shared libraries and entry points.
 * Every other folder is a feature and shows other features only its public modules.
 */
const NOT_FEATURES = 'common|db|graphql|http|cli|auth|search|audit|geocoding|tables|spatial|graphiql';
/**
 * A feature's public modules: what its neighbours may import, named by role. Its DataLoaders and
 * GraphQL types and inputs (so a field resolver in one feature can return another's node), its
 * services, queries and plain models (*.model.ts), its entities and seeds, its row reader and writer
 * for delivered tables (*-rows.ts, *-writer.ts: the import feature writes what a seed writes), and
 * `<feature>.public.ts` for anything else it shares. Helpers without a role stay private.
 */
const PUBLIC_ROLE = '([.](loader|type|input|queries|service|model|entity|seed|public)|-rows|-writer)[.]ts$';

/**
 * Below the GraphQL layer, features depend one way: each may import (public modules of) the
 * features before it in this list, never those after it. Only the GraphQL layer links features
 * both ways (Region.sites and Site.region are field resolvers in different folders).
 */
const FEATURE_ORDER = [
  'regions',
  'organisations',
  'sites',
  'masterplan',
  'cases',
  'advice',
  'statements',
  'fte',
  'monitors',
  'candidates',
  'scenarios',
  'ogc',
  'exports',
  'tiles',
  'stations',
  'profiles',
  'provenance',
  'imports',
  'demo',
  'health',
];
const featuresOneWay = FEATURE_ORDER.slice(0, -1).map((feature, i) => ({
  name: 'features-one-way',
  severity: 'error',
  comment: `Below GraphQL, ${feature} imports only features listed before it in FEATURE_ORDER.`,
  from: { path: `^server/${feature}/`, pathNot: GRAPHQL },
  to: { path: `^server/(${FEATURE_ORDER.slice(i + 1).join('|')})/` },
}));

module.exports = {
  forbidden: [
    ...featuresOneWay,
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'A cycle makes load order decide behaviour (TDZ errors with decorator metadata) and hides the layering.',
      from: {},
      to: { circular: true },
    },
    {
      name: 'web-not-to-server',
      severity: 'error',
      comment: 'The browser bundle never loads server code; what both need lives in top-level common/.',
      from: { path: '^web/' },
      to: { pathNot: ['^(web|common)/', '(^|/)node_modules/'] },
    },
    {
      name: 'server-not-to-web',
      severity: 'error',
      comment: 'The server never loads web code; what both need lives in top-level common/.',
      from: { path: '^(server|seeds|geo)/' },
      to: { path: '^web/' },
    },
    {
      name: 'common-stands-alone',
      severity: 'error',
      comment: 'Top-level common/ is shared by web and server, so it imports neither.',
      from: { path: '^common/' },
      to: { path: '^(server|web|seeds|geo)/' },
    },
    {
      name: 'not-to-http',
      severity: 'error',
      comment: 'http is the top layer: only the entry points (main, startup) import it.',
      from: { path: '^server/', pathNot: ['^server/http/', '^server/(main|startup)[.]ts$'] },
      to: { path: '^server/http/' },
    },
    {
      name: 'lower-layers-not-to-graphql',
      severity: 'error',
      comment:
        'queries, db, auth and the shared libraries know nothing of GraphQL: they take and return plain data, ' +
        'so exports, tiles and OGC never load type-graphql or reflect-metadata.',
      from: {
        path: [...QUERIES, ...DB, '^server/(auth|common|audit|tiles|exports|ogc|imports|tables)/'],
        pathNot: GRAPHQL,
      },
      to: { path: [...GRAPHQL, '(^|/)node_modules/type-graphql/'] },
    },
    {
      name: 'services-not-to-graphql',
      severity: 'error',
      comment: 'Services return plain data; the resolver maps it to a GraphQL type (see services-type-only-inputs).',
      from: { path: SERVICES },
      to: { path: [...GRAPHQL, '(^|/)node_modules/type-graphql/'], pathNot: '[.]input[.]ts$' },
    },
    {
      name: 'services-type-only-inputs',
      severity: 'error',
      comment:
        'The one exception to the rule above: a service may name a mutation input (*.input.ts) as the type of ' +
        'its argument, type-only (erased when compiled, loads nothing), so the argument shape is written once.',
      from: { path: SERVICES },
      to: { path: '[.]input[.]ts$', dependencyTypesNot: ['type-only'] },
    },
    {
      name: 'rest-surfaces-load-no-graphql',
      severity: 'error',
      comment:
        'Tiles, OGC API and exports serve the same figures as GraphQL through the services, ' +
        'without loading type-graphql or its reflect-metadata polyfill, not even indirectly.',
      from: { path: '^server/(tiles|ogc|exports)/' },
      to: { path: '(^|/)node_modules/(type-graphql|reflect-metadata)/', reachable: true },
    },
    {
      name: 'queries-not-to-services',
      severity: 'error',
      comment: 'queries sit below services.',
      from: { path: [...QUERIES, ...DB] },
      to: { path: SERVICES },
    },
    {
      name: 'db-not-to-queries',
      severity: 'error',
      comment: 'db (connections, entities) sits below the queries.',
      from: { path: DB },
      to: { path: QUERIES },
    },
    {
      name: 'feature-public-modules-only',
      severity: 'error',
      comment:
        'A feature imports from another feature only its public modules (role-suffixed files); ' +
        'helpers without a role stay private to their folder.',
      from: { path: `^server/((?!(?:${NOT_FEATURES})/)[^/]+)/` },
      to: {
        path: `^server/(?!(?:${NOT_FEATURES})/)[^/]+/`,
        pathNot: ['^server/$1/', PUBLIC_ROLE],
      },
    },
    {
      name: 'shared-libraries-not-to-features',
      severity: 'error',
      comment:
        'The shared libraries sit under every feature, so they import none. (spatial/ is GraphQL-layer input ' +
        'handling and may resolve withinRegion through the regions queries.)',
      from: { path: '^server/(common|search|auth|tables|geocoding)/' },
      to: { path: `^server/(?!(?:${NOT_FEATURES})/)[^/]+/`, pathNot: '[.]entity[.]ts$' },
    },
    {
      name: 'seed-files-only-for-seeding',
      severity: 'error',
      comment:
        '*.seed.ts read seed files; only seeding (seeds/, cli/, other seed files) uses them, and the import ' +
        'feature (imports/), which loads the same files when a planner uploads them.',
      from: { pathNot: ['^seeds/', '^server/cli/', '[.]seed[.]ts$', '^server/imports/', '^test/'] },
      to: { path: '[.]seed[.]ts$' },
    },
    {
      name: 'no-batch-files',
      severity: 'error',
      comment: 'DataLoaders are *.loader.ts (the style guide); *.batch.ts is the old name.',
      from: { path: '[.]batch[.]ts$' },
      to: {},
    },
  ],
  required: [
    {
      name: 'loader-files-are-dataloaders',
      severity: 'error',
      comment: '*.loader.ts means DataLoader: it builds its loaders with graphql/loaders.ts.',
      module: { path: '^server/.+[.]loader[.]ts$' },
      to: { path: '^server/graphql/loaders[.]ts$' },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    exclude: { path: '^web/src/gql/' },
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    enhancedResolveOptions: {
      extensions: ['.ts', '.tsx', '.js', '.d.ts'],
      conditionNames: ['import', 'require', 'node', 'default', 'types'],
      exportsFields: ['exports'],
    },
    reporterOptions: { text: { highlightFocused: true } },
  },
};
