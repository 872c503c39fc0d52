/** Dutch number formatting per metric, shared by tooltip, legend, table and panels. */
import type { Metric } from '../state/view.js';

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });
const twoDecimals = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 2, maximumFractionDigits: 2 });

export function formatMetric(value: number | null | undefined, metric: Metric, extraDecimals = 0): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return '—';
  const n = extraDecimals === 0 ? undefined : decimals(BASE_DECIMALS[metric] + extraDecimals);
  switch (metric) {
    case 'fte':
      return `${(n ?? whole).format(value)} fte`;
    case 'aandeel':
      return `${(n ?? twoDecimals).format(value)} %`;
    case 'per1000':
      return (n ?? oneDecimal).format(value);
    case 'verandering':
      return `${signed(value, n ?? whole)} fte`;
    case 'groei':
      return `${signed(value, n ?? oneDecimal)} procentpunt`;
  }
}

/** "+" for a gain; a value that rounds to zero reads "0,0", never "+0,0" or "-0,0". */
function signed(value: number, format: Intl.NumberFormat): string {
  const text = format.format(Math.abs(value));
  if (!/[1-9]/.test(text)) return text;
  return value > 0 ? `+${text}` : format.format(value);
}

/** Half the smallest step a metric is shown in: below it a value reads as zero ("0,0 procentpunt"). */
export function zeroBand(metric: Metric): number {
  return 0.5 * 10 ** -BASE_DECIMALS[metric];
}

const BASE_DECIMALS: Record<Metric, number> = { fte: 0, aandeel: 2, per1000: 1, verandering: 0, groei: 1 };

function decimals(digits: number): Intl.NumberFormat {
  return new Intl.NumberFormat('nl-NL', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function formatFte(value: number | null | undefined): string {
  return value === null || value === undefined ? '—' : `${whole.format(value)} fte`;
}

/** 2024-01-01 → "1 januari 2024". */
export function formatDate(iso: string | null | undefined): string {
  if (!iso) return '—';
  const date = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(date.getTime())) return iso;
  return new Intl.DateTimeFormat('nl-NL', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    date,
  );
}
