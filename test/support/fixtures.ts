/**
 * Fixture data for API tests, created with a unique tag per suite and backend and removed again.
 * Everything made here carries the one FIXTURE_SOURCE, so a leftover can never pass for data.
 * - `Fixtures` (class): sites and organisations one at a time, marked as demo data unless a test
 *   asks otherwise; removed by cleanup().
 * - `insertFixtures`: the fixed set the tiles, OGC and export suites share (sites, a masterplan
 *   project, fte figures on a reference date no real data uses); removed by remove().
 */
import type { DataSource } from 'typeorm';
import { createSite, type CreateSiteInput } from '../../server/sites/site.service.js';
import { insertSite } from '../../server/sites/site.queries.js';

export const FIXTURE_SOURCE = 'https://example.org/rijkspresentie-api-testfixture';

export class Fixtures {
  readonly siteIds: number[] = [];
  readonly organisationIds: number[] = [];
  readonly cleanupSql: { sql: string; params: unknown[] }[] = [];

  constructor(
    private readonly db: DataSource,
    readonly tag: string,
  ) {}

  name(label: string): string {
    return `${label} [${this.tag}]`;
  }

  async organisation(label: string, sector: string, parentId: number | null = null): Promise<number> {
    const [row] = await this.db.query(
      `INSERT INTO organisation (name, sector, parent_id, source) VALUES ($1, $2, $3, $4) RETURNING id`,
      [this.name(label), sector, parentId, FIXTURE_SOURCE],
    );
    this.organisationIds.push(row.id);
    return row.id;
  }

  async site(label: string, lon: number, lat: number, extra: Partial<CreateSiteInput> = {}): Promise<number> {
    const site = await createSite(
      this.db,
      {
        kind: 'rijkskantoor',
        name: this.name(label),
        city: `Testplaats ${this.tag}`,
        locationPrecision: 'adres',
        sourceUrl: FIXTURE_SOURCE,
        dataset: 'demo',
        ...extra,
        location: { type: 'Point', coordinates: [lon, lat] },
      },
      'test-fixture',
    );
    this.siteIds.push(site.id);
    return site.id;
  }

  /** Runs a statement at cleanup (in reverse order of registration). */
  onCleanup(sql: string, params: unknown[]): void {
    this.cleanupSql.push({ sql, params });
  }

  async cleanup(): Promise<void> {
    for (const { sql, params } of [...this.cleanupSql].reverse()) await this.db.query(sql, params);
    await this.db.query(
      `DELETE FROM fte_count WHERE source_url = $1 AND (site_id = ANY($2::int[]) OR organisation_id = ANY($3::int[]))`,
      [FIXTURE_SOURCE, this.siteIds, this.organisationIds],
    );
    await this.db.query(`DELETE FROM audit_entry WHERE entity = 'site' AND entity_id = ANY($1::text[])`, [
      this.siteIds.map(String),
    ]);
    await this.db.query(`DELETE FROM site WHERE id = ANY($1::int[])`, [this.siteIds]);
    await this.db.query(`DELETE FROM organisation WHERE id = ANY($1::int[])`, [this.organisationIds]);
  }
}

export interface FixtureSet {
  tag: string;
  /** The reference date of the fixture figures (unused by real data). */
  date: string;
  sites: { assen: number; zwolleRop: number; demo: number; utrecht: number };
  projects: { placed: number; unplaced: number };
  remove(): Promise<void>;
}

/**
 * Fixture figures on `date`: Drenthe 120 fte (published for the region), Zuid-Holland only in
 * words ("bijna 95.000"), the national total 1.000; demonstration deliveries at sites in Assen.
 * Sites: an office in Assen, a ROP in Zwolle, an office in Utrecht, one demonstration site.
 */
export async function insertFixtures(db: DataSource, tag: string, date: string): Promise<FixtureSet> {
  const site = async (name: string, lon: number, lat: number, extra: Record<string, unknown>) =>
    (
      await insertSite(db, {
        kind: 'rijkskantoor',
        name: `${tag} ${name}`,
        city: `${tag}-stad`,
        geometryJson: JSON.stringify({ type: 'Point', coordinates: [lon, lat] }),
        locationPrecision: 'adres',
        sourceUrl: FIXTURE_SOURCE,
        note: 'testfixture',
        ...extra,
      })
    ).id;
  const sites = {
    assen: await site('Kantoor Assen', 6.5623451234567, 52.9934561234567, {
      gemeenteCode: 'GM0106',
      address: 'Fixtureweg 1',
      grossFloorAreaM2: 1234.5,
      workplaces: 250,
      tenure: 'huur',
      inUseSince: '2017',
    }),
    zwolleRop: await site('ROP Zwolle', 6.0917, 52.5125, {
      kind: 'rijksontmoetingsplein',
      gemeenteCode: 'GM0193',
      ropStatus: 'open',
      ropOpenedOn: '2023-05',
      locationPrecision: 'gemeente',
    }),
    utrecht: await site('Kantoor Utrecht', 5.1106, 52.0894, { gemeenteCode: 'GM0344', workplaces: 900 }),
    demo: await site('Voorbeeldlocatie Emmen', 6.9068, 52.7858, {
      gemeenteCode: 'GM0114',
      dataset: 'demo',
      note: 'fictieve voorbeelddata',
    }),
  };
  const project = async (name: string, geom: boolean) =>
    (
      (await db.query(
        `INSERT INTO masterplan_project (masterplan, name, city, gemeente_code, geom, location_precision, kind, status, period, planned_workplaces, source_url)
       VALUES ($1, $2, 'Assen', 'GM0106', CASE WHEN $3 THEN ST_SetSRID(ST_MakePoint(6.56, 52.99), 4326) END, CASE WHEN $3 THEN 'gemeente' END, 'renovatie', 'in uitvoering', '2024-2028', 300, $4)
       RETURNING id`,
        [`${tag} masterplan`, `${tag} ${name}`, geom, FIXTURE_SOURCE],
      )) as { id: number }[]
    )[0]!.id;
  const projects = { placed: await project('Renovatie', true), unplaced: await project('Zonder plek', false) };
  const fte = (
    scope: string,
    region: string | null,
    value: number | null,
    written: string | null,
    dataset = 'gepubliceerd',
    siteId: number | null = null,
  ) =>
    db.query(
      `INSERT INTO fte_count (peildatum, scope, region_code, site_id, fte, fte_as_written, source_url, dataset) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [date, scope, region, siteId, value, written, FIXTURE_SOURCE, dataset],
    );
  await fte('nationaal', null, 1000, '1.000');
  await fte('regio', 'PV22', 120, '120');
  await fte('regio', 'PV28', null, 'bijna 95.000');
  await fte('locatie', null, 10.5, null, 'demo', sites.demo);
  return {
    tag,
    date,
    sites,
    projects,
    async remove() {
      await db.query(`DELETE FROM fte_count WHERE source_url = $1 AND peildatum = $2`, [FIXTURE_SOURCE, date]);
      await db.query(`DELETE FROM masterplan_project WHERE masterplan = $1`, [`${tag} masterplan`]);
      await db.query(`DELETE FROM site WHERE city = $1`, [`${tag}-stad`]);
    },
  };
}

/** The XYZ tile that holds a point (Web Mercator). */
export function tileOf(lon: number, lat: number, z: number): { z: number; x: number; y: number } {
  const n = 2 ** z;
  const rad = (lat * Math.PI) / 180;
  return {
    z,
    x: Math.floor(((lon + 180) / 360) * n),
    y: Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n),
  };
}
