/**
 * A province snapshot: the national total and every province's fte on one reference date, for
 * one dataset, with the sources behind them and the provinces that have no figure. Monitors
 * and scenarios compute on snapshots, so "what is missing" is reported the same way everywhere.
 */
import type { Dataset, Sector } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { fteByRegion, nationalFte, type RegionFte } from '../fte/fte.queries.js';

export interface ProvinceSnapshot {
  peildatum: string;
  dataset: Dataset;
  /** National total; for demonstration data the sum of the provinces (its deliveries cover all). */
  national: number | null;
  nationalSources: string[];
  provinces: Map<string, RegionFte>;
  sources: string[];
}

export async function provinceSnapshot(
  db: Queryable,
  options: { peildatum: string; dataset: Dataset; sector?: Sector | null },
): Promise<ProvinceSnapshot> {
  const rows = await fteByRegion(db, {
    level: 'provincie',
    peildatum: options.peildatum,
    dataset: options.dataset,
    sector: options.sector ?? null,
  });
  const provinces = new Map(rows.map((row) => [row.code, row]));
  let national: number | null;
  let nationalSources: string[];
  if (options.dataset === 'gepubliceerd') {
    const total = await nationalFte(db, options.peildatum, 'gepubliceerd', options.sector ?? null);
    national = total.fte;
    nationalSources = total.sources;
  } else {
    national = rows.every((r) => r.fte === null) ? null : rows.reduce((sum, r) => sum + (r.fte ?? 0), 0);
    nationalSources = [...new Set(rows.flatMap((r) => r.sources))];
  }
  const sources = [...new Set([...rows.flatMap((r) => r.sources), ...nationalSources])].sort();
  return { peildatum: options.peildatum, dataset: options.dataset, national, nationalSources, provinces, sources };
}

/** Codes of the given provinces that have no usable figure in the snapshot. */
export function missingProvinces(snapshot: ProvinceSnapshot, codes: string[]): string[] {
  return codes.filter((code) => snapshot.provinces.get(code)?.fte == null);
}

/** Sum of the given provinces, or null when any of them is missing. */
export function sumProvinces(snapshot: ProvinceSnapshot, codes: string[]): number | null {
  if (missingProvinces(snapshot, codes).length > 0) return null;
  return codes.reduce((sum, code) => sum + (snapshot.provinces.get(code)!.fte ?? 0), 0);
}

export function provinceName(snapshot: ProvinceSnapshot, code: string): string {
  return snapshot.provinces.get(code)?.name ?? code;
}

export function percent(part: number, whole: number): number {
  return whole === 0 ? 0 : (part / whole) * 100;
}

export function round(value: number, decimals = 1): number {
  const f = 10 ** decimals;
  return Math.round(value * f) / f;
}
