/**
 * Region figures as the map shows them — the same numbers in tiles, OGC API and exports as in
 * GraphQL's fteAggregate: this module calls the very same service (fte/fte-aggregate.service.ts)
 * with the same arguments (level, peildatum, dataset, sector, organisationId, comparePeildatum)
 * and only flattens its answer for a map layer or a table: one `value` for the chosen metric,
 * the reason when it is missing, and a status in words. It adds no arithmetic of its own.
 * A missing figure stays null (an absent tile attribute, an empty CSV cell), never 0.
 */
import type { Dataset, RegionKind, Sector } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import type { Figure } from '../common/figure.js';
import type { FteBasisValue, RegionFteFigures as RegionFteType } from './fte-aggregate.model.js';
import { fteAggregate } from './fte-aggregate.service.js';
import { peildatums } from './fte.queries.js';

/**
 * Metric → the field of GraphQL's RegionFte it reads. The change metrics need comparePeildatum;
 * without it their value is missing with that reason.
 */
export const METRIC_FIELDS = {
  fte: (r: RegionFteType) => r.fte,
  fte_per_1000_inwoners: (r: RegionFteType) => r.ftePer1000Inhabitants,
  aandeel_nationaal: (r: RegionFteType) => r.shareOfNationalPct,
  verandering: (r: RegionFteType) => r.change.absolute,
  verandering_pct: (r: RegionFteType) => r.change.pct,
  groei_vs_landelijk: (r: RegionFteType) => r.growthVsNationalPctPoints,
} satisfies Record<string, (r: RegionFteType) => Figure>;

export const METRICS = [
  'fte',
  'fte_per_1000_inwoners',
  'aandeel_nationaal',
  'verandering',
  'verandering_pct',
  'groei_vs_landelijk',
] as const;
export type Metric = (typeof METRICS)[number];

export const STATUS = {
  published: 'gepubliceerd cijfer',
  demo: 'fictieve voorbeelddata',
  approximation: 'benadering (alleen in woorden gepubliceerd)',
  deliveries: 'som van leveringen',
  missing: 'geen gepubliceerd cijfer',
} as const;

export const DATASET_LABEL: Record<Dataset, string> = {
  gepubliceerd: 'gepubliceerde cijfers',
  demo: 'fictieve voorbeelddata',
};

export interface FigureQuery {
  level: RegionKind;
  dataset: Dataset;
  /** Absent: the newest reference date that has any figure in the dataset. */
  peildatum?: string;
  sector?: Sector;
  /** One organisation's figures (its deliveries); absent = all organisations. */
  organisationId?: number;
  /** Earlier reference date for the change metrics. */
  comparePeildatum?: string;
  metric?: Metric;
}

export interface RegionFigure {
  code: string;
  name: string;
  fte: number | null;
  /** The chosen metric's value; null whenever fte (or the population or national total) is missing. */
  value: number | null;
  /** Why value is missing (the aggregate's missingReason); null when there is a value. */
  valueMissingReason: string | null;
  /** Precision and words of a value taken from a published statement (a change without levels); else null. */
  valuePrecision: string | null;
  valueAsWritten: string | null;
  status: string;
  basis: FteBasisValue | null;
  fteAsWritten: string | null;
  sources: string[];
}

export interface RegionFigures {
  level: RegionKind;
  dataset: Dataset;
  peildatum: string;
  sector: Sector | null;
  organisationId: number | null;
  comparePeildatum: string | null;
  metric: Metric;
  figures: RegionFigure[];
}

export async function regionFigures(db: Queryable, query: FigureQuery): Promise<RegionFigures> {
  const peildatum =
    query.peildatum ?? (await peildatums(db, query.dataset))[0] ?? `${new Date().getUTCFullYear()}-01-01`;
  const metric = query.metric ?? 'fte';
  const aggregate = await fteAggregate(db, {
    level: query.level,
    peildatum,
    dataset: query.dataset,
    sector: query.sector ?? null,
    organisationId: query.organisationId ?? null,
    comparePeildatum: query.comparePeildatum ?? null,
  });
  const figures = aggregate.regions.map((region) => {
    const value = METRIC_FIELDS[metric](region);
    return {
      code: region.code,
      name: region.name,
      fte: region.fte.value,
      value: value.value,
      valueMissingReason: value.missingReason,
      valuePrecision: value.precision ?? null,
      valueAsWritten: value.asWritten ?? null,
      status: statusOf(region, query.dataset),
      basis: region.basis,
      fteAsWritten: region.asWritten,
      sources: region.sources,
    };
  });
  return {
    level: query.level,
    dataset: query.dataset,
    peildatum,
    sector: aggregate.sector,
    organisationId: aggregate.organisationId,
    comparePeildatum: aggregate.comparePeildatum,
    metric,
    figures,
  };
}

function statusOf(region: RegionFteType, dataset: Dataset): string {
  if (region.basis === 'leveringen') return STATUS.deliveries;
  if (region.basis === 'regiocijfer')
    return region.fte.value === null ? STATUS.approximation : dataset === 'demo' ? STATUS.demo : STATUS.published;
  return STATUS.missing;
}
