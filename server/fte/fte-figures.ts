/**
 * Pure arithmetic on figures that may be missing. Every derived number (share, density, growth)
 * is missing when an input is missing, and says which input — so a gap is never shown as 0 and
 * never silently turns into a misleading ratio.
 */
import type { Dataset } from '../../common/domain.js';
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
  if (current.value === null) return { previous, absolute: missing(current.missingReason!), pct: missing(current.missingReason!) };
  if (previous.value === null) return { previous, absolute: missing(previous.missingReason!), pct: missing(previous.missingReason!) };
  const absolute = current.value - previous.value;
  const pct = previous.value === 0 ? missing(REASONS.earlierZero) : known((absolute / previous.value) * 100);
  return { previous, absolute: known(absolute), pct };
}

/** Regional growth minus national growth, in percentage points. */
export function growthGap(region: FteChange, national: FteChange): Figure {
  if (region.pct.value === null) return missing(region.pct.missingReason!);
  if (national.pct.value === null) return missing(`landelijke groei onbekend: ${national.pct.missingReason}`);
  return known(region.pct.value - national.pct.value);
}

/** Sum of figures; missing when any part is missing (an incomplete sum is not a total). */
export function sumOf(figures: Figure[]): Figure {
  const gaps = figures.filter((f) => f.value === null).length;
  if (figures.length === 0) return missing(REASONS.incomplete(0, 0));
  if (gaps > 0) return missing(REASONS.incomplete(gaps, figures.length));
  return known(figures.reduce((total, f) => total + f.value!, 0));
}

/** The earlier figure of a region as a Figure, for changeOf. */
export function previousFigure(fte: number | null, asWritten: string | null, dataset: Dataset, comparePeildatum: string): Figure {
  if (fte !== null) return known(fte);
  return missing(asWritten ? approximationOnly(asWritten) : REASONS.noEarlier(comparePeildatum) + ` (${noFigure(dataset)})`);
}
