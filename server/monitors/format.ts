/** Dutch number formatting for explanations ("17.527 fte", "5,2 %"), formatters made once. */
const WHOLE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const FIXED = new Map<number, Intl.NumberFormat>();

export function fte(value: number): string {
  return `${WHOLE.format(Math.round(value))} fte`;
}

export function pct(value: number, decimals = 1): string {
  let format = FIXED.get(decimals);
  if (!format)
    FIXED.set(
      decimals,
      (format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })),
    );
  return `${format.format(value)} %`;
}

/** A change in percentage points, signed: "+0,4 procentpunt", "−1,2 procentpunt". */
export function pp(value: number, decimals = 1): string {
  const zero = Math.round(Math.abs(value) * 10 ** decimals) === 0;
  const sign = zero ? '' : value < 0 ? '−' : '+';
  return `${sign}${pct(Math.abs(value), decimals).replace(' %', '')} procentpunt`;
}

/**
 * The end date of a scenario projection: a snapshot "after the scenario", not a calendar date.
 * Texts name it as such (never "31-12-9999").
 */
export const SCENARIO_DATE = '9999-12-31';

export function date(iso: string): string {
  if (iso === SCENARIO_DATE) return 'het scenario';
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}-${m}-${y}`;
}

/** "op 1-1-2024", or "in het scenario" for a projection. */
export function on(iso: string): string {
  return iso === SCENARIO_DATE ? 'in het scenario' : `op ${date(iso)}`;
}

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
