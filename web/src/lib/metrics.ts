/**
 * Picks the chosen metric from the server's figures (fteAggregate computes share, density,
 * change and growth; the web app never recomputes them), pure and shared by map, legend and
 * table. A missing figure stays missing and carries its reason.
 */
import { graphql } from '../gql/index.js';
import type { MetricRowFragment } from '../gql/graphql.js';
import { needsCompare, type Metric } from '../state/view.js';

/**
 * The fields of one region's figures that the map, legend, table and panel read; the route's
 * fteAggregate query spreads it (features/choropleth/figures.ts).
 */
export const METRIC_ROW = graphql(`
  fragment MetricRow on RegionFte {
    code name basis asWritten sources
    fte { value missingReason }
    shareOfNationalPct { value missingReason }
    ftePer1000Inhabitants { value missingReason }
    change { absolute { value missingReason } pct { value missingReason } }
    growthVsNationalPctPoints { value missingReason }
  }
`);

export type AggregateRow = MetricRowFragment;
/** A figure that can be missing, as the API gives it: never 0 for missing. */
export type Figure = AggregateRow['fte'];

export interface MetricValue {
  code: string;
  name: string;
  value: number | null;
  fte: number | null;
  /** Why value is null, in Dutch, for the tooltip and the table. */
  missing: string | null;
  sources: string[];
}

export const NO_FIGURE = 'geen gepubliceerd cijfer';
export const NO_COMPARE = 'kies een vergelijkingsdatum';
export const LOADING = 'cijfers worden geladen';

export function figureFor(row: AggregateRow, metric: Metric): Figure {
  switch (metric) {
    case 'fte':
      return row.fte;
    case 'aandeel':
      return row.shareOfNationalPct;
    case 'per1000':
      return row.ftePer1000Inhabitants;
    case 'verandering':
      return row.change.absolute;
    case 'groei':
      return row.growthVsNationalPctPoints;
  }
}

export interface PickOptions {
  metric: Metric;
  /** Whether a comparison date is set (change metrics need one). */
  comparing: boolean;
}

/**
 * One value per region, in the order of `regions` (all regions of the level: those without any
 * row from the server are "geen gepubliceerd cijfer" too).
 */
export function pickMetric(
  regions: { code: string; name: string }[],
  rows: AggregateRow[] | null,
  options: PickOptions,
): MetricValue[] {
  if (rows === null)
    return regions.map(({ code, name }) => ({ code, name, value: null, fte: null, missing: LOADING, sources: [] }));
  const byCode = new Map(rows.map((r) => [r.code, r]));
  return regions.map(({ code, name }) => {
    const row = byCode.get(code);
    if (!row) return { code, name, value: null, fte: null, missing: NO_FIGURE, sources: [] };
    const fte = row.fte.value;
    if (needsCompare(options.metric) && !options.comparing)
      return { code, name, value: null, fte, missing: NO_COMPARE, sources: row.sources };
    const figure = figureFor(row, options.metric);
    const missing =
      figure.value === null
        ? (figure.missingReason ?? (row.asWritten ? `${NO_FIGURE} (alleen benadering: "${row.asWritten}")` : NO_FIGURE))
        : null;
    return { code, name, value: figure.value, fte, missing, sources: row.sources };
  });
}
