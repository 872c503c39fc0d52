/** Dutch number formatting for explanations ("17.527 fte", "5,2 %"), formatters made once. */
const WHOLE = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const FIXED = new Map<number, Intl.NumberFormat>();

export function fte(value: number): string {
  return `${WHOLE.format(Math.round(value))} fte`;
}

export function pct(value: number, decimals = 1): string {
  let format = FIXED.get(decimals);
  if (!format) FIXED.set(decimals, (format = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })));
  return `${format.format(value)} %`;
}

export function date(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}-${m}-${y}`;
}

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
