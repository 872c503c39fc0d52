/**
 * Scenarios with masterplan projects: the workplaces a project adds or removes per province,
 * the room for fte that gives at the workplace norm, what cannot be applied and why, and that
 * projects (capacity) do not move the fte projection or the monitors.
 * Published projects come from seeds/locations/masterplan_projecten.csv (expected values read
 * from that file); the demo part uses a small fictional fixture (labelled, peildatum 2095).
 */
import fs from 'node:fs';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { graphql, type GraphQLSchema } from 'graphql';
import type { DataSource } from 'typeorm';
import { runScenario } from '../../server/scenarios/scenario.service.js';
import { createSchema } from '../../server/graphql/schema.js';
import { ANONYMOUS, type RequestContext } from '../../server/graphql/context.js';
import { seedFile } from '../../seeds/paths.js';
import { backends, connect } from '../support/backends.js';
import { ensurePublishedFacts } from '../support/published-fixture.js';

const FIXTURE = 'https://example.org/synthetische-testdata-scenario-projecten';
const DATE = '2095-01-01';
const PROVINCE_FTE: [string, number][] = [
  ['PV20', 9000],
  ['PV21', 7000],
  ['PV22', 6000],
  ['PV23', 14000],
  ['PV24', 5000],
  ['PV25', 20000],
  ['PV26', 40000],
  ['PV27', 60000],
  ['PV28', 90000],
  ['PV29', 3000],
  ['PV30', 18000],
  ['PV31', 12000],
];

const projectsCsv = () =>
  parse(fs.readFileSync(seedFile('locations', 'masterplan_projecten.csv'), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Record<string, string>[];

describe.each(backends())('scenarios with masterplan projects on $name', (backend) => {
  let db: DataSource;
  let schema: GraphQLSchema;
  const published: Record<string, number> = {};
  const demo: Record<string, number> = {};
  let caseId: number;

  const publishedId = async (namePrefix: string) => {
    const rows: { id: number }[] = await db.query(
      `SELECT id FROM masterplan_project WHERE dataset = 'gepubliceerd' AND name LIKE $1 || '%'`,
      [namePrefix],
    );
    expect(rows, namePrefix).toHaveLength(1);
    return rows[0]!.id;
  };

  beforeAll(async () => {
    db = await connect(backend, { seed: true });
    schema = await createSchema();
    await ensurePublishedFacts(db);
    published.turfmarkt = await publishedId('Nieuwbouw ministeries BZK en JenV, Turfmarkt 147');
    published.rijnstraat = await publishedId('Renovatie Rijnstraat 8');
    published.kempkensberg = await publishedId('Nieuw rijkskantoor Kempkensberg fase 2');
    published.landelijk = await publishedId('Afstoot 721.000 m2 rijkskantoor');

    for (const [code, fte] of PROVINCE_FTE) {
      await db.query(
        `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url, dataset) VALUES ($1, 'regio', $2, $3, $4, 'demo')`,
        [DATE, code, fte, FIXTURE],
      );
    }
    const project = async (name: string, kind: string, gemeente: string, workplaces: number) => {
      const [row] = await db.query(
        `INSERT INTO masterplan_project (name, kind, gemeente_code, status, planned_workplaces, source_url, note, dataset) VALUES ($1, $2, $3, 'fictief', $4, $5, 'fictieve voorbeelddata (test)', 'demo') RETURNING id`,
        [name, kind, gemeente, workplaces, FIXTURE],
      );
      return row.id as number;
    };
    demo.nieuwbouwAssen = await project('Fictief testproject nieuwbouw Assen', 'nieuwbouw', 'GM0106', 300);
    demo.afstootAssen = await project('Fictief testproject afstoot Assen', 'afstoot', 'GM0106', 120);
    demo.aankoopZwolle = await project('Fictief testproject aankoop Zwolle', 'aankoop', 'GM0193', 50);
    const [c] = await db.query(
      `INSERT INTO location_case (title, kind, fte_change, from_region_code, to_region_code, status, confidential, source_url, dataset) VALUES ('Fictieve verhuizing Den Haag → Assen (test)', 'overig', 200, 'GM0518', 'GM0106', 'fictief', false, $1, 'demo') RETURNING id`,
      [FIXTURE],
    );
    caseId = c.id;
  });

  afterAll(async () => {
    await db.query(`DELETE FROM location_case WHERE source_url = $1`, [FIXTURE]);
    await db.query(`DELETE FROM masterplan_project WHERE source_url = $1`, [FIXTURE]);
    await db.query(`DELETE FROM fte_count WHERE source_url = $1`, [FIXTURE]);
    await db.destroy();
  });

  it('applies the published Turfmarkt new build (+4.000 workplaces in Zuid-Holland) and says why the others cannot be applied', async () => {
    const row = projectsCsv().find((r) => r.project!.startsWith('Nieuwbouw ministeries BZK en JenV, Turfmarkt 147'))!;
    const workplaces = Number(row.workplaces);
    expect(workplaces).toBe(4000);
    const result = await runScenario(db, ANONYMOUS, {
      peildatum: '2024-01-01',
      dataset: 'gepubliceerd',
      caseIds: [],
      projectIds: Object.values(published),
    });
    expect(result.workplacesPerFte).toBe(0.7);
    const zh = result.provinces.find((p) => p.code === 'PV28')!;
    expect(zh.deltaWorkplaces).toBe(workplaces);
    expect(zh.capacityFte).toBeCloseTo(workplaces / 0.7, 9);
    expect(
      result.provinces.filter((p) => p.code !== 'PV28').every((p) => p.deltaWorkplaces === 0 && p.capacityFte === 0),
    ).toBe(true);
    expect(result.nationalDeltaWorkplaces).toBe(workplaces);
    expect(result.nationalCapacityFte).toBeCloseTo(workplaces / 0.7, 9);
    // Capacity is not employment: the fte projection stays the published total.
    expect(result.nationalBase).toBe(353797);
    expect(result.nationalProjected).toBe(353797);
    expect(result.provinces.every((p) => p.deltaFte === 0)).toBe(true);
    expect(result.applied).toEqual([
      `project ${published.turfmarkt} (${row.project}): +4000 werkplekken, ruimte voor +5.714 fte bij 0,7 werkplek per fte`,
    ]);
    const why = (id: number) => result.notApplied.find((n) => n.startsWith(`project ${id} `));
    expect(why(published.rijnstraat!)).toMatch(/soort renovatie verandert het aantal werkplekken niet aantoonbaar$/);
    expect(why(published.kempkensberg!)).toMatch(/geen aantal werkplekken bekend$/);
    expect(why(published.landelijk!)).toMatch(/geen aantal werkplekken bekend$/);
    expect(result.notApplied.filter((n) => n.startsWith('project '))).toHaveLength(3);
  });

  it('uses a chosen workplace norm for the capacity', async () => {
    const result = await runScenario(db, ANONYMOUS, {
      peildatum: '2024-01-01',
      dataset: 'gepubliceerd',
      caseIds: [],
      projectIds: [published.turfmarkt!],
      workplacesPerFte: 0.9,
    });
    expect(result.provinces.find((p) => p.code === 'PV28')!.capacityFte).toBeCloseTo(4000 / 0.9, 9);
    expect(result.applied[0]).toMatch(/ruimte voor \+4\.444 fte bij 0,9 werkplek per fte$/);
  });

  it('nets new build, disposal and purchase per province beside a case that moves fte, and the projects leave the monitors alone', async () => {
    const casesOnly = await runScenario(db, ANONYMOUS, {
      peildatum: DATE,
      dataset: 'demo',
      caseIds: [caseId],
      projectIds: [],
    });
    const both = await runScenario(db, ANONYMOUS, {
      peildatum: DATE,
      dataset: 'demo',
      caseIds: [caseId],
      projectIds: Object.values(demo),
    });
    const drenthe = both.provinces.find((p) => p.code === 'PV22')!;
    expect(drenthe).toMatchObject({ baseFte: 6000, deltaFte: 200, projectedFte: 6200, deltaWorkplaces: 300 - 120 });
    expect(drenthe.capacityFte).toBeCloseTo(180 / 0.7, 9);
    expect(both.provinces.find((p) => p.code === 'PV23')).toMatchObject({
      deltaFte: 0,
      projectedFte: 14000,
      deltaWorkplaces: 50,
    });
    expect(both.provinces.find((p) => p.code === 'PV28')).toMatchObject({
      deltaFte: -200,
      projectedFte: 89800,
      deltaWorkplaces: 0,
    });
    expect(both.nationalDeltaWorkplaces).toBe(300 - 120 + 50);
    expect(both.applied).toHaveLength(4);
    expect(both.applied).toContain(
      `project ${demo.afstootAssen} (Fictief testproject afstoot Assen): −120 werkplekken, ruimte voor −171 fte bij 0,7 werkplek per fte`,
    );
    expect(both.notApplied).toEqual([]);
    expect(both.provinces.map((p) => p.projectedFte)).toEqual(casesOnly.provinces.map((p) => p.projectedFte));
    expect(both.monitors).toEqual(casesOnly.monitors);
  });

  it('names the projection "het scenario" in monitor texts, never the internal date 31-12-9999', async () => {
    const result = await runScenario(db, ANONYMOUS, {
      peildatum: DATE,
      dataset: 'demo',
      caseIds: [caseId],
      projectIds: [],
    });
    const texts = result.monitors.flatMap((m) => [m.explanation, ...m.missing, ...m.figures.map((f) => f.label)]);
    for (const text of texts) expect(text).not.toMatch(/9999/);
    expect(texts.filter((t) => /het scenario/.test(t)).length).toBeGreaterThan(0);
  });

  it('answers through GraphQL with the capacity fields', async () => {
    const context: RequestContext = { db, databaseMode: backend.name, viewer: ANONYMOUS, loaders: new Map() };
    const result = await graphql({
      schema,
      contextValue: context,
      source: `query($input: ScenarioInput!) { scenario(input: $input) { workplacesPerFte nationalDeltaWorkplaces nationalCapacityFte provinces { code deltaWorkplaces capacityFte } } }`,
      variableValues: {
        input: { peildatum: DATE, dataset: 'demo', projectIds: [demo.nieuwbouwAssen], workplacesPerFte: 0.75 },
      },
    });
    expect(result.errors).toBeUndefined();
    const scenario = result.data!.scenario as {
      workplacesPerFte: number;
      nationalDeltaWorkplaces: number;
      nationalCapacityFte: number;
      provinces: { code: string; deltaWorkplaces: number; capacityFte: number }[];
    };
    expect(scenario).toMatchObject({ workplacesPerFte: 0.75, nationalDeltaWorkplaces: 300, nationalCapacityFte: 400 });
    expect(scenario.provinces.find((p) => p.code === 'PV22')).toEqual({
      code: 'PV22',
      deltaWorkplaces: 300,
      capacityFte: 400,
    });
  });

  it('refuses to mix published projects into a demo scenario, and a norm that makes no sense', async () => {
    await expect(
      runScenario(db, ANONYMOUS, {
        peildatum: DATE,
        dataset: 'demo',
        caseIds: [],
        projectIds: [demo.nieuwbouwAssen!, published.turfmarkt!],
      }),
    ).rejects.toMatchObject({
      extensions: { code: 'BAD_USER_INPUT', field: 'projectIds' },
      message: expect.stringMatching(/niet gemengd/),
    });
    await expect(
      runScenario(db, ANONYMOUS, {
        peildatum: '2024-01-01',
        dataset: 'gepubliceerd',
        caseIds: [caseId],
        projectIds: [],
      }),
    ).rejects.toMatchObject({ extensions: { field: 'caseIds' } });
    for (const workplacesPerFte of [0, -1, 6]) {
      await expect(
        runScenario(db, ANONYMOUS, {
          peildatum: DATE,
          dataset: 'demo',
          caseIds: [],
          projectIds: [demo.nieuwbouwAssen!],
          workplacesPerFte,
        }),
      ).rejects.toMatchObject({ extensions: { code: 'BAD_USER_INPUT', field: 'workplacesPerFte' } });
    }
  });
});
