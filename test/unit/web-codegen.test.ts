/**
 * The web app's operation types are generated from the committed schema by GraphQL Codegen
 * (web/codegen.ts, client preset) and committed in web/src/gql/, so a clean clone builds and
 * typechecks with no extra step. This test regenerates them in memory with that exact
 * configuration and fails when a committed file differs: an operation, a fragment or the schema
 * changed without `npm run codegen`.
 */
import fs from 'node:fs';
import { generate } from '@graphql-codegen/cli';
import { describe, expect, it } from 'vitest';
import config from '../../web/codegen.js';

describe('web/src/gql (generated operation types)', () => {
  it(
    'is what codegen makes from schema/schema.graphql and the app’s operations today',
    { timeout: 60_000 },
    async () => {
      const outputs = await generate({ ...config, silent: true }, false);
      const files = outputs.map((o: { filename: string }) => o.filename).sort();
      expect(files).toEqual(['web/src/gql/gql.ts', 'web/src/gql/graphql.ts', 'web/src/gql/index.ts']);
      for (const output of outputs) {
        const committed = fs.existsSync(output.filename) ? fs.readFileSync(output.filename, 'utf8') : '(ontbreekt)';
        expect(committed, `${output.filename} is verouderd: voer npm run codegen uit`).toBe(output.content);
      }
      // Every scalar has a real type, never any or unknown (strictScalars would refuse an unmapped one).
      const types = fs.readFileSync('web/src/gql/graphql.ts', 'utf8');
      expect(types).toContain('geometry: import("geojson").Geometry');
      expect(types).not.toMatch(/:\s*any\b/);
    },
  );
});
