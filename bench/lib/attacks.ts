/**
 * The hostile requests of issue 14, shared by the soak script (bench/soak.ts) and the tests
 * (test/integration/no-blocking.test.ts, fuzz.test.ts): each was once enough to stop the service.
 */

/** Each fragment spreads the next one twice: 2^levels selections when expanded, ~40 bytes a level. */
export function fragmentBomb(levels: number): string {
  const fragments = Array.from(
    { length: levels - 1 },
    (_, i) => `fragment F${i + 1} on Query { ...F${i + 2} ...F${i + 2} }`,
  );
  return `{ ...F1 }\n${fragments.join('\n')}\nfragment F${levels} on Query { __typename }`;
}

/** A search string just under the 2 MB body limit (1.9 MB), which once cost 9–20 s of ILIKE. */
export function longSearchString(length = 1_900_000): string {
  return 'ab'.repeat(Math.ceil(length / 2)).slice(0, length);
}

/** The statements the soak uses to lock a table from another session (PostgreSQL). */
export const LOCK_SITE = ['BEGIN', 'LOCK TABLE site IN ACCESS EXCLUSIVE MODE'] as const;
