/**
 * Query-string parameters for the REST-style routers, checked one by one with a typed error
 * (ValidationError with the parameter as field, Dutch message) instead of a 500 or a silent
 * default. Unknown parameters are refused too: a typo ("peildatun") would otherwise quietly
 * return the default map.
 */
import { ValidationError } from './errors.js';

export type Query = Record<string, string | string[]>;

export function refuseUnknown(query: Query, allowed: readonly string[]): void {
  const unknown = Object.keys(query).filter((key) => !allowed.includes(key));
  if (unknown.length > 0) {
    throw new ValidationError(
      unknown[0]!,
      `Onbekende parameter "${unknown[0]}" (toegestaan: ${allowed.join(', ') || 'geen'})`,
    );
  }
}

/** A parameter given at most once; undefined when absent or empty. */
export function single(query: Query, name: string): string | undefined {
  const value = query[name];
  if (Array.isArray(value)) throw new ValidationError(name, `Parameter "${name}" mag maar één keer voorkomen`);
  return value === undefined || value === '' ? undefined : value;
}

export function enumParam<T extends string>(query: Query, name: string, values: readonly T[]): T | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  if (!(values as readonly string[]).includes(value)) {
    throw new ValidationError(name, `Ongeldige waarde "${value}" voor ${name} (toegestaan: ${values.join(', ')})`);
  }
  return value as T;
}

/** A calendar date YYYY-MM-DD that exists (no 2024-02-30). */
export function dateParam(query: Query, name: string): string | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!date || date.toISOString().slice(0, 10) !== value) {
    throw new ValidationError(name, `${name} moet een datum zijn als JJJJ-MM-DD (kreeg "${value}")`);
  }
  return value;
}

export function intParam(query: Query, name: string, range: { min: number; max: number }): number | undefined {
  const value = single(query, name);
  if (value === undefined) return undefined;
  return parseIntStrict(value, name, range);
}

/** Whole numbers only ("1e3", "0x10", "12abc" are refused), within range. */
export function parseIntStrict(value: string, name: string, range: { min: number; max: number }): number {
  if (!/^-?\d+$/.test(value)) throw new ValidationError(name, `${name} moet een geheel getal zijn (kreeg "${value}")`);
  const n = Number(value);
  if (n < range.min || n > range.max)
    throw new ValidationError(name, `${name} moet tussen ${range.min} en ${range.max} liggen (kreeg ${n})`);
  return n;
}
