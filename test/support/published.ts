/**
 * Published figures from the shared data folder (../shared/data), read as test fixtures with
 * their source URLs: national totals 1-1-2021..2024, province figures and CBS population.
 * Inserted with ON CONFLICT DO NOTHING, so a database the seeds already filled keeps its rows
 * (the same published numbers); only rows inserted here are removed again.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import type { DataSource } from 'typeorm';
import { sharedDataDir } from './backends.js';

type Row = Record<string, string>;

function csv(name: string): Row[] {
  return parse(fs.readFileSync(path.join(sharedDataDir(), 'data', name), 'utf8'), {
    columns: true,
    skip_empty_lines: true,
  }) as Row[];
}

export interface PublishedTotal {
  peildatum: string;
  fte: number;
  asWritten: string;
  sourceUrl: string;
  sourceTitle: string;
}

/** The national totals with a stated peildatum: one per year, 2021–2024. */
export function nationalTotals(): PublishedTotal[] {
  return csv('rijkswerkgelegenheid_totaal.csv')
    .filter((r) => r.metric === 'totaal_fte' && r.peildatum_basis === 'stated' && r.peildatum)
    .map((r) => ({
      peildatum: r.peildatum!,
      fte: Number(r.value),
      asWritten: r.value_as_written!,
      sourceUrl: r.source_url!,
      sourceTitle: r.source_title!,
    }));
}

/** A national growth figure by metric, e.g. groei_fte_in_2023. */
export function nationalMetric(metric: string): number {
  const row = csv('rijkswerkgelegenheid_totaal.csv').find((r) => r.metric === metric && r.value !== '');
  if (!row) throw new Error(`metric ${metric} niet gevonden`);
  return Number(row.value);
}

export interface ProvinceFigure {
  peildatum: string;
  code: string;
  sector: string | null;
  fte: number | null;
  asWritten: string;
  sourceUrl: string;
}

export function provinceFigures(): ProvinceFigure[] {
  return csv('rijkswerkgelegenheid_provincie.csv')
    .filter((r) => r.peildatum)
    .map((r) => ({
      peildatum: r.peildatum!,
      code: r.statcode!,
      sector: r.sector === 'totaal' ? null : r.sector!,
      fte: r.fte ? Number(r.fte) : null,
      asWritten: r.fte_as_written!,
      sourceUrl: r.source_url!,
    }));
}

export function population(): { code: string; peildatum: string; inhabitants: number; sourceUrl: string }[] {
  return csv('bevolking_provincie.csv').map((r) => ({
    code: r.statcode!,
    peildatum: r.peildatum!,
    inhabitants: Number(r.inwoners),
    sourceUrl: r.source_url!,
  }));
}

/** Inserts the published figures; returns a function that removes exactly what it inserted. */
export async function insertPublished(db: DataSource): Promise<() => Promise<void>> {
  const fteIds: number[] = [];
  const populationIds: number[] = [];
  const insertFte = async (values: unknown[]) => {
    const rows: { id: number }[] = await db.query(
      `INSERT INTO fte_count (peildatum, peildatum_basis, scope, region_code, sector, fte, fte_as_written, source_url, source_title, dataset)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, 'gepubliceerd') ON CONFLICT ON CONSTRAINT uq_fte_cell DO NOTHING RETURNING id`,
      values,
    );
    fteIds.push(...rows.map((r) => r.id));
  };
  for (const t of nationalTotals())
    await insertFte([t.peildatum, 'stated', 'nationaal', null, null, t.fte, t.asWritten, t.sourceUrl, t.sourceTitle]);
  for (const p of provinceFigures())
    await insertFte([p.peildatum, 'inferred', 'regio', p.code, p.sector, p.fte, p.asWritten, p.sourceUrl, null]);
  for (const p of population()) {
    const rows: { id: number }[] = await db.query(
      `INSERT INTO population (region_code, peildatum, inhabitants, source_url) VALUES ($1, $2, $3, $4) ON CONFLICT ON CONSTRAINT uq_population DO NOTHING RETURNING id`,
      [p.code, p.peildatum, p.inhabitants, p.sourceUrl],
    );
    populationIds.push(...rows.map((r) => r.id));
  }
  return async () => {
    await db.query(`DELETE FROM fte_count WHERE id = ANY($1::int[])`, [fteIds]);
    await db.query(`DELETE FROM population WHERE id = ANY($1::int[])`, [populationIds]);
  };
}
