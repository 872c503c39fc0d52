/**
 * GraphQL Codegen for the web app: types for every operation and fragment, generated from the
 * committed schema (schema/schema.graphql) into web/src/gql/.
 *
 * Why the client preset (and not gql.tada): it is the configuration schema/README.md gives other
 * teams, tested there with tsc --strict (issue 17), so the web app is the first user of exactly
 * what we publish, with the same scalar mappings; and it needs no TypeScript plugin in editors.
 *
 * Why the output is committed: `npm run build:web`, `npm test` and editors work on a clean clone
 * with no extra step, and a review shows what a schema or operation change does to the types.
 * test/unit/web-codegen.test.ts regenerates it and fails when the committed files are stale.
 * After changing an operation or the schema: `npm run codegen`.
 *
 * Fragment masking is off: components declare their data as fragments and the route's query
 * spreads them, but a component reads its fragment's fields directly from the typed result. Our
 * figures are values without identity (RegionFte, Figure), which Apollo's masking cannot unmask
 * from the cache, and the generated types already tell each component exactly what it may read.
 */
import type { CodegenConfig } from '@graphql-codegen/cli';

/** Same mappings as schema/README.md (checked by the test): what each custom scalar is in JSON. */
export const SCALARS = {
  LocalDate: 'string',
  DateTime: 'string',
  GeoJSON: 'import("geojson").Geometry',
  JSONObject: 'Record<string, unknown>',
};

const config: CodegenConfig = {
  schema: 'schema/schema.graphql',
  documents: ['web/src/**/*.{ts,tsx}', '!web/src/gql/**'],
  ignoreNoDocuments: false,
  generates: {
    'web/src/gql/': {
      preset: 'client',
      presetConfig: { fragmentMasking: false },
      config: {
        scalars: SCALARS,
        strictScalars: true,
        enumType: 'string-literal',
        useTypeImports: true,
        importExtension: '.js',
      },
    },
  },
};

export default config;
