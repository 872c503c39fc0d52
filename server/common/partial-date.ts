/**
 * Dates as precise as their source: JJJJ, JJJJ-MM or JJJJ-MM-DD, and only ones that exist on the
 * calendar (no 2024-02-30, no 2024-13). The database checks the same (rp_is_partial_date in
 * migration 1763800014600); this is the early check that names the field.
 */
const PARTIAL_DATE = /^([1-9]\d{3})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PARTIAL_DATE_FORMAT = 'JJJJ, JJJJ-MM of JJJJ-MM-DD';

export function isPartialDate(text: string): boolean {
  const match = PARTIAL_DATE.exec(text);
  if (!match) return false;
  const [, year, month, day] = match;
  if (!day) return true;
  // Day 0 of the next month is the last day of this one (UTC, so no time zone shifts it).
  const lastDay = new Date(Date.UTC(Number(year), Number(month), 0)).getUTCDate();
  return Number(day) <= lastDay;
}

/** A full date (JJJJ-MM-DD) that exists. */
export function isFullDate(text: string): boolean {
  return text.length === 10 && isPartialDate(text);
}
