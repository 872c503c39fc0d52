/**
 * Refuses GraphQL requests whose query or variables contain a NUL character (U+0000).
 * PostgreSQL cannot store it in text; left in, it would surface deep inside a query as an
 * encoding error. Refused at the door, with a typed error, before anything runs.
 */
export function containsNul(value: unknown, depth = 0): boolean {
  if (typeof value === 'string') return value.includes('\u0000');
  if (depth > 32 || value === null || typeof value !== 'object') return false;
  return Object.entries(value).some(([k, v]) => k.includes('\u0000') || containsNul(v, depth + 1));
}

export const NUL_REFUSAL = { errors: [{ message: 'Het verzoek bevat een NUL-teken (U+0000); dat is in tekst niet toegestaan', extensions: { code: 'BAD_USER_INPUT' } }] };
