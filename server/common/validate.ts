/**
 * Field checks shared by the mutation services. Each throws a ValidationError naming the field
 * (extensions.code BAD_USER_INPUT, extensions.field), with a Dutch message fit for a form.
 * null and undefined mean "not given": optional fields pass, required ones are checked apart.
 */
import { ValidationError } from './errors.js';
import { DEMO_SOURCE_URN, DOCUMENT_SOURCE } from '../../common/sources.js';

/**
 * Longest name, title or code we accept. Names are keys of unique (btree) indexes, whose rows
 * PostgreSQL caps at ~2,700 bytes; a longer value would fail in the database instead of here.
 */
export const MAX_NAME_LENGTH = 300;

export function requireText(
  field: string,
  value: string | null | undefined,
  label: string,
  maxLength = MAX_NAME_LENGTH,
): void {
  if (typeof value !== 'string' || value.trim() === '') throw new ValidationError(field, `${label} is verplicht`);
  limitLength(field, value, label, maxLength);
}

/** Optional text no longer than maxLength characters (null and undefined pass). */
export function limitLength(
  field: string,
  value: string | null | undefined,
  label: string,
  maxLength = MAX_NAME_LENGTH,
): void {
  if (typeof value === 'string' && value.length > maxLength) {
    throw new ValidationError(field, `${label} is te lang: ${value.length} tekens, hoogstens ${maxLength}`);
  }
}

export function requireOneOf(
  field: string,
  values: readonly string[],
  value: string | null | undefined,
  label: string,
): void {
  if (value === null || value === undefined || !values.includes(value)) {
    throw new ValidationError(
      field,
      `${label} moet een van deze waarden zijn: ${values.join(', ')} (kreeg "${value ?? ''}")`,
    );
  }
}

export function optionalNonNegativeInt(field: string, value: number | null | undefined, label: string): void {
  if (value != null && (!Number.isInteger(value) || value < 0))
    throw new ValidationError(field, `${label} moet een geheel getal van 0 of meer zijn (kreeg ${value})`);
}

export function requireHttpUrl(field: string, value: string | null | undefined): void {
  requireText(field, value, 'Bron');
  if (!/^https?:\/\/\S+$/.test(value!.trim())) throw new ValidationError(field, 'De bron moet een http(s)-adres zijn');
}

export function optionalHttpUrl(field: string, value: string | null | undefined): void {
  if (value != null && value !== '') requireHttpUrl(field, value);
}

/**
 * A record's source: an http(s) address, a cited government document (document:<file>), or in
 * the demonstration dataset only its own URN, so a
 * generated demo record can be edited and saved as it is (issue 18); published data never takes it.
 */
export function requireSource(
  field: string,
  value: string | null | undefined,
  dataset: string | null | undefined,
): void {
  if (dataset === 'demo' && typeof value === 'string' && DEMO_SOURCE_URN.test(value.trim())) return;
  if (typeof value === 'string' && DOCUMENT_SOURCE.test(value.trim())) return;
  requireHttpUrl(field, value);
}

export function optionalSource(
  field: string,
  value: string | null | undefined,
  dataset: string | null | undefined,
): void {
  if (value != null && value !== '') requireSource(field, value, dataset);
}

/** The record as stored with a patch applied: undefined keeps a value, null clears it. */
export function applyPatch<T extends object>(stored: T, patch: Partial<T>): T {
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return { ...stored, ...defined } as T;
}
