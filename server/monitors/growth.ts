/**
 * Growth of a region (or the country) between two reference dates: computed from the two levels
 * when both are known, otherwise taken from a published growth percentage for exactly that period.
 * Approximate published wording ("rond 2 procent") has no number and is not used as one.
 */
import type { PublishedChangeRow } from './monitor.queries.js';
import type { ProvinceSnapshot } from './snapshot.js';
import { percent } from './snapshot.js';

export interface Growth {
  fte: number | null;
  percent: number | null;
  basis: 'berekend' | 'gepubliceerd' | 'ontbreekt';
  sources: string[];
  /** Published wording kept for the explanation when it has no number. */
  asWritten: string | null;
}

export const NO_GROWTH: Growth = { fte: null, percent: null, basis: 'ontbreekt', sources: [], asWritten: null };

export function growthFromLevels(from: number | null, to: number | null, sources: string[]): Growth | null {
  if (from === null || to === null || from === 0) return null;
  return { fte: to - from, percent: percent(to - from, from), basis: 'berekend', sources: [...new Set(sources)].sort(), asWritten: null };
}

export function growthFromPublished(rows: PublishedChangeRow[], regionCode: string | null): Growth | null {
  const mine = rows.filter((r) => r.regionCode === regionCode);
  const pct = mine.find((r) => r.unit === 'procent' && /groei_procent$|^groei_procent|groei_procent_t|groei_procent_in/.test(r.metric) && !/ministeries|zbo|excl/.test(r.metric));
  const fte = mine.find((r) => r.unit === 'fte' && /groei|toename|afname|verandering/.test(r.metric));
  if (pct?.value != null) {
    return { fte: fte?.value ?? null, percent: pct.value, basis: 'gepubliceerd', sources: [pct.sourceUrl], asWritten: pct.valueAsWritten };
  }
  if (fte?.value != null) {
    return { fte: fte.value, percent: null, basis: 'gepubliceerd', sources: [fte.sourceUrl], asWritten: fte.valueAsWritten };
  }
  const words = mine.find((r) => r.value === null);
  return words ? { ...NO_GROWTH, asWritten: words.valueAsWritten, sources: [words.sourceUrl] } : null;
}

/** Levels first (they are exact), published change second. */
export function provinceGrowth(code: string, from: ProvinceSnapshot, to: ProvinceSnapshot, published: PublishedChangeRow[]): Growth {
  const a = from.provinces.get(code);
  const b = to.provinces.get(code);
  return (
    growthFromLevels(a?.fte ?? null, b?.fte ?? null, [...(a?.sources ?? []), ...(b?.sources ?? [])]) ??
    growthFromPublished(published, code) ??
    NO_GROWTH
  );
}

export function nationalGrowthOf(from: ProvinceSnapshot, to: ProvinceSnapshot, published: PublishedChangeRow[]): Growth {
  return growthFromLevels(from.national, to.national, [...from.nationalSources, ...to.nationalSources]) ?? growthFromPublished(published, null) ?? NO_GROWTH;
}
