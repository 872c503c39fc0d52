/**
 * Published fte levels from seeds/published: national totals per reference date and the
 * province figures that were published, each with its source. Where the source gave only an
 * approximation, fte stays NULL and the words are kept. Rows without a reference date never
 * get here (they live in context.csv / published_context).
 */
import type { EntityManager } from 'typeorm';
import type { SeedStep } from '../tables/seed-step.js';
import { orNull, readSeedCsv, sectorOrNull } from '../tables/seed-csv.js';

interface PublishedFteRow {
  peildatum: string;
  peildatum_basis: string;
  scope: 'nationaal' | 'regio';
  region_code: string | null;
  sector: string | null;
  fte: string | null;
  fte_as_written: string | null;
  source_url: string;
  source_title: string | null;
  note: string | null;
}

export function readPublishedFte(nationalFile: string, provinceFile: string): PublishedFteRow[] {
  const national = readSeedCsv(nationalFile, [
    'peildatum',
    'peildatum_basis',
    'fte',
    'fte_as_written',
    'source_url',
  ]).map(({ values: v }) => ({
    peildatum: v.peildatum!,
    peildatum_basis: v.peildatum_basis!,
    scope: 'nationaal' as const,
    region_code: null,
    sector: sectorOrNull(v.sector),
    fte: orNull(v.fte),
    fte_as_written: orNull(v.fte_as_written),
    source_url: v.source_url!,
    source_title: orNull(v.source_title),
    note: orNull(v.note),
  }));
  const provinces = readSeedCsv(provinceFile, [
    'peildatum',
    'peildatum_basis',
    'statcode',
    'sector',
    'fte',
    'fte_as_written',
    'source_url',
  ]).map(({ values: v }) => ({
    peildatum: v.peildatum!,
    peildatum_basis: v.peildatum_basis!,
    scope: 'regio' as const,
    region_code: v.statcode!,
    sector: sectorOrNull(v.sector),
    fte: orNull(v.fte),
    fte_as_written: orNull(v.fte_as_written),
    source_url: v.source_url!,
    source_title: null,
    note: orNull(v.note),
  }));
  return [...national, ...provinces];
}

export async function writePublishedFte(
  manager: EntityManager,
  rows: PublishedFteRow[],
  importId: number,
): Promise<number> {
  await manager.query(
    `INSERT INTO fte_count (peildatum, peildatum_basis, scope, region_code, sector, fte, fte_as_written, source_url, source_title, note, dataset, import_id)
     SELECT r.peildatum, r.peildatum_basis, r.scope, r.region_code, r.sector, r.fte, r.fte_as_written, r.source_url, r.source_title, r.note, 'gepubliceerd', $2
       FROM jsonb_to_recordset($1::jsonb) AS r(peildatum date, peildatum_basis text, scope text, region_code text, sector text,
            fte numeric, fte_as_written text, source_url text, source_title text, note text)
     ON CONFLICT ON CONSTRAINT uq_fte_cell DO UPDATE
       SET peildatum_basis = EXCLUDED.peildatum_basis, fte = EXCLUDED.fte, fte_as_written = EXCLUDED.fte_as_written,
           source_url = EXCLUDED.source_url, source_title = EXCLUDED.source_title, note = EXCLUDED.note, import_id = EXCLUDED.import_id`,
    [JSON.stringify(rows), importId],
  );
  return rows.length;
}

export function publishedFteStep(nationalFile: string, provinceFile: string): SeedStep {
  return {
    kind: 'seed:fte-gepubliceerd',
    files: [nationalFile, provinceFile],
    clear: (manager, ids) =>
      manager
        .query(`DELETE FROM fte_count WHERE dataset = 'gepubliceerd' AND import_id = ANY($1::int[])`, [ids])
        .then(() => undefined),
    load: (manager, importId) => writePublishedFte(manager, readPublishedFte(nationalFile, provinceFile), importId),
  };
}
