/**
 * Hostile strings for fuzzing and injection tests: classic SQL-injection payloads, LIKE and
 * regex metacharacters, placeholders, NUL and control characters, very long and non-BMP text.
 */
import fc from 'fast-check';

export const SQL_INJECTIONS = [
  `'; DROP TABLE site; --`,
  `' OR '1'='1`,
  `" OR ""="`,
  `1; SELECT pg_sleep(10)--`,
  `') UNION SELECT usename, passwd FROM pg_shadow--`,
  `'||(SELECT version())||'`,
  `%' AND 1=1 AND '%'='`,
  `$1`,
  `$$; DROP TABLE audit_entry; $$`,
  `\\'; DROP TABLE organisation; --`,
  `%_%`,
  `.*(`,
  `\u0000`,
  `𝔘𝔫𝔦𝔠𝔬𝔡𝔢 ☃ é`,
];

export const hostileString = fc.oneof(
  fc.constantFrom(...SQL_INJECTIONS),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'binary', maxLength: 20 }),
  fc.string({ minLength: 2000, maxLength: 3000 }),
);

/** Server internals in a response (clients may see their own input echoed, so no SQL keywords here). */
export const LEAKS =
  /QueryFailedError|syntax error at or near|relation "\w+" does not exist|violates \w+ constraint|invalid byte sequence|\n\s+at \S+ \(|node_modules|stacktrace/;

/** Row counts of the given tables (names from the test's own constants), to prove nothing was written. */
export async function rowCounts(
  db: { query: (sql: string) => Promise<{ n: number }[]> },
  tables: readonly string[],
): Promise<Record<string, number>> {
  return Object.fromEntries(
    await Promise.all(tables.map(async (t) => [t, (await db.query(`SELECT count(*)::int AS n FROM ${t}`))[0]!.n])),
  );
}
