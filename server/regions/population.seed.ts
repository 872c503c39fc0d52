/** CBS population per province (and NL01 for the country) from seeds/published/population.csv. */
import type { SeedStep } from '../tables/seed-step.js';
import { orNull, readSeedCsv } from '../tables/seed-csv.js';

export function populationStep(file: string): SeedStep {
  return {
    kind: 'seed:bevolking',
    files: [file],
    clear: (manager, ids) =>
      manager.query('DELETE FROM population WHERE import_id = ANY($1::int[])', [ids]).then(() => undefined),
    async load(manager, importId) {
      const rows = readSeedCsv(file, ['peildatum', 'statcode', 'inwoners', 'source_url']).map(({ values: v }) => ({
        region_code: v.statcode,
        peildatum: v.peildatum,
        inhabitants: Number(v.inwoners),
        source_url: v.source_url,
        note: orNull(v.note),
      }));
      await manager.query(
        `INSERT INTO population (region_code, peildatum, inhabitants, source_url, note, import_id)
         SELECT r.region_code, r.peildatum, r.inhabitants, r.source_url, r.note, $2
           FROM jsonb_to_recordset($1::jsonb) AS r(region_code text, peildatum date, inhabitants int, source_url text, note text)
         ON CONFLICT ON CONSTRAINT uq_population DO UPDATE
           SET inhabitants = EXCLUDED.inhabitants, source_url = EXCLUDED.source_url, note = EXCLUDED.note, import_id = EXCLUDED.import_id`,
        [JSON.stringify(rows), importId],
      );
      return rows.length;
    },
  };
}
