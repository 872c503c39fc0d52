/**
 * Bad input that once answered INTERNAL_SERVER_ERROR (issue 14, finding 10, the GraphQL part):
 * a persisted-query extension Apollo refuses, and values a database constraint refuses (an empty
 * region code). Each must be a typed 4xx-class error naming what was wrong, and change nothing.
 * The sweep through every argument is in fuzz.test.ts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { LEAKS } from '../support/hostile.js';

describe.each(backends())('typed errors for bad input on $name', (backend) => {
  let api: Api;
  const marker = `Invoerfout ${backend.name} ${Date.now()}`;

  beforeAll(async () => {
    api = await startApi(backend);
  });

  afterAll(async () => {
    for (const [table, column] of [
      ['location_case', 'title'],
      ['masterplan_project', 'name'],
    ] as const) {
      await api?.db.query(
        `DELETE FROM audit_entry WHERE entity = $1 AND entity_id IN (SELECT id::text FROM ${table} WHERE ${column} LIKE $2)`,
        [table, `${marker}%`],
      );
      await api?.db.query(`DELETE FROM ${table} WHERE ${column} LIKE $1`, [`${marker}%`]);
    }
    await api?.close();
  });

  it('answers a persisted-query extension it cannot use with 400 BAD_REQUEST, never an internal error', async () => {
    const extensions = [
      { persistedQuery: { version: 1, sha256Hash: 'a'.repeat(64) } },
      { persistedQuery: { version: 1, sha256Hash: 5 } },
      { persistedQuery: { version: 2, sha256Hash: 'a'.repeat(64) } },
      { persistedQuery: 'x' },
    ];
    for (const extension of extensions) {
      const response = await fetch(`${api.url}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ __typename }', extensions: extension }),
      });
      const body = await response.json();
      expect(response.status, JSON.stringify(extension)).toBe(400);
      expect(body.errors[0].extensions, JSON.stringify(extension)).toEqual({
        code: 'BAD_REQUEST',
        field: 'extensions.persistedQuery',
      });
      expect(body.errors[0].message).toMatch(/persistedQuery/);
    }
    const get = await fetch(
      `${api.url}/graphql?query=${encodeURIComponent('{ __typename }')}&extensions=${encodeURIComponent(JSON.stringify(extensions[0]))}`,
      { headers: { 'apollo-require-preflight': 'true' } },
    );
    expect(get.status).toBe(400);
    expect((await get.json()).errors[0].extensions.code).toBe('BAD_REQUEST');
  });

  it('answers a value a database constraint refuses with BAD_USER_INPUT naming the field, and stores nothing', async () => {
    const CREATE = `mutation($input: LocationCaseInput!) { createLocationCase(input: $input) { id } }`;
    for (const [field, value] of [
      ['fromRegionCode', ''],
      ['toRegionCode', ' '],
    ] as const) {
      const title = `${marker} ${field}`;
      const result = await api.gql(
        CREATE,
        { input: { title, kind: 'groei', status: 'nieuw', dataset: 'demo', [field]: value } },
        { as: 'planner' },
      );
      expect(result.errors?.[0]?.extensions, JSON.stringify(result)).toEqual({ code: 'BAD_USER_INPUT', field });
      expect(JSON.stringify(result)).not.toMatch(LEAKS);
      expect(JSON.stringify(result)).not.toMatch(/constraint|location_case/);
      expect(await api.db.query(`SELECT id FROM location_case WHERE title = $1`, [title])).toEqual([]);
    }
    const project = await api.data(
      `mutation($input: MasterplanProjectInput!) { createMasterplanProject(input: $input) { id version } }`,
      {
        input: {
          name: `${marker} project`,
          kind: 'renovatie',
          status: 'in voorbereiding',
          location: { type: 'Point', coordinates: [6.5625, 52.9925] },
          locationPrecision: 'gemeente',
          sourceUrl: 'https://example.org/invoerfout',
          dataset: 'demo',
        },
      },
      { as: 'planner' },
    );
    const update = await api.gql(
      `mutation($id: Int!, $version: Int!) { updateMasterplanProject(id: $id, version: $version, patch: { gemeenteCode: "" }) { id } }`,
      { id: project.createMasterplanProject.id, version: project.createMasterplanProject.version },
      { as: 'planner' },
    );
    expect(update.errors?.[0]?.extensions, JSON.stringify(update)).toEqual({
      code: 'BAD_USER_INPUT',
      field: 'gemeenteCode',
    });
  });
});
