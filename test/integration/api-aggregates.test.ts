/**
 * fte aggregates through the HTTP API on both backends: the published national totals
 * (1-1-2021..2024) and province figures reproduced with their sources, missing figures as null
 * with a reason, fte per 1,000 inhabitants, growth against national growth, Randstad vs the
 * rest, every region level, sector and organisation, demo data kept apart and labelled.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { FIXTURE_SOURCE, Fixtures } from '../support/fixtures.js';
import { insertPublished, nationalMetric, nationalTotals, population, provinceFigures } from '../support/published.js';

const AGGREGATE = `query Aggregate($level: RegionKind!, $peildatum: LocalDate, $compare: LocalDate, $dataset: Dataset = gepubliceerd, $sector: Sector, $organisationId: Int, $codes: [String!]) {
  fteAggregate(level: $level, peildatum: $peildatum, comparePeildatum: $compare, dataset: $dataset, sector: $sector, organisationId: $organisationId, codes: $codes) {
    level peildatum comparePeildatum dataset datasetLabel isDemo sector organisationId
    national { fte { value missingReason } asWritten inhabitants ftePer1000Inhabitants { value missingReason } sources
      change { previous { value missingReason } absolute { value missingReason } pct { value missingReason } } }
    regions { code name isRandstad basis asWritten sources inhabitants region { code kind }
      fte { value missingReason } shareOfNationalPct { value missingReason } ftePer1000Inhabitants { value missingReason }
      change { previous { value missingReason } absolute { value } pct { value missingReason } }
      growthVsNationalPctPoints { value missingReason } lagsNationalGrowth }
    randstad { label codes fte { value missingReason } shareOfNationalPct { value } change { absolute { value } pct { value } } }
    outsideRandstad { label codes fte { value missingReason } shareOfNationalPct { value } }
    sources { url title }
  }
}`;

// Fictitious reference dates no real figure uses: growth fixtures are generated here, by code.
const THEN = '2097-01-01';
const NOW = '2098-01-01';
const PROVINCES = ['PV20', 'PV21', 'PV22', 'PV23', 'PV24', 'PV25', 'PV26', 'PV27', 'PV28', 'PV29', 'PV30', 'PV31'];

describe.each(backends())('fte aggregates on $name', (backend) => {
  let api: Api;
  let removePublished: () => Promise<void>;
  let fixtures: Fixtures;
  const aggregate = async (variables: Record<string, unknown>) => (await api.data(AGGREGATE, variables)).fteAggregate;
  const row = (result: any, code: string) => result.regions.find((r: any) => r.code === code);

  beforeAll(async () => {
    api = await startApi(backend);
    removePublished = await insertPublished(api.db);
    fixtures = new Fixtures(api.db, `aggregates-${backend.name}`);
    await api.db.query(
      `INSERT INTO fte_count (peildatum, scope, fte, source_url) VALUES ($1, 'nationaal', 1000, $3), ($2, 'nationaal', 1100, $3)`,
      [THEN, NOW, FIXTURE_SOURCE],
    );
    for (const [i, code] of PROVINCES.entries()) {
      // Drenthe grows 4 %, Noord-Holland 20 %, the others 10 %, nationally 10 %.
      const then = 50 + 10 * i;
      const now = code === 'PV22' ? then * 1.04 : code === 'PV27' ? then * 1.2 : then * 1.1;
      await api.db.query(
        `INSERT INTO fte_count (peildatum, scope, region_code, fte, source_url) VALUES ($1, 'regio', $3, $4, $6), ($2, 'regio', $3, $5, $6)`,
        [THEN, NOW, code, then, now, FIXTURE_SOURCE],
      );
    }
    fixtures.onCleanup(`DELETE FROM fte_count WHERE source_url = $1 AND peildatum IN ($2::date, $3::date)`, [
      FIXTURE_SOURCE,
      THEN,
      NOW,
    ]);
  });

  afterAll(async () => {
    await fixtures?.cleanup();
    await removePublished?.();
    await api?.close();
  });

  it('reproduces the published national totals 1-1-2021..2024 and cites their sources', async () => {
    const totals = nationalTotals();
    expect(totals.map((t) => t.peildatum)).toEqual(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01']);
    for (const total of totals) {
      const result = await aggregate({ level: 'provincie', peildatum: total.peildatum });
      expect(result.national.fte).toEqual({ value: total.fte, missingReason: null });
      expect(result.national.sources).toContain(total.sourceUrl);
      expect(result.sources).toContainEqual({ url: total.sourceUrl, title: total.sourceTitle });
      expect(result).toMatchObject({ dataset: 'gepubliceerd', datasetLabel: 'gepubliceerde cijfers', isDemo: false });
    }
  });

  it('computes national growth that matches the growth the sources published', async () => {
    const y2024 = await aggregate({ level: 'provincie', peildatum: '2024-01-01', compare: '2023-01-01' });
    expect(y2024.national.change.absolute.value).toBe(nationalMetric('groei_fte_in_2023'));
    expect(Number(y2024.national.change.pct.value.toFixed(1))).toBe(nationalMetric('groei_procent_in_2023'));
    const y2022 = await aggregate({ level: 'provincie', peildatum: '2022-01-01', compare: '2021-01-01' });
    expect(Number(y2022.national.change.pct.value.toFixed(1))).toBe(nationalMetric('groei_procent_tov_1_januari_2021'));
    const y2023 = await aggregate({ level: 'provincie', peildatum: '2023-01-01', compare: '2022-01-01' });
    expect(Number(y2023.national.change.pct.value.toFixed(1))).toBe(nationalMetric('groei_procent_in_2022'));
  });

  it('reproduces Limburg 1-1-2023 per sector and in total, with its share of the national total', async () => {
    const limburg = provinceFigures().filter((p) => p.code === 'PV31' && p.peildatum === '2023-01-01');
    const national = nationalTotals().find((t) => t.peildatum === '2023-01-01')!.fte;
    for (const figure of limburg) {
      const result = await aggregate({
        level: 'provincie',
        peildatum: '2023-01-01',
        sector: figure.sector,
        codes: ['PV31'],
      });
      expect(result.regions).toHaveLength(1);
      expect(row(result, 'PV31')).toMatchObject({
        fte: { value: figure.fte },
        basis: 'regiocijfer',
        sources: [figure.sourceUrl],
      });
    }
    const total = limburg.find((f) => f.sector === null)!.fte!;
    expect(limburg.filter((f) => f.sector !== null).reduce((sum, f) => sum + f.fte!, 0)).toBe(total);
    const result = await aggregate({ level: 'provincie', peildatum: '2023-01-01' });
    expect(row(result, 'PV31').shareOfNationalPct.value).toBeCloseTo((total / national) * 100, 10);
    expect(row(result, 'PV31').region).toEqual({ code: 'PV31', kind: 'provincie' });
  });

  it('returns missing figures as null with a reason, never as zero', async () => {
    const result = await aggregate({ level: 'provincie', peildatum: '2022-01-01' });
    expect(result.regions).toHaveLength(12);
    expect(row(result, 'PV28')).toMatchObject({
      fte: { value: null, missingReason: 'alleen benadering gepubliceerd: bijna 95.000' },
      asWritten: 'bijna 95.000',
      basis: 'regiocijfer',
    });
    expect(row(result, 'PV28').shareOfNationalPct).toEqual({
      value: null,
      missingReason: 'alleen benadering gepubliceerd: bijna 95.000',
    });
    expect(row(result, 'PV20')).toMatchObject({
      fte: { value: null, missingReason: 'geen gepubliceerd cijfer' },
      basis: null,
      sources: [],
    });
    expect(row(result, 'PV22').fte.value).toBe(
      provinceFigures().find((p) => p.code === 'PV22' && p.sector === null)!.fte,
    );
    expect(row(result, 'PV22').ftePer1000Inhabitants).toEqual({
      value: null,
      missingReason: 'geen bevolkingscijfer (CBS) op 2022-01-01',
    });
    expect(result.randstad.fte).toEqual({
      value: null,
      missingReason: expect.stringMatching(/^onvolledig: 3 van 3 regio’s zonder cijfer$/),
    });
    expect(result.regions.some((r: any) => r.fte.value === 0)).toBe(false);
    const empty = await aggregate({ level: 'provincie', peildatum: '2019-01-01' });
    expect(empty.national.fte).toEqual({
      value: null,
      missingReason: 'geen gepubliceerd cijfer voor het landelijk totaal',
    });
  });

  it('gives fte per 1,000 inhabitants where CBS population is known', async () => {
    const nl = population().find((p) => p.code === 'NL01')!;
    const total = nationalTotals().find((t) => t.peildatum === '2024-01-01')!.fte;
    const result = await aggregate({ level: 'provincie', peildatum: '2024-01-01' });
    expect(result.national.inhabitants).toBe(nl.inhabitants);
    expect(result.national.ftePer1000Inhabitants.value).toBeCloseTo((total / nl.inhabitants) * 1000, 10);
    expect(result.sources.map((s: any) => s.url)).toContain(nl.sourceUrl);
    expect(row(result, 'PV22').inhabitants).toBe(population().find((p) => p.code === 'PV22')!.inhabitants);
  });

  it('sets regional growth against national growth and sums Randstad against the rest', async () => {
    const result = await aggregate({ level: 'provincie', peildatum: NOW, compare: THEN });
    expect(result.national.change.pct.value).toBeCloseTo(10, 10);
    const drenthe = row(result, 'PV22');
    expect(drenthe.change.pct.value).toBeCloseTo(4, 10);
    expect(drenthe.growthVsNationalPctPoints.value).toBeCloseTo(-6, 10);
    expect(drenthe.lagsNationalGrowth).toBe(true);
    expect(row(result, 'PV27').growthVsNationalPctPoints.value).toBeCloseTo(10, 10);
    expect(row(result, 'PV27').lagsNationalGrowth).toBe(false);
    const value = (code: string) => row(result, code).fte.value as number;
    expect(result.randstad.codes.sort()).toEqual(['PV26', 'PV27', 'PV28']);
    expect(result.randstad.fte.value).toBeCloseTo(value('PV26') + value('PV27') + value('PV28'), 10);
    const rest = PROVINCES.filter((c) => !['PV26', 'PV27', 'PV28'].includes(c)).reduce((sum, c) => sum + value(c), 0);
    expect(result.outsideRandstad.fte.value).toBeCloseTo(rest, 10);
    expect(result.randstad.shareOfNationalPct.value).toBeCloseTo((result.randstad.fte.value / 1100) * 100, 10);
    const noCompare = await aggregate({ level: 'provincie', peildatum: NOW });
    expect(row(noCompare, 'PV22').growthVsNationalPctPoints.missingReason).toBe(
      'geen vergelijkingsdatum opgegeven (comparePeildatum)',
    );
  });

  it('aggregates demo deliveries at every level, by sector and organisation, labelled and apart from published figures', async () => {
    const organisation = await fixtures.organisation('Testdienst', 'zbo');
    const [assen] = await api.db.query(
      `SELECT code, corop_code, arbeidsmarktregio_code FROM region WHERE code = 'GM0106' ORDER BY year DESC LIMIT 1`,
    );
    const siteA = await fixtures.site('Kantoor A', 6.56, 52.99);
    const siteB = await fixtures.site('Kantoor B', 6.57, 53.0);
    const insert = `INSERT INTO fte_count (peildatum, scope, site_id, sector, organisation_id, fte, source_url, dataset) VALUES ('2024-01-01', 'locatie', $1, $2, $3, $4, $5, 'demo')`;
    await api.db.query(insert, [siteA, 'zbo', organisation, 30, FIXTURE_SOURCE]);
    await api.db.query(insert, [siteB, 'defensie', null, 12.5, FIXTURE_SOURCE]);
    const levels = [
      ['gemeente', 'GM0106'],
      ['corop', assen.corop_code],
      ['arbeidsmarktregio', assen.arbeidsmarktregio_code],
      ['provincie', 'PV22'],
    ];
    for (const [level, code] of levels) {
      const result = await aggregate({ level, peildatum: '2024-01-01', dataset: 'demo', codes: [code] });
      expect(result).toMatchObject({ dataset: 'demo', datasetLabel: 'fictieve voorbeelddata', isDemo: true });
      expect(row(result, code)).toMatchObject({ fte: { value: 42.5 }, basis: 'leveringen' });
    }
    const drenthe = row(
      await aggregate({ level: 'provincie', peildatum: '2024-01-01', dataset: 'demo', codes: ['PV22'] }),
      'PV22',
    );
    expect(drenthe.ftePer1000Inhabitants.value).toBeCloseTo(
      (42.5 / population().find((p) => p.code === 'PV22')!.inhabitants) * 1000,
      10,
    );
    const bySector = await aggregate({
      level: 'gemeente',
      peildatum: '2024-01-01',
      dataset: 'demo',
      sector: 'defensie',
      codes: ['GM0106'],
    });
    expect(row(bySector, 'GM0106').fte.value).toBe(12.5);
    const byOrganisation = await aggregate({
      level: 'provincie',
      peildatum: '2024-01-01',
      dataset: 'demo',
      organisationId: organisation,
      codes: ['PV22'],
    });
    expect(row(byOrganisation, 'PV22').fte.value).toBe(30);
    expect(byOrganisation.national.fte.missingReason).toBe('geen landelijk totaal per organisatie');
    const published = await aggregate({ level: 'gemeente', peildatum: '2024-01-01', codes: ['GM0106'] });
    expect(row(published, 'GM0106').fte).toEqual({ value: null, missingReason: 'geen gepubliceerd cijfer' });
  });

  it('serves the same figure on Region.fte as in fteAggregate, and single figures with filters', async () => {
    const data = await api.data(
      `{ region(code: "PV31") { fte(peildatum: "2023-01-01", sector: defensie) { fte { value } sources shareOfNationalPct { value } } } }`,
    );
    expect(data.region.fte.fte.value).toBe(
      provinceFigures().find((p) => p.code === 'PV31' && p.sector === 'defensie')!.fte,
    );
    const counts = await api.data(
      `{ fteCounts(filter: { scope: regio, regionCode: "PV31", peildatum: "2023-01-01" }, first: 20) { totalCount nodes { sector fte figure { value } sourceUrl region { name } } } }`,
    );
    expect(counts.fteCounts.totalCount).toBe(7);
    expect(counts.fteCounts.nodes.every((n: any) => n.region.name === 'Limburg')).toBe(true);
    const approximate = await api.data(
      `{ fteCounts(filter: { regionCode: "PV28", peildatum: "2022-01-01" }) { nodes { fte fteAsWritten figure { value missingReason } } } }`,
    );
    expect(approximate.fteCounts.nodes[0]).toEqual({
      fte: null,
      fteAsWritten: 'bijna 95.000',
      figure: { value: null, missingReason: 'alleen benadering gepubliceerd: bijna 95.000' },
    });
    const dates = await api.data(`{ peildatums }`);
    expect(dates.peildatums).toEqual(expect.arrayContaining(['2024-01-01', '2023-01-01', '2022-01-01', '2021-01-01']));
    expect(dates.peildatums).toEqual([...dates.peildatums].sort().reverse());
  });

  it('lists per level only the dates on which a region of that level has a figure (the map opens on the newest)', async () => {
    const query = `query D($level: RegionKind) { all: peildatums(dataset: gepubliceerd) atLevel: peildatums(dataset: gepubliceerd, level: $level) }`;
    for (const level of ['provincie', 'corop']) {
      const { all, atLevel } = (await api.data(query, { level })) as { all: string[]; atLevel: string[] };
      expect(atLevel.every((d) => all.includes(d))).toBe(true);
      for (const peildatum of all) {
        const result = await aggregate({ level, peildatum });
        const hasFigure = result.regions.some((r: any) => r.fte.value !== null);
        expect(atLevel.includes(peildatum), `${level} ${peildatum}`).toBe(hasFigure);
      }
      // The fixtures give provinces figures on THEN and NOW, COROP-gebieden none.
      expect(atLevel.includes(NOW)).toBe(level === 'provincie');
    }
  });

  it('refuses unknown region codes, codes of another level and impossible dates with typed errors', async () => {
    const unknown = await api.gql(AGGREGATE, { level: 'provincie', peildatum: '2024-01-01', codes: ['PV99'] });
    expect(unknown.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'codes' });
    expect(unknown.errors![0]!.message).toMatch(/PV99/);
    const wrongLevel = await api.gql(AGGREGATE, { level: 'provincie', peildatum: '2024-01-01', codes: ['GM0106'] });
    expect(wrongLevel.errors![0]!.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'codes' });
    const date = await api.gql(AGGREGATE, { level: 'provincie', peildatum: '2024-02-30' });
    expect(date.errors![0]!.extensions.code).toBe('BAD_USER_INPUT');
    expect(date.errors![0]!.message).toMatch(/Ongeldige datum/);
  });
});
