/**
 * Fixture data for API tests, created with a unique tag per suite and backend and removed again
 * by cleanup(). Sites and figures made here are marked: sites as dataset demo (fictieve
 * voorbeelddata) unless a test asks otherwise, figures with FIXTURE_SOURCE.
 */
import type { DataSource } from 'typeorm';
import { createSite, type CreateSiteInput } from '../../server/sites/site.service.js';

export const FIXTURE_SOURCE = 'https://example.org/rijkspresentie-api-testfixture';

export class Fixtures {
  readonly siteIds: number[] = [];
  readonly organisationIds: number[] = [];
  readonly cleanupSql: { sql: string; params: unknown[] }[] = [];

  constructor(private readonly db: DataSource, readonly tag: string) {}

  name(label: string): string {
    return `${label} [${this.tag}]`;
  }

  async organisation(label: string, sector: string, parentId: number | null = null): Promise<number> {
    const [row] = await this.db.query(`INSERT INTO organisation (name, sector, parent_id, source) VALUES ($1, $2, $3, $4) RETURNING id`, [this.name(label), sector, parentId, FIXTURE_SOURCE]);
    this.organisationIds.push(row.id);
    return row.id;
  }

  async site(label: string, lon: number, lat: number, extra: Partial<CreateSiteInput> = {}): Promise<number> {
    const site = await createSite(this.db, {
      kind: 'rijkskantoor', name: this.name(label), city: `Testplaats ${this.tag}`, locationPrecision: 'adres', sourceUrl: FIXTURE_SOURCE,
      dataset: 'demo', ...extra, location: { type: 'Point', coordinates: [lon, lat] },
    }, 'test-fixture');
    this.siteIds.push(site.id);
    return site.id;
  }

  /** Runs a statement at cleanup (in reverse order of registration). */
  onCleanup(sql: string, params: unknown[]): void {
    this.cleanupSql.push({ sql, params });
  }

  async cleanup(): Promise<void> {
    for (const { sql, params } of [...this.cleanupSql].reverse()) await this.db.query(sql, params);
    await this.db.query(`DELETE FROM fte_count WHERE source_url = $1 AND (site_id = ANY($2::int[]) OR organisation_id = ANY($3::int[]))`, [FIXTURE_SOURCE, this.siteIds, this.organisationIds]);
    await this.db.query(`DELETE FROM audit_entry WHERE entity = 'site' AND entity_id = ANY($1::text[])`, [this.siteIds.map(String)]);
    await this.db.query(`DELETE FROM site WHERE id = ANY($1::int[])`, [this.siteIds]);
    await this.db.query(`DELETE FROM organisation WHERE id = ANY($1::int[])`, [this.organisationIds]);
  }
}
