/**
 * Classification of a metric into 5–7 coloured classes (quantiles or equal intervals), pure so
 * that the map, the legend and the table twin all derive the same class from the same numbers.
 *
 * A classification is a list of thresholds t1 < t2 < … < t(k-1) between min and max: a value v
 * falls in class i = the number of thresholds ≤ v. Missing values (null) get class -1 and are
 * drawn as "geen gepubliceerd cijfer", never as the lowest class.
 */
import { paletteFor, type PaletteKind } from './palettes.js';

export type ClassMethod = 'kwantielen' | 'gelijk';
export const CLASS_METHODS: readonly ClassMethod[] = ['kwantielen', 'gelijk'];
export const MIN_CLASSES = 5;
export const MAX_CLASSES = 7;
export const MISSING_CLASS = -1;

export interface ClassifyOptions {
  method: ClassMethod;
  /** Wanted number of classes (5–7); fewer when the data has fewer distinct values. */
  classes: number;
  /** Sequential for levels, diverging (centred on 0) for changes. */
  palette: PaletteKind;
  /**
   * Diverging only: values with |v| below this read as zero once rounded for display ("0,0
   * procentpunt"), so they get the neutral middle colour, never a side's (default: exactly 0).
   */
  neutralBand?: number;
}

export interface Classification {
  method: ClassMethod;
  min: number;
  max: number;
  thresholds: number[];
  colors: string[];
}

export interface ClassRange {
  index: number;
  from: number;
  to: number;
  color: string;
}

export function classify(values: ReadonlyArray<number | null>, options: ClassifyOptions): Classification | null {
  const present = values.filter((v): v is number => v !== null && Number.isFinite(v)).sort((a, b) => a - b);
  if (present.length === 0) return null;
  const wanted = Math.min(MAX_CLASSES, Math.max(MIN_CLASSES, Math.round(options.classes)));
  const min = present[0]!;
  const max = present[present.length - 1]!;
  if (options.palette === 'divergerend') return diverging(present, wanted, options);
  const raw = options.method === 'gelijk' ? equalIntervals(min, max, wanted) : quantiles(present, wanted);
  // Thresholds must be strictly increasing and strictly inside (min, max]: duplicates would
  // create empty classes, which a legend cannot explain.
  const thresholds = [...new Set(raw)].filter((t) => t > min && t <= max).sort((a, b) => a - b);
  const colors = paletteFor(options.palette, thresholds.length + 1);
  return { method: options.method, min, max, thresholds, colors };
}

/**
 * Centred on zero: up to (k-1)/2 classes below the neutral band (orange, darkest most negative),
 * the band itself (neutral) when a value falls in it, and up to (k-1)/2 above (purple). Sides split
 * by the chosen method; a side without values gets no class.
 */
function diverging(present: number[], wanted: number, options: ClassifyOptions): Classification {
  const band = options.neutralBand ?? Number.MIN_VALUE;
  const min = present[0]!;
  const max = present[present.length - 1]!;
  const perSide = Math.floor((wanted - 1) / 2);
  const below = present.filter((v) => v <= -band);
  const above = present.filter((v) => v >= band);
  const hasNeutral = below.length + above.length < present.length;
  const split = (side: number[]) => {
    if (side.length === 0) return [];
    const lo = side[0]!;
    const hi = side[side.length - 1]!;
    const raw = options.method === 'gelijk' ? equalIntervals(lo, hi, perSide) : quantiles(side, perSide);
    return [...new Set(raw)].filter((t) => t > lo && t <= hi).sort((a, b) => a - b);
  };
  const belowCuts = split(below);
  const aboveCuts = split(above);
  // A value v falls in class i = number of thresholds ≤ v: -band is not ≤ any v below the band.
  const zeroCuts = [
    ...(below.length > 0 && hasNeutral ? [nextUp(-band)] : []),
    ...(above.length > 0 && min < band ? [band] : []),
  ];
  const thresholds = [...belowCuts, ...zeroCuts, ...aboveCuts].filter((t) => t > min && t <= max);
  const belowCount = below.length > 0 ? belowCuts.length + 1 : 0;
  const aboveCount = above.length > 0 ? aboveCuts.length + 1 : 0;
  const colors = [
    ...sideColors(NEGATIVE, belowCount),
    ...(hasNeutral ? [NEUTRAL] : []),
    ...sideColors(POSITIVE, aboveCount),
  ];
  return { method: options.method, min, max, thresholds, colors };
}

/** PuOr (7-class) sides, light next to zero; a side of 1 or 2 classes spreads over the 3. */
const NEGATIVE = ['#b35806', '#f1a340', '#fee0b6'];
const POSITIVE = ['#d8daeb', '#998ec3', '#542788'];
const NEUTRAL = '#f7f7f7';

function sideColors(side: string[], count: number): string[] {
  if (count === 0) return [];
  if (count === 1) return [side[1]!];
  if (count === 2) return [side[0]!, side[2]!];
  return side.slice(0, count);
}

/**
 * The smallest double above x: the band's lower edge belongs to the band
 * ("-0,05" rounds to "-0,1" though; equal is fine).
 */
function nextUp(x: number): number {
  return x + Math.max(Math.abs(x) * Number.EPSILON, Number.MIN_VALUE);
}

/** Class index of a value, or MISSING_CLASS when there is no figure. */
export function classOf(value: number | null | undefined, classification: Classification | null): number {
  if (value === null || value === undefined || !Number.isFinite(value) || !classification) return MISSING_CLASS;
  let index = 0;
  for (const threshold of classification.thresholds) if (value >= threshold) index += 1;
  return index;
}

export function colorOf(value: number | null | undefined, classification: Classification | null): string | null {
  const index = classOf(value, classification);
  return index === MISSING_CLASS ? null : classification!.colors[index]!;
}

/** The value range each class covers, for the legend: [from, to) except the last, which is closed. */
export function classRanges(classification: Classification): ClassRange[] {
  const bounds = [classification.min, ...classification.thresholds, classification.max];
  return classification.colors.map((color, index) => ({ index, from: bounds[index]!, to: bounds[index + 1]!, color }));
}

function equalIntervals(min: number, max: number, k: number): number[] {
  if (min === max) return [];
  const step = (max - min) / k;
  return Array.from({ length: k - 1 }, (_, i) => roundNice(min + step * (i + 1)));
}

/** Thresholds at the i/k quantiles, taken as data values (nearest rank), so classes hold real regions. */
function quantiles(sorted: number[], k: number): number[] {
  const n = sorted.length;
  return Array.from({ length: k - 1 }, (_, i) => sorted[Math.min(n - 1, Math.ceil(((i + 1) * n) / k))]!);
}

/** Equal-interval breaks read better with a few significant digits; never moves a break past max. */
function roundNice(value: number): number {
  if (value === 0) return 0;
  const magnitude = 10 ** (Math.floor(Math.log10(Math.abs(value))) - 2);
  return Math.round(value / magnitude) * magnitude;
}
