/**
 * Derives the map's metrics from published figures, pure and shared by map, legend and table.
 * A figure that is missing stays missing: every null carries the reason the table shows.
 */
import type { Metric } from '../state/view.js';

export interface RegionFigure {
  code: string;
  name: string;
  /** null: no published figure, or only an approximation (see asWritten). */
  fte: number | null;
  asWritten: string | null;
  sources: string[];
}

export interface MetricInput {
  metric: Metric;
  current: RegionFigure[];
  /** Figures on the comparison date (needed for verandering and groei). */
  previous?: RegionFigure[] | null;
  nationalFte?: number | null;
  nationalPreviousFte?: number | null;
  /** Inhabitants per region code (needed for per1000). */
  population?: ReadonlyMap<string, number>;
}

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

export function computeMetric(input: MetricInput): MetricValue[] {
  const previous = new Map((input.previous ?? []).map((f) => [f.code, f]));
  return input.current.map((figure) => {
    const base = { code: figure.code, name: figure.name, fte: figure.fte };
    if (figure.fte === null) {
      const missing = figure.asWritten ? `${NO_FIGURE} (alleen benadering: "${figure.asWritten}")` : NO_FIGURE;
      return { ...base, value: null, missing, sources: figure.sources };
    }
    const before = previous.get(figure.code);
    const usesBefore = input.metric === 'verandering' || input.metric === 'groei';
    const sources = usesBefore ? [...new Set([...figure.sources, ...(before?.sources ?? [])])] : figure.sources;
    return { ...base, ...valueFor(input, figure, figure.fte, before), sources };
  });
}

function valueFor(input: MetricInput, figure: RegionFigure, fte: number, before: RegionFigure | undefined) {
  switch (input.metric) {
    case 'fte':
      return ok(fte);
    case 'aandeel':
      return input.nationalFte ? ok((fte / input.nationalFte) * 100) : absent('geen landelijk totaal op deze datum');
    case 'per1000': {
      const inhabitants = input.population?.get(figure.code);
      return inhabitants ? ok((fte / inhabitants) * 1000) : absent('geen inwonertal');
    }
    case 'verandering':
      return before?.fte != null ? ok(fte - before.fte) : absent(`${NO_FIGURE} op de vergelijkingsdatum`);
    case 'groei':
      return growthAgainstNational(input, fte, before);
  }
}

function growthAgainstNational(input: MetricInput, fte: number, before: RegionFigure | undefined) {
  if (before?.fte == null || before.fte === 0) return absent(`${NO_FIGURE} op de vergelijkingsdatum`);
  if (!input.nationalFte || !input.nationalPreviousFte) return absent('geen landelijk totaal op beide datums');
  const regional = (fte - before.fte) / before.fte;
  const national = (input.nationalFte - input.nationalPreviousFte) / input.nationalPreviousFte;
  return ok((regional - national) * 100);
}

function ok(value: number) {
  return { value, missing: null };
}

function absent(reason: string) {
  return { value: null, missing: reason };
}
