/**
 * Makes sure the published facts the analysis tests compute on are in the database: read from
 * the shared data files (with their source URLs) and inserted only where the seed loader has not
 * already put the same cell. Nothing here is made up; it is the same data the seeds transcribe.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { sharedDataDir } from './backends.js';

type Row = Record<string, string>;

function read(file: string): Row[] {
  return parse(fs.readFileSync(path.join(sharedDataDir(), 'data', file), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Row[];
}

const sectorOf = (s: string) => (s === 'totaal' || s === '' ? null : s);

export async function ensurePublishedFacts(db: DataSource): Promise<void> {
  for (const r of read('rijkswerkgelegenheid_totaal.csv').filter(
    (r) => r.metric === 'totaal_fte' && r.peildatum_basis === 'stated',
  )) {
    await db.query(
      `INSERT INTO fte_count (peildatum, peildatum_basis, scope, fte, fte_as_written, source_url, source_title)
       VALUES ($1, 'stated', 'nationaal', $2, $3, $4, $5) ON CONFLICT ON CONSTRAINT uq_fte_cell DO NOTHING`,
      [r.peildatum, r.value, r.value_as_written, r.source_url, r.source_title],
    );
  }
  for (const r of read('rijkswerkgelegenheid_provincie.csv').filter((r) => r.peildatum !== '')) {
    await db.query(
      `INSERT INTO fte_count (peildatum, peildatum_basis, scope, region_code, sector, fte, fte_as_written, source_url)
       VALUES ($1, $2, 'regio', $3, $4, $5, $6, $7) ON CONFLICT ON CONSTRAINT uq_fte_cell DO NOTHING`,
      [
        r.peildatum,
        r.peildatum_basis,
        r.statcode,
        sectorOf(r.sector!),
        r.fte === '' ? null : r.fte,
        r.fte_as_written,
        r.source_url,
      ],
    );
  }
  for (const r of read('rijkswerkgelegenheid_provincie_ontwikkeling.csv').filter(
    (r) => r.periode_van !== '' && r.statcode !== '',
  )) {
    await db.query(
      `INSERT INTO published_change (period_from, period_to, period_basis, region_code, region_label, sector, metric, value, value_as_written, unit, source_url)
       SELECT $1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11
        WHERE NOT EXISTS (SELECT 1 FROM published_change WHERE period_from = $1 AND period_to = $2 AND region_code = $4 AND metric = $7 AND sector IS NOT DISTINCT FROM $6)`,
      [
        r.periode_van,
        r.periode_tot,
        r.periode_basis,
        r.statcode,
        r.provincie,
        sectorOf(r.sector!),
        r.metric,
        r.value === '' ? null : r.value,
        r.value_as_written,
        r.unit || 'onbekend',
        r.source_url,
      ],
    );
  }
  for (const r of read('bevolking_provincie.csv')) {
    await db.query(
      `INSERT INTO population (region_code, peildatum, inhabitants, source_url) VALUES ($1, $2, $3, $4) ON CONFLICT ON CONSTRAINT uq_population DO NOTHING`,
      [r.statcode, r.peildatum, r.inwoners, r.source_url],
    );
  }
}
