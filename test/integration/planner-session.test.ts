/**
 * Issue 18, finding 4 (server side): a client can check a token before it says "signed in"
 * (query viewer), and a demonstration record keeps its own source (urn:rijkspresentie:…) when a
 * planner edits it, while a published record never takes that URN.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, TOKENS, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const DEMO_URN = 'urn:rijkspresentie:fictieve-voorbeelddata';
const PROJECT = 'id version sourceUrl status dataset';
const CREATE = `mutation($input: MasterplanProjectInput!) { createMasterplanProject(input: $input) { ${PROJECT} } }`;
const UPDATE = `mutation($id: Int!, $version: Int!, $patch: MasterplanProjectPatch!) {
  updateMasterplanProject(id: $id, version: $version, patch: $patch) { ${PROJECT} } }`;
const CREATE_CASE = `mutation($input: LocationCaseInput!) { createLocationCase(input: $input) { id version sourceUrl } }`;
const UPDATE_CASE = `mutation($id: Int!, $version: Int!, $patch: LocationCasePatch!) {
  updateLocationCase(id: $id, version: $version, patch: $patch) { id version status sourceUrl } }`;

describe.each(backends())('planner session and demo records on $name', (backend) => {
  let api: Api;
  const projects: number[] = [];
  const cases: number[] = [];

  beforeAll(async () => {
    api = await startApi(backend);
  });

  afterAll(async () => {
    await api.db.query(`DELETE FROM audit_entry WHERE entity = 'masterplan_project' AND entity_id = ANY($1::text[])`, [
      projects.map(String),
    ]);
    await api.db.query(`DELETE FROM audit_entry WHERE entity = 'location_case' AND entity_id = ANY($1::text[])`, [
      cases.map(String),
    ]);
    await api.db.query(`DELETE FROM masterplan_project WHERE id = ANY($1::int[])`, [projects]);
    await api.db.query(`DELETE FROM location_case WHERE id = ANY($1::int[])`, [cases]);
    await api?.close();
  });

  it('tells a client who a token is, and refuses an unknown one', async () => {
    const query = '{ viewer { name role } }';
    expect((await api.data(query, {}, { as: 'planner' })).viewer).toEqual({ name: 'planner-test', role: 'planner' });
    expect((await api.data(query)).viewer).toEqual({ name: 'anoniem', role: 'anonymous' });
    const bad = await api.gql(query, {}, { authorization: 'Bearer zomaar-een-tekst' });
    expect(bad.errors?.[0]?.extensions.code).toBe('UNAUTHENTICATED');
    expect(bad.data?.viewer ?? null).toBeNull();
    expect(TOKENS.planner).not.toBe('zomaar-een-tekst');
  });

  it('saves an edit of a demonstration project that keeps its URN source', async () => {
    const [row] = await api.db.query(
      `INSERT INTO masterplan_project (name, city, kind, status, source_url, note, dataset)
       VALUES ('Fictief testproject sessie ${backend.name}', 'fictief', 'nieuwbouw', 'gepland', $1, 'fictieve voorbeelddata', 'demo')
       RETURNING id, version`,
      [DEMO_URN],
    );
    projects.push(row.id);
    const result = await api.gql(
      UPDATE,
      { id: row.id, version: row.version, patch: { status: 'in uitvoering', sourceUrl: DEMO_URN } },
      { as: 'planner' },
    );
    expect(result.errors).toBeUndefined();
    expect(result.data!.updateMasterplanProject).toMatchObject({
      status: 'in uitvoering',
      sourceUrl: DEMO_URN,
      dataset: 'demo',
    });
  });

  it('saves an edit of a demonstration case that keeps its URN source', async () => {
    const input = {
      title: `Fictieve casus sessie ${backend.name}`,
      kind: 'groei',
      status: 'verkenning',
      confidential: false,
      sourceUrl: DEMO_URN,
      dataset: 'demo',
    };
    const created = await api.data(CREATE_CASE, { input }, { as: 'planner' });
    cases.push(created.createLocationCase.id);
    const updated = await api.data(
      UPDATE_CASE,
      {
        id: created.createLocationCase.id,
        version: created.createLocationCase.version,
        patch: { ...input, status: 'besloten' },
      },
      { as: 'planner' },
    );
    expect(updated.updateLocationCase).toMatchObject({ status: 'besloten', sourceUrl: DEMO_URN });
  });

  it('never lets a published record take the demonstration URN', async () => {
    const input = {
      name: `Gepubliceerd testproject ${backend.name}`,
      kind: 'nieuwbouw',
      status: 'gepland',
      sourceUrl: DEMO_URN,
      dataset: 'gepubliceerd',
    };
    const refused = await api.gql(CREATE, { input }, { as: 'planner' });
    expect(refused.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceUrl' });
    const other = await api.gql(
      CREATE,
      { input: { ...input, dataset: 'demo', sourceUrl: 'urn:iets:anders' } },
      { as: 'planner' },
    );
    expect(other.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'sourceUrl' });
  });
});
