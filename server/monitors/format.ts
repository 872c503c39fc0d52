/** Dutch number formatting for explanations ("17.527 fte", "5,2 %"). */
export function fte(value: number): string {
  return `${Math.round(value).toLocaleString('nl-NL')} fte`;
}

export function pct(value: number, decimals = 1): string {
  return `${value.toLocaleString('nl-NL', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} %`;
}

export function date(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${d}-${m}-${y}`;
}

export function list(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} en ${items[items.length - 1]}`;
}
