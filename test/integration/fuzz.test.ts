/**
 * Property-based fuzzing (fast-check) of what the outside world sends: GraphQL arguments and
 * variables, geometries, and import rows. Properties: never a 500 or INTERNAL_SERVER_ERROR,
 * never a leaked SQL text or stack, and nothing written when input is refused. Bounded runs
 * (numRuns per property) keep the suite fast; a failure prints fast-check's shrunk counterexample.
 */
import 'reflect-metadata';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fteImport } from '../../server/imports/fte-import.js';
import { runImport } from '../../server/imports/import.service.js';
import { ImportRejectedError } from '../../server/imports/row-errors.js';
import { seedFile } from '../../seeds/paths.js';
import { startApi, type Api, type GqlResponse } from '../support/api.js';
import { backends } from '../support/backends.js';
import { LEAKS, hostileString } from '../support/hostile.js';


function expectHandled(result: GqlResponse, label: unknown): void {
  const text = JSON.stringify(result);
  expect(result.status, JSON.stringify(label)).toBeLessThan(500);
  expect(text, JSON.stringify(label)).not.toMatch(LEAKS);
  for (const error of result.errors ?? []) expect(error.extensions.code, `${error.message} ← ${JSON.stringify(label)}`).not.toBe('INTERNAL_SERVER_ERROR');
}

const coordinate = fc.oneof(fc.double({ noNaN: false }), fc.double({ min: 3, max: 7.3, noNaN: true }), fc.constantFrom(4.9, 52.37, 1e308, -0, 180.0001));
const position = fc.oneof(fc.tuple(coordinate, coordinate), fc.array(coordinate, { maxLength: 4 }));
const ring = fc.array(position, { minLength: 0, maxLength: 8 });
const geometry = fc.oneof(
  fc.record({ type: fc.constant('Point'), coordinates: position }),
  fc.record({ type: fc.constantFrom('Polygon', 'LineString', 'MultiPoint'), coordinates: fc.array(ring, { maxLength: 3 }) }),
  fc.record({ type: fc.constantFrom('MultiPolygon', 'GeometryCollection', 'Feature', 'Cirkel'), coordinates: fc.array(fc.array(ring, { maxLength: 2 }), { maxLength: 2 }) }),
  fc.anything(),
);

describe.each(backends())('fuzzing on $name', (backend) => {
  let api: Api;
  const marker = `Fuzz ${backend.name} ${Date.now()}`;

  beforeAll(async () => {
    api = await startApi(backend);
  });

  afterAll(async () => {
    await api?.db.query(`DELETE FROM audit_entry WHERE entity = 'site' AND entity_id IN (SELECT id::text FROM site WHERE name LIKE $1)`, [`${marker}%`]);
    await api?.db.query(`DELETE FROM site WHERE name LIKE $1`, [`${marker}%`]);
    await api?.close();
  });

  it('answers any site search arguments without a 500', async () => {
    const filter = fc.record({
      search: hostileString, gemeenteCode: hostileString, withinRegion: hostileString, organisationId: fc.integer(),
      kinds: fc.array(fc.constantFrom('rijkskantoor', 'rijksontmoetingsplein', 'bestaat_niet'), { maxLength: 3 }),
      bbox: fc.record({ minLon: coordinate, minLat: coordinate, maxLon: coordinate, maxLat: coordinate }),
      nearby: fc.record({ point: geometry, radiusM: fc.double() }),
      intersects: geometry,
    }, { requiredKeys: [] });
    const args = fc.record({ first: fc.oneof(fc.integer({ min: -10, max: 1000 }), fc.constant(null)), after: fc.oneof(hostileString, fc.constant(null)), filter });
    await fc.assert(fc.asyncProperty(args, async (variables) => {
      const result = await api.gql(`query($first: Int, $after: String, $filter: SiteFilter) { sites(first: $first, after: $after, filter: $filter) { totalCount nodes { id } } }`, variables);
      expectHandled(result, variables);
    }), { numRuns: 150 });
  });

  it('answers arbitrary JSON variables of any type without a 500', async () => {
    await fc.assert(fc.asyncProperty(fc.dictionary(fc.constantFrom('kind', 'first', 'filter', 'peildatum', 'code'), fc.jsonValue()), async (variables) => {
      const result = await api.gql(`query($kind: RegionKind, $first: Int, $code: String!) { regions(kind: $kind, first: $first) { totalCount } region(code: $code) { name } }`, variables);
      expectHandled(result, variables);
    }), { numRuns: 100 });
  });

  it('creates a site from a fuzzed geometry only when it is valid, and writes nothing otherwise', async () => {
    const counts = async () => (await api.db.query(`SELECT (SELECT count(*) FROM site)::int AS sites, (SELECT count(*) FROM audit_entry)::int AS audit`))[0];
    let refused = 0;
    await fc.assert(fc.asyncProperty(geometry, fc.nat(), async (location, n) => {
      const before = await counts();
      const result = await api.gql(`mutation($input: SiteInput!) { createSite(input: $input) { id location } }`, {
        input: { kind: 'rijkskantoor', name: `${marker} ${n}-${Math.random()}`, city: 'Fuzz', location, locationPrecision: 'adres', sourceUrl: 'https://example.org/fuzz', dataset: 'demo' },
      }, { as: 'planner' });
      expectHandled(result, location);
      if (result.errors) {
        refused++;
        expect(result.errors[0]!.extensions.code).toMatch(/^(INVALID_GEOMETRY|BAD_USER_INPUT|GRAPHQL_VALIDATION_FAILED)$/);
        expect(await counts()).toEqual(before);
      } else {
        expect(result.data!.createSite.location.type).toBe('Point');
      }
    }), { numRuns: 120 });
    expect(refused).toBeGreaterThan(0);
  });

  it('imports fuzzed fte rows whole or not at all, and never fails otherwise', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rp-fuzz-'));
    const PEILDATUM = '2097-01-01';
    const org = `${marker} dienst`;
    const row = fc.record({
      organisatie: fc.oneof(fc.constant(org), hostileString.map((s) => `${org} ${s}`), fc.constant('')),
      sector: fc.oneof(fc.constantFrom('ministeries', 'zbo', 'Defensie'), hostileString),
      gemeente: fc.oneof(fc.constantFrom('Assen', 'Emmen', 'GM0106'), hostileString),
      peildatum: fc.oneof(fc.constant(PEILDATUM), hostileString, fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))),
      fte: fc.oneof(fc.double().map(String), fc.integer({ min: 0, max: 500 }).map(String), hostileString),
    });
    const csv = (rows: Record<string, string>[]) => ['organisatie,sector,gemeente,peildatum,fte', ...rows.map((r) => Object.values(r).map(quote).join(','))].join('\n');
    const state = async () => (await api.db.query(`SELECT (SELECT count(*) FROM fte_count)::int AS cells, (SELECT count(*) FROM import_run)::int AS runs, (SELECT count(*) FROM organisation)::int AS orgs`))[0];
    try {
      await fc.assert(fc.asyncProperty(fc.array(row, { minLength: 1, maxLength: 6 }), async (rows) => {
        const file = path.join(dir, `fuzz-${Math.random()}.csv`);
        fs.writeFileSync(file, csv(rows));
        const before = await state();
        const outcome = await runImport(api.db, fteImport, { file, actor: 'fuzz', dataset: 'demo', aliasFile: seedFile('gemeente_aliases.csv') }).catch((e: unknown) => e);
        if (outcome instanceof Error) {
          expect(outcome, String(outcome)).toBeInstanceOf(ImportRejectedError);
          expect(await state()).toEqual(before);
        }
      // endOnFailure: this property writes to the database, and shrinking a counterexample would
      // keep importing (and outlive the test's timeout); the first failing input is enough.
      }), { numRuns: 60, endOnFailure: true });
    } finally {
      await api.db.query(`DELETE FROM fte_count WHERE import_id IN (SELECT id FROM import_run WHERE actor = 'fuzz')`);
      await api.db.query(`DELETE FROM audit_entry WHERE entity = 'import_run' AND entity_id IN (SELECT id::text FROM import_run WHERE actor = 'fuzz')`);
      await api.db.query(`DELETE FROM import_run WHERE actor = 'fuzz'`);
      await api.db.query(`DELETE FROM organisation WHERE name LIKE $1`, [`${org}%`]);
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});

function quote(value: string): string {
  return /[",\n\r]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
