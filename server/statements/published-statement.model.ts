/**
 * The one model of a published figure or statement: its value (or only its words), precision,
 * unit, period or date, region, source (address, title, date), the quote it was taken from and —
 * where sources disagree — the other statement. Growth (published_change), forecasts (forecast)
 * and facts off the time axis (published_context) are all read into it, so monitors, the map
 * metrics, exports, scenarios and the publishedStatements query say the same thing.
 */
import type { Precision } from '../../common/domain.js';
import { PRECISIONS } from '../../common/domain.js';
import { intervalOf, type Interval } from './statement-precision.service.js';

export type StatementKind = 'verandering' | 'prognose' | 'context';

export interface PublishedStatement {
  /** Stable within a data version: kind and row id ("verandering:12"). */
  id: string;
  kind: StatementKind;
  regionCode: string | null;
  regionLabel: string;
  sector: string | null;
  metric: string;
  value: number | null;
  asWritten: string;
  precision: Precision;
  unit: string | null;
  periodFrom: string | null;
  periodTo: string | null;
  /** stated, inferred or not stated (for periods, forecast years and dates). */
  dateBasis: string | null;
  /** Date in the source's words where there is no period ("september 2025", "ongedateerd"). */
  dateAsWritten: string | null;
  forecastYear: number | null;
  sourceUrl: string;
  sourceTitle: string | null;
  sourceDate: string | null;
  quote: string | null;
  conflict: string | null;
  note: string | null;
  whyNotOnTimeAxis: string | null;
}

const APPROXIMATE = /\b(ruim|bijna|rond|zo'n|about|more than|nog geen|circa|ongeveer)\b/i;

/**
 * Precision of a row loaded before precision was recorded (or by an import that does not give
 * it), by the same rules the seed columns follow (seeds/README.md).
 */
export function precisionOf(row: {
  precision?: string | null;
  value: number | null;
  asWritten: string;
  unit: string | null;
}): Precision {
  if (row.precision && (PRECISIONS as readonly string[]).includes(row.precision)) return row.precision as Precision;
  if (row.unit === 'richting' || row.unit === 'kwalitatief') return 'richting';
  if (APPROXIMATE.test(row.asWritten)) return 'benadering';
  if (row.value === null) return /\d/.test(row.asWritten) ? 'benadering' : 'richting';
  return row.unit === 'procent' ? 'afgerond' : 'exact';
}

/** How the statement reads in a text: the quote when there is one, else the words as written. */
export function quoted(s: PublishedStatement): string {
  const source = [s.sourceTitle, s.sourceDate].filter(Boolean).join(', ');
  const words = s.quote ? `“${s.quote}”` : s.asWritten;
  return source ? `${words} (${source})` : words;
}

const PERCENT_GROWTH = /groei_procent|^groei_procent/;
const NOT_TOTAL = /ministeries|zbo|excl/;
const FTE_UNITS = new Set(['fte', 'voltijdsbanen']);

export interface GrowthStatement {
  statement: PublishedStatement;
  /** The growth in percent the statement is compatible with; null when it only gives fte. */
  percent: Interval | null;
  /** Its growth in fte when it gives an exact or rounded count. */
  fte: number | null;
}

/**
 * The published statement that best says how a region (null = the country) grew over a period,
 * from the rows of exactly that period: a percentage, else a percentage in words, else a count of
 * fte, else a direction. Only totals (no sector, not "excl. zbo").
 */
export function growthStatement(rows: PublishedStatement[], regionCode: string | null): GrowthStatement | null {
  const mine = rows.filter(
    (r) => r.kind === 'verandering' && r.regionCode === regionCode && r.sector === null && !NOT_TOTAL.test(r.metric),
  );
  const percent =
    mine.find((r) => r.unit === 'procent' && PERCENT_GROWTH.test(r.metric) && r.value !== null) ??
    mine.find((r) => r.unit === 'procent' && PERCENT_GROWTH.test(r.metric));
  if (percent) return { statement: percent, percent: intervalOf(percent), fte: fteIn(mine) };
  const fte = mine.find((r) => FTE_UNITS.has(r.unit ?? '') && /groei|verandering/.test(r.metric) && r.value !== null);
  if (fte) return { statement: fte, percent: signOnly(fte.value!), fte: fte.value };
  const words = mine.find((r) => r.precision === 'richting' || (FTE_UNITS.has(r.unit ?? '') && /groei/.test(r.metric)));
  if (!words) return null;
  const interval = intervalOf(words);
  return {
    statement: words,
    percent: interval && words.precision === 'richting' ? interval : interval ? signOf(interval) : null,
    fte: null,
  };
}

function fteIn(rows: PublishedStatement[]): number | null {
  return rows.find((r) => FTE_UNITS.has(r.unit ?? '') && /groei/.test(r.metric) && r.value !== null)?.value ?? null;
}

/** A change in fte says nothing about its percentage except its sign. */
function signOnly(value: number): Interval | null {
  if (value > 0) return { low: Number.MIN_VALUE, high: Infinity };
  if (value < 0) return { low: -Infinity, high: -Number.MIN_VALUE };
  return { low: 0, high: 0 };
}

function signOf(i: Interval): Interval | null {
  if (i.low > 0) return { low: Number.MIN_VALUE, high: Infinity };
  if (i.high < 0) return { low: -Infinity, high: -Number.MIN_VALUE };
  return null;
}
