/**
 * Published data and fictional demonstration data (dataset demo) never mix through the API, on
 * both backends (issue 14, findings 7 and 10):
 * - a record cannot point at a site or organisation of the other dataset, and no record moves
 *   between datasets: a typed BAD_USER_INPUT naming the field, nothing written; the database
 *   refuses the same by itself (composite foreign keys and triggers), whoever writes;
 * - reads that combine sites (rankCandidates, evaluateAdvice) refuse sites of another dataset;
 * - impossible partial dates are refused; uniqueness means what users think under concurrency:
 *   one site per name without a place within its dataset, one profile per region. The losers of
 *   a race get a typed 4xx, never a 500.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api, type GqlResponse } from '../support/api.js';
import { backends } from '../support/backends.js';
import { FIXTURE_SOURCE, Fixtures } from '../support/fixtures.js';

const ASSEN = { type: 'Point', coordinates: [6.5625, 52.9925] };
const CREATE_SITE = `mutation($input: SiteInput!) { createSite(input: $input) { id version name } }`;
const UPDATE_SITE = `mutation($id: Int!, $version: Int!, $patch: SitePatch!) { updateSite(id: $id, version: $version, patch: $patch) { id version } }`;
const CREATE_PROJECT = `mutation($input: MasterplanProjectInput!) { createMasterplanProject(input: $input) { id version } }`;
const UPDATE_PROJECT = `mutation($id: Int!, $version: Int!, $patch: MasterplanProjectPatch!) { updateMasterplanProject(id: $id, version: $version, patch: $patch) { id } }`;
const CREATE_CASE = `mutation($input: LocationCaseInput!) { createLocationCase(input: $input) { id version } }`;
const UPDATE_CASE = `mutation($id: Int!, $version: Int!, $patch: LocationCasePatch!) { updateLocationCase(id: $id, version: $version, patch: $patch) { id } }`;
const CREATE_PROFILE = `mutation($input: RegionProfileInput!) { createRegionProfile(input: $input) { id } }`;

describe.each(backends())('datasets that never mix on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;
  let demoSite: number;
  let publishedSite: number;
  let demoOrganisation: number;
  const created = { masterplan_project: [] as number[], location_case: [] as number[], region_profile: [] as number[] };

  const writes = async () => Number((await api.db.query(`SELECT count(*)::int AS n FROM audit_entry`))[0].n);

  /** A planner mutation that must be refused with BAD_USER_INPUT naming `field`, writing nothing. */
  async function refusedOn(field: string, query: string, variables: Record<string, unknown>): Promise<void> {
    const before = await writes();
    const result = await api.gql(query, variables, { as: 'planner' });
    expect(result.status).toBeLessThan(500);
    expect(result.errors?.[0]?.extensions, JSON.stringify(result)).toEqual({ code: 'BAD_USER_INPUT', field });
    expect(result.errors![0]!.message).not.toMatch(/violates|constraint|SELECT|INSERT/);
    expect(await writes()).toBe(before);
  }

  beforeAll(async () => {
    // Bursts of 50 to 100 writers queue for connections; on a loaded CI machine past the
    // production 5 s wait, which would turn a queued write into SERVICE_BUSY.
    api = await startApi(backend, { connectionTimeoutMs: 60_000 });
    fixtures = new Fixtures(api.db, `datasets-${backend.name}`);
    demoSite = await fixtures.site('Fictief kantoor', 6.5625, 52.9925);
    publishedSite = await fixtures.site('Gepubliceerd kantoor', 6.5625, 52.9925, { dataset: 'gepubliceerd' });
    const [organisation] = await api.db.query(
      `INSERT INTO organisation (name, sector, source, dataset) VALUES ($1, 'zbo', $2, 'demo') RETURNING id`,
      [fixtures.name('Fictieve dienst'), FIXTURE_SOURCE],
    );
    demoOrganisation = organisation.id;
    fixtures.organisationIds.push(demoOrganisation);
  });

  afterAll(async () => {
    for (const [table, ids] of Object.entries(created)) {
      await api.db.query(`DELETE FROM audit_entry WHERE entity = $1 AND entity_id = ANY($2::text[])`, [
        table,
        ids.map(String),
      ]);
      await api.db.query(`DELETE FROM ${table} WHERE id = ANY($1::int[])`, [ids]);
    }
    await api.db.query(`DELETE FROM audit_entry WHERE entity = 'site' AND after->>'name' LIKE $1`, [
      `%[${fixtures.tag}]`,
    ]);
    await api.db.query(`DELETE FROM site WHERE name LIKE $1`, [`%[${fixtures.tag}]`]);
    await fixtures?.cleanup();
    await api?.close();
  });

  describe('links between datasets (finding 7)', () => {
    it('refuses a published masterplan project on a demo site, and a published case from or to a demo site', async () => {
      const project = {
        name: fixtures.name('Project'),
        kind: 'renovatie',
        status: 'gepland',
        sourceUrl: FIXTURE_SOURCE,
        dataset: 'gepubliceerd',
      };
      await refusedOn('siteId', CREATE_PROJECT, { input: { ...project, siteId: demoSite } });
      const kase = {
        title: fixtures.name('Casus'),
        kind: 'groei',
        fteChange: 150,
        status: 'verkenning',
        dataset: 'gepubliceerd',
      };
      await refusedOn('fromSiteId', CREATE_CASE, { input: { ...kase, fromSiteId: demoSite } });
      await refusedOn('toSiteId', CREATE_CASE, { input: { ...kase, toSiteId: demoSite } });
      // And the other way round: fictional records do not point at published ones either.
      await refusedOn('siteId', CREATE_PROJECT, { input: { ...project, dataset: 'demo', siteId: publishedSite } });
      const [rows] = await api.db.query(
        `SELECT (SELECT count(*) FROM masterplan_project WHERE name = $1)::int AS projects,
        (SELECT count(*) FROM location_case WHERE title = $2)::int AS cases`,
        [project.name, kase.title],
      );
      expect(rows).toEqual({ projects: 0, cases: 0 });
    });

    it('refuses an update that links a published project or case to a demo site', async () => {
      const project = await api.data(
        CREATE_PROJECT,
        {
          input: {
            name: fixtures.name('Project op gepubliceerde locatie'),
            kind: 'renovatie',
            status: 'gepland',
            sourceUrl: FIXTURE_SOURCE,
            dataset: 'gepubliceerd',
            siteId: publishedSite,
          },
        },
        { as: 'planner' },
      );
      created.masterplan_project.push(project.createMasterplanProject.id);
      await refusedOn('siteId', UPDATE_PROJECT, {
        id: project.createMasterplanProject.id,
        version: 1,
        patch: { siteId: demoSite },
      });
      const kase = await api.data(
        CREATE_CASE,
        {
          input: {
            title: fixtures.name('Gepubliceerde casus'),
            kind: 'groei',
            fteChange: 120,
            status: 'verkenning',
            dataset: 'gepubliceerd',
            fromSiteId: publishedSite,
          },
        },
        { as: 'planner' },
      );
      created.location_case.push(kase.createLocationCase.id);
      await refusedOn('toSiteId', UPDATE_CASE, {
        id: kase.createLocationCase.id,
        version: 1,
        patch: { toSiteId: demoSite },
      });
      const [stored] = await api.db.query(`SELECT to_site_id, version FROM location_case WHERE id = $1`, [
        kase.createLocationCase.id,
      ]);
      expect(stored).toEqual({ to_site_id: null, version: 1 });
    });

    it('refuses to link a published site or case to a fictional organisation', async () => {
      await refusedOn('organisationIds', UPDATE_SITE, {
        id: publishedSite,
        version: 1,
        patch: { organisationIds: [demoOrganisation] },
      });
      await refusedOn('organisationId', CREATE_CASE, {
        input: {
          title: fixtures.name('Casus met fictieve dienst'),
          kind: 'overig',
          status: 'verkenning',
          dataset: 'gepubliceerd',
          organisationId: demoOrganisation,
        },
      });
    });

    it('refuses to move a record between datasets', async () => {
      await refusedOn('dataset', UPDATE_SITE, {
        id: publishedSite,
        version: 1,
        patch: { dataset: 'demo', workplaces: 1 },
      });
      await refusedOn('dataset', UPDATE_SITE, { id: demoSite, version: 1, patch: { dataset: 'gepubliceerd' } });
      const [site] = await api.db.query(`SELECT dataset, workplaces, version FROM site WHERE id = $1`, [publishedSite]);
      expect(site).toEqual({ dataset: 'gepubliceerd', workplaces: null, version: 1 });
    });

    it('is enforced by the database itself, whoever writes', async () => {
      // In a transaction, as every writer of the service does: on the embedded backend a failed
      // transaction gets a fresh connection (PGlite socket quirk, see embedded-protocol.test.ts).
      const refusal = (sql: string, params: unknown[]) =>
        api.db
          .transaction((m) => m.query(sql, params))
          .then(
            () => 'geschreven',
            (e: { driverError?: { code?: string }; code?: string }) => e.driverError?.code ?? e.code,
          );
      expect(
        await refusal(
          `INSERT INTO location_case (title, kind, status, from_site_id, dataset) VALUES ($1, 'overig', 'x', $2, 'gepubliceerd')`,
          [fixtures.name('SQL-casus'), demoSite],
        ),
      ).toBe('23503');
      expect(
        await refusal(
          `INSERT INTO masterplan_project (name, kind, status, source_url, site_id, dataset) VALUES ($1, 'overig', 'x', $2, $3, 'gepubliceerd')`,
          [fixtures.name('SQL-project'), FIXTURE_SOURCE, demoSite],
        ),
      ).toBe('23503');
      expect(
        await refusal(
          `INSERT INTO fte_count (peildatum, scope, site_id, fte, source_url, dataset) VALUES ('2024-01-01', 'locatie', $1, 1, $2, 'gepubliceerd')`,
          [demoSite, FIXTURE_SOURCE],
        ),
      ).toBe('23503');
      expect(await refusal(`UPDATE site SET dataset = 'demo' WHERE id = $1`, [publishedSite])).toBe('23514');
      expect(
        await refusal(`INSERT INTO site_organisation (site_id, organisation_id) VALUES ($1, $2)`, [
          publishedSite,
          demoOrganisation,
        ]),
      ).toBe('23514');
    });

    it('ranks candidates only from an origin in the dataset asked for', async () => {
      const RANK = `query($dataset: Dataset!, $origin: Int!) { rankCandidates(demand: { fte: 120, dataset: $dataset, originSiteId: $origin, limit: 3 }) { totalCandidates } }`;
      for (const [dataset, origin] of [
        ['gepubliceerd', demoSite],
        ['demo', publishedSite],
      ] as const) {
        const result = await api.gql(RANK, { dataset, origin }, { as: 'planner' });
        expect(result.errors?.[0]?.extensions, JSON.stringify(result)).toEqual({
          code: 'BAD_USER_INPUT',
          field: 'originSiteId',
        });
      }
      const same = await api.gql(RANK, { dataset: 'demo', origin: demoSite }, { as: 'planner' });
      expect(same.errors).toBeUndefined();
    });

    it('evaluates advice only for sites of one dataset', async () => {
      const ADVICE = `query($input: AdviceInput!) { evaluateAdvice(input: $input) { adviceRequired } }`;
      const mixed = await api.gql(ADVICE, {
        input: { kind: 'groei', fteChange: 150, fromSiteId: publishedSite, toSiteId: demoSite },
      });
      expect(mixed.errors?.[0]?.extensions, JSON.stringify(mixed)).toEqual({
        code: 'BAD_USER_INPUT',
        field: 'toSiteId',
      });
      const same = await api.gql(ADVICE, {
        input: { kind: 'groei', fteChange: 150, fromSiteId: publishedSite, toRegionCode: 'PV22' },
      });
      expect(same.errors).toBeUndefined();
    });
  });

  describe('bad input and races (finding 10)', () => {
    const site = (name: string, extra: Record<string, unknown> = {}) => ({
      kind: 'rijkskantoor',
      name: fixtures.name(name),
      location: ASSEN,
      locationPrecision: 'gemeente',
      sourceUrl: FIXTURE_SOURCE,
      dataset: 'demo',
      ...extra,
    });

    it('refuses impossible dates for inUseSince and ropOpenedOn, and accepts a leap day', async () => {
      for (const inUseSince of ['2024-02-30', '2024-13', '2023-02-29', '2024-00', '2024-04-31']) {
        await refusedOn('inUseSince', CREATE_SITE, { input: site(`Datum ${inUseSince}`, { inUseSince }) });
      }
      await refusedOn('ropOpenedOn', CREATE_SITE, {
        input: site('ROP met datum', { kind: 'rijksontmoetingsplein', ropStatus: 'open', ropOpenedOn: '2025-06-31' }),
      });
      await refusedOn('inUseSince', UPDATE_SITE, { id: demoSite, version: 1, patch: { inUseSince: '2024-02-30' } });
      const leap = await api.data(
        CREATE_SITE,
        { input: site('Schrikkeldag', { inUseSince: '2024-02-29' }) },
        { as: 'planner' },
      );
      expect(leap.createSite.id).toBeGreaterThan(0);
      const [stored] = await api.db.query(
        `SELECT count(*)::int AS n FROM site WHERE name LIKE $1 AND in_use_since <> '2024-02-29'`,
        [`Datum % [${fixtures.tag}]`],
      );
      expect(stored.n).toBe(0);
    });

    it('lets one of 50 concurrent createSite calls with the same name and no place win; the rest get BAD_USER_INPUT', async () => {
      const input = site('Zonder plaats');
      const results: GqlResponse[] = await Promise.all(
        Array.from({ length: 50 }, () => api.gql(CREATE_SITE, { input }, { as: 'planner' })),
      );
      expect(new Set(results.map((r) => r.status))).toEqual(new Set([200]));
      expect(results.filter((r) => !r.errors)).toHaveLength(1);
      const codes = results.filter((r) => r.errors).map((r) => r.errors![0]!.extensions);
      expect(codes).toHaveLength(49);
      expect(new Set(codes.map((c) => JSON.stringify(c)))).toEqual(
        new Set([JSON.stringify({ code: 'BAD_USER_INPUT', field: 'name' })]),
      );
      const [count] = await api.db.query(`SELECT count(*)::int AS n FROM site WHERE name = $1 AND city IS NULL`, [
        input.name,
      ]);
      expect(count.n).toBe(1);
      // The same name without a place is still free in the other dataset, and with a place.
      await api.data(CREATE_SITE, { input: { ...input, dataset: 'gepubliceerd' } }, { as: 'planner' });
      await api.data(CREATE_SITE, { input: { ...input, city: 'Assen' } }, { as: 'planner' });
    });

    it('keeps one profile per region: one of 50 concurrent createRegionProfile calls wins, the rest get BAD_USER_INPUT', async () => {
      const [{ code }] = await api.db.query(
        `SELECT code FROM region WHERE kind = 'gemeente' AND code NOT IN (SELECT region_code FROM region_profile) ORDER BY code DESC LIMIT 1`,
      );
      const input = { regionCode: code, coreQualities: [fixtures.name('bereikbaarheid')] };
      const results = await Promise.all(
        Array.from({ length: 50 }, () => api.gql(CREATE_PROFILE, { input }, { as: 'planner' })),
      );
      created.region_profile.push(
        ...results.filter((r) => !r.errors).map((r) => r.data!.createRegionProfile.id as number),
      );
      expect(new Set(results.map((r) => r.status))).toEqual(new Set([200]));
      expect(created.region_profile).toHaveLength(1);
      expect(new Set(results.filter((r) => r.errors).map((r) => JSON.stringify(r.errors![0]!.extensions)))).toEqual(
        new Set([JSON.stringify({ code: 'BAD_USER_INPUT', field: 'regionCode' })]),
      );
      const [count] = await api.db.query(`SELECT count(*)::int AS n FROM region_profile WHERE region_code = $1`, [
        code,
      ]);
      expect(count.n).toBe(1);
    });
  });
});
