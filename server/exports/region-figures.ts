/**
 * Region figures as the map shows them — the same numbers in tiles, OGC API and exports.
 * The fte comes from the core aggregation (fteByRegion); this module only adds what a map
 * layer needs around it: the default reference date, a derived metric, and a status in words.
 * A missing figure stays null (an absent tile attribute, an empty CSV cell), never 0.
 */
import type { Dataset, RegionKind, Sector } from '../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { fteByRegion, nationalFte, peildatums, type RegionFte } from '../fte/fte.queries.js';
import { populationByRegion } from './exports.queries.js';

export const METRICS = ['fte', 'fte_per_1000_inwoners', 'aandeel_nationaal'] as const;
export type Metric = (typeof METRICS)[number];

export const STATUS = {
  published: 'gepubliceerd cijfer',
  demo: 'fictieve voorbeelddata',
  approximation: 'benadering (alleen in woorden gepubliceerd)',
  deliveries: 'som van leveringen',
  missing: 'geen gepubliceerd cijfer',
} as const;

export const DATASET_LABEL: Record<Dataset, string> = { gepubliceerd: 'gepubliceerde cijfers', demo: 'fictieve voorbeelddata' };

export interface FigureQuery {
  level: RegionKind;
  dataset: Dataset;
  /** Absent: the newest reference date that has any figure in the dataset. */
  peildatum?: string;
  sector?: Sector;
  metric?: Metric;
}

export interface RegionFigure {
  code: string;
  name: string;
  fte: number | null;
  /** The chosen metric's value; null whenever fte (or the population or national total) is missing. */
  value: number | null;
  status: string;
  basis: RegionFte['basis'];
  fteAsWritten: string | null;
  sources: string[];
}

export interface RegionFigures {
  level: RegionKind;
  dataset: Dataset;
  peildatum: string;
  sector: Sector | null;
  metric: Metric;
  figures: RegionFigure[];
}

export async function regionFigures(db: Queryable, query: FigureQuery): Promise<RegionFigures> {
  const peildatum = query.peildatum ?? (await peildatums(db, query.dataset))[0] ?? `${new Date().getUTCFullYear()}-01-01`;
  const metric = query.metric ?? 'fte';
  const sector = query.sector ?? null;
  const rows = await fteByRegion(db, { level: query.level, peildatum, dataset: query.dataset, sector });
  const divide = await divisorFor(db, { metric, peildatum, dataset: query.dataset, sector, codes: rows.map((r) => r.code) });
  const figures = rows.map((row) => ({
    code: row.code,
    name: row.name,
    fte: row.fte,
    value: divide(row),
    status: statusOf(row, query.dataset),
    basis: row.basis,
    fteAsWritten: row.asWritten,
    sources: row.sources,
  }));
  return { level: query.level, dataset: query.dataset, peildatum, sector, metric, figures };
}

function statusOf(row: RegionFte, dataset: Dataset): string {
  if (row.basis === 'leveringen') return STATUS.deliveries;
  if (row.basis === 'regiocijfer') return row.fte === null ? STATUS.approximation : dataset === 'demo' ? STATUS.demo : STATUS.published;
  return STATUS.missing;
}

/** fte → metric value; a missing denominator gives null, as a missing figure does. */
async function divisorFor(
  db: Queryable,
  input: { metric: Metric; peildatum: string; dataset: Dataset; sector: Sector | null; codes: string[] },
): Promise<(row: RegionFte) => number | null> {
  if (input.metric === 'fte') return (row) => row.fte;
  if (input.metric === 'aandeel_nationaal') {
    const national = await nationalFte(db, input.peildatum, input.dataset, input.sector);
    return (row) => (row.fte === null || !national.fte ? null : round(((row.fte / national.fte) * 100), 2));
  }
  const population = await populationByRegion(db, input.codes, input.peildatum);
  return (row) => {
    const inhabitants = population.get(row.code);
    return row.fte === null || !inhabitants ? null : round((row.fte / inhabitants) * 1000, 3);
  };
}

function round(value: number, digits: number): number {
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}
