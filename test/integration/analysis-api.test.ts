/**
 * The analysis through GraphQL: monitors, national growth, the advice rule (with the
 * confidentiality check) and a scenario that moves fte between provinces.
 * Synthetic fixture (dates 2097, labelled) for the scenario; published facts from shared data.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { createSchema } from '../../server/graphql/schema.js';
import { ANONYMOUS, type RequestContext, type Viewer } from '../../server/graphql/context.js';
import { backends, connect } from '../support/backends.js';
import { ensurePublishedFacts } from '../support/published-fixture.js';

const FIXTURE = 'https://example.org/synthetische-testdata-scenario';
const DATE = '2097-01-01';

describe.each(backends())('analysis API on $name', (backend) => {
  let db: DataSource;
  let schema: GraphQLSchema;
  const caseIds: number[] = [];
  const run = async (source: string, variables: Record<string, unknown> = {}, viewer: Viewer = ANONYMOUS) => {
    const context: RequestContext = { db, databaseMode: backend.name, viewer, loaders: new Map() };
    return graphql({ schema, source, variableValues: variables, contextValue: context });
  };

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    schema = await createSchema();
    await ensurePublishedFacts(db);
    for (const [code, fte] of [
      ['PV22', 6000],
      ['PV28', 90000],
      ['PV26', 40000],
      ['PV27', 60000],
      ['PV21', 7000],
      ['PV29', 3000],
      ['PV31', 12000],
      ['PV20', 9000],
      ['PV23', 14000],
      ['PV24', 5000],
      ['PV25', 20000],
      ['PV30', 18000],
    ] as const) {
      await db.query(
        `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url, dataset) VALUES ($1, 'regio', $2, $3, $4, 'demo')`,
        [DATE, code, fte, FIXTURE],
      );
    }
    const insertCase = async (
      title: string,
      kind: string,
      fte: number | null,
      from: string | null,
      to: string | null,
      confidential: boolean,
    ) => {
      const [row] = await db.query(
        `INSERT INTO location_case (title, kind, fte_change, from_region_code, to_region_code, status, confidential, source_url, dataset) VALUES ($1, $2, $3, $4, $5, 'fictief', $6, $7, 'demo') RETURNING id`,
        [title, kind, fte, from, to, confidential, FIXTURE],
      );
      caseIds.push(row.id);
      return row.id as number;
    };
    await insertCase('Fictieve verhuizing Den Haag → Assen', 'overig', 200, 'GM0518', 'GM0106', false);
    await insertCase('Fictieve vertrouwelijke groei', 'groei', 150, null, 'PV22', true);
  });

  afterAll(async () => {
    await db.query(`DELETE FROM location_case WHERE id = ANY($1::int[])`, [caseIds]);
    await db.query(`DELETE FROM fte_count WHERE source_url = $1`, [FIXTURE]);
    await db.destroy();
  });

  it('answers the monitors with verdicts, figures and sources', async () => {
    const result = await run(
      `{ monitors(fromPeildatum: "2021-01-01", toPeildatum: "2022-01-01") { id verdict missing sources figures { regionCode value flagged } } }`,
    );
    expect(result.errors).toBeUndefined();
    const deVries = (
      result.data!.monitors as { id: string; verdict: string; missing: string[]; sources: string[] }[]
    ).find((m) => m.id === 'de_vries')!;
    expect(deVries.verdict).toBe('voldoet_niet');
    // Limburg's "rond 2 procent" now counts as evidence (issue 16 finding 3): only Zeeland's growth is missing.
    expect(deVries.missing).toEqual([expect.stringContaining('Zeeland')]);
    expect(deVries.sources.length).toBeGreaterThan(0);
  });

  it('reproduces the national growth of 2023 through the API', async () => {
    const result = await run(
      `{ nationalGrowth(fromPeildatum: "2023-01-01", toPeildatum: "2024-01-01") { fromFte toFte growthFte growthPercent basis } }`,
    );
    expect(result.data!.nationalGrowth).toMatchObject({
      fromFte: 336270,
      toFte: 353797,
      growthFte: 17527,
      basis: 'berekend',
    });
    expect((result.data!.nationalGrowth as { growthPercent: number }).growthPercent).toBeCloseTo(5.21, 2);
  });

  it('applies the advice rule to a described case: 200 fte from Den Haag to Assen crosses a border', async () => {
    const result = await run(
      `{ evaluateAdvice(input: { kind: groei, fteChange: 200, fromRegionCode: "GM0518", toRegionCode: "GM0106" }) { adviceRequired crossesProvincialBorder explanation } }`,
    );
    expect(result.data!.evaluateAdvice).toMatchObject({ adviceRequired: 'ja', crossesProvincialBorder: 'ja' });
    expect((result.data!.evaluateAdvice as { explanation: string }).explanation).toMatch(/Zuid-Holland → Drenthe/);
  });

  it('keeps the advice on a confidential case from anonymous users, and shows it to planners', async () => {
    const query = `query($id: Int!) { locationAdvice(caseId: $id) { adviceRequired } }`;
    // Not found, as for a case that does not exist: anonymous users cannot tell the two apart.
    const anonymous = await run(query, { id: caseIds[1] });
    expect(anonymous.errors![0]!.extensions!.code).toBe('NOT_FOUND');
    const planner = await run(query, { id: caseIds[1] }, { id: 'planner-test', role: 'planner' });
    expect(planner.data!.locationAdvice).toEqual({ adviceRequired: 'ja' });
  });

  it('refuses an unknown region code with a typed error', async () => {
    const result = await run(
      `{ evaluateAdvice(input: { kind: groei, fteChange: 10, toRegionCode: "GM9999" }) { adviceRequired } }`,
    );
    expect(result.errors![0]!.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'toRegionCode' });
  });

  it('projects a scenario: 200 fte move from Zuid-Holland to Drenthe and the monitors follow', async () => {
    const result = await run(
      `query($input: ScenarioInput!) { scenario(input: $input) { nationalBase nationalProjected applied notApplied provinces { code baseFte deltaFte projectedFte } monitors { id verdict } } }`,
      { input: { peildatum: DATE, dataset: 'demo', caseIds: [caseIds[0]] } },
    );
    expect(result.errors).toBeUndefined();
    const scenario = result.data!.scenario as {
      nationalBase: number;
      nationalProjected: number;
      provinces: { code: string; deltaFte: number; projectedFte: number }[];
      monitors: { id: string; verdict: string }[];
    };
    expect(scenario.nationalProjected).toBe(scenario.nationalBase);
    expect(scenario.provinces.find((p) => p.code === 'PV22')).toMatchObject({ deltaFte: 200, projectedFte: 6200 });
    expect(scenario.provinces.find((p) => p.code === 'PV28')).toMatchObject({ deltaFte: -200, projectedFte: 89800 });
    expect(scenario.monitors.find((m) => m.id === 'drenthe')!.verdict).toBe('voldoet');
    expect(scenario.monitors.find((m) => m.id === 'evenredigheid')!.verdict).toBe('voldoet'); // toward proportional
  });

  it('ranks candidates through the API', async () => {
    const result = await run(
      `{ rankCandidates(demand: { fte: 120, dataset: demo, peildatum: "${DATE}", outsideRandstad: true, limit: 5 }) { totalCandidates candidates { rank name isRandstad total explanation criteria { criterion score } } } }`,
    );
    expect(result.errors).toBeUndefined();
    const ranking = result.data!.rankCandidates as {
      totalCandidates: number;
      candidates: { rank: number; isRandstad: boolean; total: number }[];
    };
    expect(ranking.candidates).toHaveLength(5);
    expect(ranking.candidates.every((c) => !c.isRandstad)).toBe(true);
    expect(ranking.candidates.map((c) => c.total)).toEqual(
      [...ranking.candidates.map((c) => c.total)].sort((a, b) => b - a),
    );
  });
});
