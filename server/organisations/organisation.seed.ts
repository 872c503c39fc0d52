/**
 * Organisations named as users of rijkskantoren, with their sector only where it is evident
 * (seeds/organisations.csv, column basis says why; see seeds/README.md). Upserted by name, then
 * parents linked. Never deleted on reseed: deliveries may point at them.
 */
import type { Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { queryRows, sql } from '../common/sql.js';
import type { SeedStep } from '../tables/seed-step.js';
import { orNull, readSeedCsv } from '../tables/seed-csv.js';

export function organisationStep(file: string): SeedStep {
  return {
    kind: 'seed:organisaties',
    files: [file],
    async load(manager, importId) {
      const rows = readSeedCsv(file, ['name', 'abbreviation', 'sector', 'parent', 'basis']).map(({ values: v }) => ({
        name: v.name,
        abbreviation: orNull(v.abbreviation),
        sector: v.sector,
        parent: orNull(v.parent),
        source: `${v.basis} — ${v.source_url}`,
      }));
      await manager.query(
        `INSERT INTO organisation (name, abbreviation, sector, source, dataset, import_id)
         SELECT o.name, o.abbreviation, o.sector, o.source, 'gepubliceerd', $2 FROM jsonb_to_recordset($1::jsonb) AS o(name text, abbreviation text, sector text, source text)
         ON CONFLICT (name) DO UPDATE SET abbreviation = EXCLUDED.abbreviation, sector = EXCLUDED.sector, source = EXCLUDED.source, import_id = EXCLUDED.import_id`,
        [JSON.stringify(rows), importId],
      );
      await manager.query(
        `UPDATE organisation child SET parent_id = parent.id
           FROM jsonb_to_recordset($1::jsonb) AS o(name text, parent text), organisation parent
          WHERE child.name = o.name AND parent.name = o.parent`,
        [JSON.stringify(rows)],
      );
      return rows.length;
    },
  };
}

/**
 * Finds organisations by name, abbreviation or an alias as written in a source
 * ("IND (hoofdkantoor en loket)"). Unknown names return null; callers report them.
 * For published data only published organisations are known: never a fictional one (issue 14).
 */
export async function loadOrganisationMatcher(
  db: Queryable,
  aliasFile?: string,
  dataset?: Dataset,
): Promise<(text: string) => number | null> {
  const publishedOnly = dataset === 'gepubliceerd' ? sql` WHERE dataset = 'gepubliceerd'` : sql.blank;
  const rows = await queryRows<{ id: number; name: string; abbreviation: string | null }>(
    db,
    sql`SELECT id, name, abbreviation FROM organisation${publishedOnly}`,
  );
  const byKey = new Map<string, number>();
  for (const r of rows) {
    byKey.set(r.name.toLowerCase(), r.id);
    if (r.abbreviation) byKey.set(r.abbreviation.toLowerCase(), r.id);
  }
  if (aliasFile) {
    for (const { values: v } of readSeedCsv(aliasFile, ['name', 'aliases'])) {
      const id = byKey.get(v.name!.toLowerCase());
      for (const alias of (v.aliases ?? '').split('|').filter(Boolean))
        if (id) byKey.set(alias.trim().toLowerCase(), id);
    }
  }
  return (text) => byKey.get(text.trim().toLowerCase()) ?? null;
}
