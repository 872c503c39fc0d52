/**
 * Growth of a region (or the country) between two reference dates: computed from the two levels
 * when both are known (exact), otherwise the published statement for exactly that period, with
 * its precision (statements/published-statement.ts): a percentage ("3,5 procent", afgerond), words
 * ("rond 2 procent", benadering) or only a direction ("afname"). `interval` is what the growth in
 * percent is compatible with, so comparisons can be made at the precision the figure allows.
 */
import type { Precision } from '../../common/domain.js';
import type { Interval } from '../statements/statement-precision.service.js';
import { growthStatement, type PublishedStatement } from '../statements/published-statement.model.js';
import type { ProvinceSnapshot } from './snapshot.js';
import { percent } from './snapshot.js';

export interface Growth {
  fte: number | null;
  percent: number | null;
  basis: 'berekend' | 'gepubliceerd' | 'ontbreekt';
  sources: string[];
  /** Published wording kept for the explanation when it has no number. */
  asWritten: string | null;
  precision: Precision | null;
  /** Growth in percent compatible with the figure; null when nothing is known. */
  interval: Interval | null;
  /** The published statement the growth comes from (basis gepubliceerd). */
  statement: PublishedStatement | null;
}

export const NO_GROWTH: Growth = {
  fte: null,
  percent: null,
  basis: 'ontbreekt',
  sources: [],
  asWritten: null,
  precision: null,
  interval: null,
  statement: null,
};

export function growthFromLevels(from: number | null, to: number | null, sources: string[]): Growth | null {
  if (from === null || to === null || from === 0) return null;
  const pct = percent(to - from, from);
  return {
    fte: to - from,
    percent: pct,
    basis: 'berekend',
    sources: [...new Set(sources)].sort(),
    asWritten: null,
    precision: 'exact',
    interval: { low: pct, high: pct },
    statement: null,
  };
}

export function growthFromPublished(rows: PublishedStatement[], regionCode: string | null): Growth | null {
  const found = growthStatement(rows, regionCode);
  if (!found) return null;
  const s = found.statement;
  const isPercent = s.unit === 'procent';
  return {
    fte: found.fte,
    percent: isPercent ? s.value : null,
    basis: 'gepubliceerd',
    sources: [s.sourceUrl],
    asWritten: s.asWritten,
    precision: s.precision,
    interval: found.percent,
    statement: s,
  };
}

/** Levels first (they are exact), published change second. */
export function provinceGrowth(
  code: string,
  from: ProvinceSnapshot,
  to: ProvinceSnapshot,
  published: PublishedStatement[],
): Growth {
  const a = from.provinces.get(code);
  const b = to.provinces.get(code);
  return (
    growthFromLevels(a?.fte ?? null, b?.fte ?? null, [...(a?.sources ?? []), ...(b?.sources ?? [])]) ??
    growthFromPublished(published, code) ??
    NO_GROWTH
  );
}

export function nationalGrowthOf(
  from: ProvinceSnapshot,
  to: ProvinceSnapshot,
  published: PublishedStatement[],
): Growth {
  return (
    growthFromLevels(from.national, to.national, [...from.nationalSources, ...to.nationalSources]) ??
    growthFromPublished(published, null) ??
    NO_GROWTH
  );
}
