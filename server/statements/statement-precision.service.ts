/**
 * What a published figure allows us to say. A statement is turned into the interval of values it
 * is compatible with — "3 procent" (afgerond) into [2,5; 3,5], "ruim 9.300" (benadering) into
 * (9.300; 9.400], "afname" (richting) into (−∞; 0) — and two statements are compared at the
 * precision of the weaker one: only when the intervals do not overlap is one lower than the other.
 * Pure functions, no database.
 */
import type { Precision } from '../../common/domain.js';

export interface Interval {
  low: number;
  high: number;
}

export type Comparison = 'lager' | 'hoger' | 'onbepaald';

export interface Statement {
  value: number | null;
  asWritten: string;
  precision: Precision;
}

const DOWN = /\b(afname|daling|krimp|gedaald|daalt|dalen|afgenomen|decline)\b/i;
const UP = /\b(toename|toegenomen|groei|gegroeid|stijging|gestegen|stijgt|groeit|bijkomen)\b/i;

/** The interval a statement is compatible with; null when it says nothing comparable. */
export function intervalOf(s: Statement): Interval | null {
  switch (s.precision) {
    case 'exact':
      return s.value === null ? approximate(s.asWritten) : { low: s.value, high: s.value };
    case 'afgerond':
      return s.value === null ? approximate(s.asWritten) : rounded(s.value, decimalsIn(s.asWritten, s.value));
    case 'benadering':
      return approximate(s.asWritten, s.value);
    case 'richting':
      return direction(s.asWritten);
  }
}

/** a against b: lower, higher, or not decidable at this precision (the intervals overlap). */
export function compare(a: Interval, b: Interval): Comparison {
  if (a.high < b.low) return 'lager';
  if (a.low > b.high) return 'hoger';
  return 'onbepaald';
}

/** The weaker of two precisions (the one that allows less). */
export function weaker(a: Precision, b: Precision): Precision {
  const order: Precision[] = ['exact', 'afgerond', 'benadering', 'richting'];
  return order[Math.max(order.indexOf(a), order.indexOf(b))]!;
}

function rounded(value: number, decimals: number): Interval {
  const half = 0.5 * 10 ** -decimals;
  return { low: value - half, high: value + half };
}

/** Decimals as written: "3,5 procent" → 1, "3 procent" → 0, "2,3%" → 1. */
function decimalsIn(asWritten: string, value: number): number {
  const match = /(\d+)[,.](\d+)/.exec(asWritten.replace(/(\d)\.(\d{3})/g, '$1$2'));
  if (match && Number(`${match[1]}.${match[2]}`) === Math.abs(value)) return match[2]!.length;
  const text = String(Math.abs(value));
  return text.includes('.') ? text.split('.')[1]!.length : 0;
}

/** First number in Dutch writing ("9.300", "3,5", "2"), with the size of its last significant digit. */
function numberIn(text: string): { n: number; step: number } | null {
  const match = /(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?/.exec(text);
  if (!match) return null;
  const whole = match[1]!.replace(/\./g, '');
  if (match[2]) return { n: Number(`${whole}.${match[2]}`), step: 10 ** -match[2].length };
  // The last significant digit sets the step ("9.300" → 100, "400" → 100); a leading 1 is read one
  // digit finer ("10.000" → 1.000), as "ruim 10.000" means ten thousand and some, not up to 20.000.
  const zeros = Math.min(/0*$/.exec(whole)![0].length, whole.length - 1);
  return { n: Number(whole), step: 10 ** (whole.startsWith('1') && zeros > 0 ? zeros - 1 : zeros) };
}

/** "ruim X" above X, "bijna X"/"nog geen X" below X, "rond/zo'n/circa X" around X. */
function approximate(asWritten: string, value: number | null = null): Interval | null {
  const found = numberIn(asWritten);
  if (!found) return direction(asWritten);
  const sign = value !== null && value < 0 ? -1 : DOWN.test(asWritten) && !UP.test(asWritten) ? -1 : 1;
  const { n, step } = found;
  let range: Interval;
  if (/\b(ruim|meer dan|more than|over)\b/i.test(asWritten)) range = { low: n, high: n + step };
  else if (/\b(nog geen|minder dan|less than)\b/i.test(asWritten)) range = { low: 0, high: n };
  else if (/\b(bijna|almost)\b/i.test(asWritten)) range = { low: n - step, high: n };
  else range = { low: n - step / 2, high: n + step / 2 };
  return sign > 0 ? range : { low: -range.high, high: -range.low };
}

function direction(asWritten: string): Interval | null {
  if (DOWN.test(asWritten)) return { low: -Infinity, high: -Number.MIN_VALUE };
  if (UP.test(asWritten)) return { low: Number.MIN_VALUE, high: Infinity };
  return null;
}

/** The interval in words, for explanations: "tussen 2,5 en 3,5 %", "lager dan 0 %". */
export function describeInterval(i: Interval, unit = '%'): string {
  const f = (n: number) => new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 }).format(n);
  if (i.low === -Infinity) return `onder 0 ${unit}`.trim();
  if (i.high === Infinity) return `boven 0 ${unit}`.trim();
  if (i.low === i.high) return `${f(i.low)} ${unit}`.trim();
  return `tussen ${f(i.low)} en ${f(i.high)} ${unit}`.trim();
}
