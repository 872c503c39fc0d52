/**
 * The fte figures of the exports (/export/fte.csv, /export/fte.geojson) and of the OGC region
 * collections come from the same service as GraphQL's fteAggregate: for the same arguments
 * (level, peildatum, dataset, sector, organisationId, comparePeildatum) and every metric, each
 * region's fte, value and the reason a value is missing are exactly GraphQL's numbers.
 * Fixture figures on two reference dates no other suite uses, on both backends.
 */
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { METRICS, type Metric } from '../../server/fte/region-figures.service.js';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';

const THEN = '2093-01-01';
const NOW = '2094-01-01';
const SOURCE = 'https://example.org/rijkspresentie-exports-aggregate-fixture';

interface Fig {
  value: number | null;
  missingReason: string | null;
}
interface GqlRegion {
  code: string;
  name: string;
  basis: string | null;
  asWritten: string | null;
  sources: string[];
  fte: Fig;
  ftePer1000Inhabitants: Fig;
  shareOfNationalPct: Fig;
  change: { absolute: Fig; pct: Fig };
  growthVsNationalPctPoints: Fig;
}

const AGGREGATE = `query($level: RegionKind!, $peildatum: LocalDate, $sector: Sector, $organisationId: Int, $comparePeildatum: LocalDate) {
  fteAggregate(level: $level, peildatum: $peildatum, sector: $sector, organisationId: $organisationId, comparePeildatum: $comparePeildatum) {
    regions { code name basis asWritten sources
      fte { value missingReason } ftePer1000Inhabitants { value missingReason } shareOfNationalPct { value missingReason }
      change { absolute { value missingReason } pct { value missingReason } } growthVsNationalPctPoints { value missingReason } }
  }
}`;

/** What each metric reads in GraphQL's answer. */
const FIELD: Record<Metric, (r: GqlRegion) => Fig> = {
  fte: (r) => r.fte,
  fte_per_1000_inwoners: (r) => r.ftePer1000Inhabitants,
  aandeel_nationaal: (r) => r.shareOfNationalPct,
  verandering: (r) => r.change.absolute,
  verandering_pct: (r) => r.change.pct,
  groei_vs_landelijk: (r) => r.growthVsNationalPctPoints,
};

const COLLECTION = { provincie: 'provincies', gemeente: 'gemeenten' } as const;

interface Args {
  level: 'provincie' | 'gemeente';
  peildatum: string;
  sector?: string;
  organisationId?: number;
  comparePeildatum?: string;
}

describe.each(backends())('exports and OGC figures equal GraphQL fteAggregate on $name', (backend) => {
  let api: Api;
  let organisationId: number;
  const tag = `Aggregaat-export-${backend.name}`;

  beforeAll(async () => {
    api = await startApi(backend);
    const db = api.db;
    organisationId = (
      await db.query(`INSERT INTO organisation (name, sector) VALUES ($1, 'zbo') RETURNING id`, [`${tag} organisatie`])
    )[0].id;
    const site = async (name: string, gemeente: string, lon: number, lat: number) =>
      (
        await db.query(
          `INSERT INTO site (kind, name, city, gemeente_code, geom, location_precision, source_url) VALUES ('rijkskantoor', $1, $2, $3, ST_SetSRID(ST_MakePoint($4, $5), 4326), 'gemeente', $6) RETURNING id`,
          [`${tag} ${name}`, `${tag}-stad`, gemeente, lon, lat, SOURCE],
        )
      )[0].id as number;
    const assen = await site('Assen', 'GM0106', 6.56, 52.99);
    const zwolle = await site('Zwolle', 'GM0193', 6.09, 52.51);
    const fte = (
      peildatum: string,
      scope: string,
      region: string | null,
      value: number | null,
      o: { written?: string; sector?: string; organisation?: number; site?: number } = {},
    ) =>
      db.query(
        `INSERT INTO fte_count (peildatum, scope, region_code, site_id, sector, organisation_id, fte, fte_as_written, source_url) VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
        [
          peildatum,
          scope,
          region,
          o.site ?? null,
          o.sector ?? null,
          o.organisation ?? null,
          value,
          o.written ?? null,
          SOURCE,
        ],
      );
    // All sectors: national and four provinces (Zuid-Holland only in words now).
    await fte(THEN, 'nationaal', null, 1000);
    await fte(NOW, 'nationaal', null, 1100);
    for (const [code, then, now] of [
      ['PV22', 100, 130],
      ['PV21', 50, 50],
      ['PV23', 80, 88],
    ] as const) {
      await fte(THEN, 'regio', code, then);
      await fte(NOW, 'regio', code, now);
    }
    await fte(NOW, 'regio', 'PV28', null, { written: 'bijna 95.000' });
    // One sector.
    await fte(THEN, 'nationaal', null, 200, { sector: 'defensie' });
    await fte(NOW, 'nationaal', null, 180, { sector: 'defensie' });
    await fte(THEN, 'regio', 'PV22', 20, { sector: 'defensie' });
    await fte(NOW, 'regio', 'PV22', 25, { sector: 'defensie' });
    // One organisation's deliveries at sites.
    await fte(THEN, 'locatie', null, 10, { organisation: organisationId, site: assen, sector: 'zbo' });
    await fte(NOW, 'locatie', null, 15, { organisation: organisationId, site: assen, sector: 'zbo' });
    await fte(NOW, 'locatie', null, 7.5, { organisation: organisationId, site: zwolle, sector: 'zbo' });
    for (const [code, inhabitants] of [
      ['PV22', 500_000],
      ['PV21', 650_000],
      ['NL01', 18_000_000],
    ] as const) {
      await db.query(
        `INSERT INTO population (region_code, peildatum, inhabitants, source_url) VALUES ($1, $2, $3, $4)`,
        [code, NOW, inhabitants, SOURCE],
      );
    }
  });

  afterAll(async () => {
    await api?.db.query(`DELETE FROM fte_count WHERE source_url = $1`, [SOURCE]);
    await api?.db.query(`DELETE FROM population WHERE source_url = $1`, [SOURCE]);
    await api?.db.query(`DELETE FROM site WHERE source_url = $1`, [SOURCE]);
    await api?.db.query(`DELETE FROM organisation WHERE name = $1`, [`${tag} organisatie`]);
    await api?.close();
  });

  async function graphql(args: Args): Promise<GqlRegion[]> {
    return (await api.data<{ fteAggregate: { regions: GqlRegion[] } }>(AGGREGATE, { ...args })).fteAggregate.regions;
  }
  const queryString = (args: Args, metric: Metric, extra: Record<string, string> = {}) =>
    new URLSearchParams({
      ...Object.fromEntries(
        Object.entries(args)
          .filter(([k]) => k !== 'level')
          .map(([k, v]) => [k, String(v)]),
      ),
      metric,
      ...extra,
    }).toString();
  async function fetchOk(path: string): Promise<Response> {
    const res = await fetch(`${api.url}${path}`);
    expect(res.status, path).toBe(200);
    return res;
  }
  const csvNumber = (cell: string | undefined, dialect: 'standaard' | 'nl') =>
    cell === undefined || cell === '' ? null : Number(dialect === 'nl' ? cell.replace(',', '.') : cell);
  const empty = (text: string | null) => (text === null ? '' : text);

  /** Every region's numbers in the three REST answers against GraphQL's. Returns how many values were not null. */
  async function compare(args: Args, metric: Metric): Promise<number> {
    const expected = await graphql(args);
    expect(expected.length).toBeGreaterThan(0);
    const label = (where: string, code: string) => `${where} ${JSON.stringify(args)} ${metric} ${code}`;

    for (const dialect of ['standaard', 'nl'] as const) {
      const res = await fetchOk(
        `/export/fte.csv?level=${args.level}&${queryString(args, metric, dialect === 'nl' ? { dialect } : {})}`,
      );
      const rows = parse(await res.text(), {
        columns: true,
        bom: true,
        delimiter: dialect === 'nl' ? ';' : ',',
      }) as Record<string, string>[];
      const byCode = new Map(rows.map((r) => [r.code, r]));
      expect(rows.map((r) => r.code)).toEqual(expected.map((r) => r.code));
      for (const region of expected) {
        const row = byCode.get(region.code)!;
        expect(csvNumber(row.fte, dialect), label(`csv ${dialect} fte`, region.code)).toBe(region.fte.value);
        expect(csvNumber(row.value, dialect), label(`csv ${dialect} value`, region.code)).toBe(
          FIELD[metric](region).value,
        );
        expect(row.valueMissingReason, label('csv reason', region.code)).toBe(
          empty(FIELD[metric](region).missingReason),
        );
        expect(row.basis, label('csv basis', region.code)).toBe(empty(region.basis));
        expect(row.organisationId).toBe(args.organisationId === undefined ? '' : String(args.organisationId));
        expect(row.comparePeildatum).toBe(args.comparePeildatum ?? '');
        expect(row.sources ? row.sources.split('; ') : [], label('csv sources', region.code)).toEqual(region.sources);
      }
    }

    const paths = [
      `/export/fte.geojson?level=${args.level}&${queryString(args, metric)}`,
      `/ogc/collections/${COLLECTION[args.level]}/items?limit=1000&${queryString(args, metric)}`,
    ];
    for (const path of paths) {
      const doc = await (await fetchOk(path)).json();
      const byCode = new Map<string, Record<string, unknown>>(
        doc.features.map((f: { id: string; properties: Record<string, unknown> }) => [String(f.id), f.properties]),
      );
      expect(doc.features.length, path).toBe(expected.length);
      for (const region of expected) {
        const p = byCode.get(region.code)!;
        expect(p.fte, label(path, region.code)).toBe(region.fte.value);
        expect(p.value, label(path, region.code)).toBe(FIELD[metric](region).value);
        expect(p.valueMissingReason, label(path, region.code)).toBe(FIELD[metric](region).missingReason);
        expect(p.fteAsWritten, label(path, region.code)).toBe(region.asWritten);
        expect(p.sources, label(path, region.code)).toEqual(region.sources);
      }
    }
    return expected.filter((r) => FIELD[metric](r).value !== null).length;
  }

  it('matches for all sectors with a comparison date, every metric (and the figures are not all missing)', async () => {
    const args: Args = { level: 'provincie', peildatum: NOW, comparePeildatum: THEN };
    for (const metric of METRICS) expect(await compare(args, metric), metric).toBeGreaterThan(0);
    // The fixture's own arithmetic, so a shared mistake in both paths cannot hide.
    const drenthe = (await graphql(args)).find((r) => r.code === 'PV22')!;
    expect(drenthe.fte.value).toBe(130);
    expect(drenthe.change.absolute.value).toBe(30);
    expect(drenthe.ftePer1000Inhabitants.value).toBeCloseTo(0.26, 10);
  });

  it('matches for one sector', async () => {
    const args: Args = { level: 'provincie', peildatum: NOW, sector: 'defensie', comparePeildatum: THEN };
    for (const metric of METRICS) await compare(args, metric);
    expect((await graphql(args)).find((r) => r.code === 'PV22')!.change.absolute.value).toBe(5);
  });

  it('matches for one organisation, per province and per gemeente', async () => {
    for (const level of ['provincie', 'gemeente'] as const) {
      const args: Args = { level, peildatum: NOW, organisationId, comparePeildatum: THEN };
      for (const metric of METRICS) await compare(args, metric);
    }
    const provinces = await graphql({ level: 'provincie', peildatum: NOW, organisationId, comparePeildatum: THEN });
    expect(provinces.find((r) => r.code === 'PV22')!.fte.value).toBe(15);
    expect(provinces.find((r) => r.code === 'PV23')!.fte.value).toBe(7.5);
  });

  it('matches without a comparison date: change metrics are missing, with GraphQL’s reason', async () => {
    const args: Args = { level: 'provincie', peildatum: NOW };
    for (const metric of METRICS) await compare(args, metric);
    const res = await fetchOk(`/export/fte.csv?level=provincie&peildatum=${NOW}&metric=verandering`);
    const rows = parse(await res.text(), { columns: true }) as Record<string, string>[];
    expect(rows.find((r) => r.code === 'PV22')).toMatchObject({
      fte: '130',
      value: '',
      valueMissingReason: 'geen vergelijkingsdatum opgegeven (comparePeildatum)',
    });
  });

  it('refuses bad aggregate parameters with a typed 400', async () => {
    for (const [query, field] of [
      ['organisationId=abc', 'organisationId'],
      ['organisationId=0', 'organisationId'],
      ['comparePeildatum=2024-02-30', 'comparePeildatum'],
      ['metric=euro', 'metric'],
    ]) {
      for (const path of [
        `/export/fte.csv?${query}`,
        `/ogc/collections/provincies/items?${query}`,
        `/tiles/regions/7/66/42.mvt?${query}`,
      ]) {
        const res = await fetch(`${api.url}${path}`);
        expect(res.status, path).toBe(400);
        expect(await res.json(), path).toMatchObject({ code: 'BAD_USER_INPUT', field });
      }
    }
  });
});
