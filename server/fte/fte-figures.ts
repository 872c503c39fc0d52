/**
 * Pure arithmetic on figures that may be missing. Every derived number (share, density, growth)
 * is missing when an input is missing, and says which input — so a gap is never shown as 0 and
 * never silently turns into a misleading ratio.
 */
import { PRECISION_LABELS, type Dataset, type Precision } from '../../common/domain.js';
import { compare, intervalOf, weaker, type Interval } from '../statements/statement-precision.service.js';
import type { GrowthStatement } from '../statements/published-statement.model.js';
import { known, missing, type Figure } from '../common/figure.js';
import type { FteChange } from './fte-aggregate.model.js';
import { approximationOnly, noFigure, REASONS } from './fte-reasons.model.js';

/** A figure from the aggregation: a number, words only (approximation), or nothing. */
export function fteFigure(fte: number | null, asWritten: string | null, dataset: Dataset): Figure {
  if (fte !== null) return known(fte);
  return missing(asWritten ? approximationOnly(asWritten) : noFigure(dataset));
}

export function sharePct(part: Figure, whole: Figure): Figure {
  if (part.value === null) return missing(part.missingReason!);
  if (whole.value === null) return missing(whole.missingReason!);
  if (whole.value === 0) return missing(REASONS.nationalZero);
  return known((part.value / whole.value) * 100);
}

export function per1000(fte: Figure, inhabitants: number | null, peildatum: string): Figure {
  if (fte.value === null) return missing(fte.missingReason!);
  if (!inhabitants) return missing(REASONS.noPopulation(peildatum));
  return known((fte.value / inhabitants) * 1000);
}

/** Change since the comparison date; `previous` is undefined when no comparison was asked. */
export function changeOf(current: Figure, previous: Figure | undefined): FteChange {
  if (!previous) {
    const none = missing(REASONS.noComparison);
    return { previous: none, absolute: none, pct: none };
  }
  if (current.value === null)
    return { previous, absolute: missing(current.missingReason!), pct: missing(current.missingReason!) };
  if (previous.value === null)
    return { previous, absolute: missing(previous.missingReason!), pct: missing(previous.missingReason!) };
  const absolute = current.value - previous.value;
  const pct = previous.value === 0 ? missing(REASONS.earlierZero) : known((absolute / previous.value) * 100);
  return { previous, absolute: known(absolute), pct };
}

/** Regional growth minus national growth, in percentage points, at the weaker precision of the two. */
export function growthGap(region: FteChange, national: FteChange): Figure {
  if (region.pct.value === null) return missing(region.pct.missingReason!);
  if (national.pct.value === null) return missing(`landelijke groei onbekend: ${national.pct.missingReason}`);
  const gap = known(region.pct.value - national.pct.value);
  const precisions = [region.pct.precision, national.pct.precision].filter((p): p is Precision => Boolean(p));
  return precisions.length ? { ...gap, precision: precisions.reduce(weaker) } : gap;
}

/**
 * Does the region's growth lag the national growth, at the precision of the weaker figure?
 * null when either is unknown or the precision does not decide ("3 procent" against 3,23 %).
 */
export function lagsNational(region: FteChange, national: FteChange): boolean | null {
  const r = intervalOfFigure(region.pct);
  const n = intervalOfFigure(national.pct);
  if (!r || !n) return null;
  const result = compare(r, n);
  if (result !== 'onbepaald') return result === 'lager';
  return r.low === r.high && n.low === n.high ? false : null;
}

function intervalOfFigure(f: Figure): Interval | null {
  if (f.precision && f.asWritten)
    return intervalOf({ value: f.value, asWritten: f.asWritten, precision: f.precision as Precision });
  return f.value === null ? null : { low: f.value, high: f.value };
}

/**
 * Where the levels do not give the change, the published statement for exactly that period does
 * (statements/published-statement.ts, the same one the monitors use), with its precision and words:
 * "3 procent" (afgerond) as a value, "rond 2 procent" or "afname" as words without a value.
 */
export function withPublishedChange(change: FteChange, found: GrowthStatement | null): FteChange {
  if (!found || change.pct.value !== null) return change;
  const s = found.statement;
  const extra = { precision: s.precision, asWritten: s.asWritten };
  const reason = `${change.pct.missingReason}; alleen ${PRECISION_LABELS[s.precision]} gepubliceerd: ${s.asWritten}`;
  const pct: Figure =
    s.unit === 'procent' && s.value !== null ? { ...known(s.value), ...extra } : { ...missing(reason), ...extra };
  const absolute: Figure =
    s.unit !== 'procent' && s.value !== null && change.absolute.value === null
      ? { ...known(s.value), ...extra }
      : change.absolute;
  return { previous: change.previous, absolute, pct };
}

/** Sum of figures; missing when any part is missing (an incomplete sum is not a total). */
export function sumOf(figures: Figure[]): Figure {
  const gaps = figures.filter((f) => f.value === null).length;
  if (figures.length === 0) return missing(REASONS.incomplete(0, 0));
  if (gaps > 0) return missing(REASONS.incomplete(gaps, figures.length));
  return known(figures.reduce((total, f) => total + f.value!, 0));
}

/** The earlier figure of a region as a Figure, for changeOf. */
export function previousFigure(
  fte: number | null,
  asWritten: string | null,
  dataset: Dataset,
  comparePeildatum: string,
): Figure {
  if (fte !== null) return known(fte);
  return missing(
    asWritten ? approximationOnly(asWritten) : REASONS.noEarlier(comparePeildatum) + ` (${noFigure(dataset)})`,
  );
}
