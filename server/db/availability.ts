/**
 * Recognises the errors that mean "the database is not reachable right now" (down, restarting,
 * refusing connections, pool timed out waiting for one) as opposed to a bad query, and the
 * statement timeout. format-error.ts turns these into DATABASE_UNAVAILABLE and TIMEOUT, so a
 * client knows to retry instead of seeing a generic internal error.
 */
// RP_POOL_BUSY: a request class waited too long for its share of the pool (pool-guard.ts).
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'EHOSTUNREACH', 'ENOTFOUND', 'EAI_AGAIN', 'RP_POOL_BUSY']);
// SQLSTATE class 08 (connection exception) and 57P01–57P03 (server shutting down / starting up).
const UNAVAILABLE_STATES = /^(08\d{3}|57P0[123])$/;
const UNAVAILABLE_MESSAGES = /Connection terminated|timeout exceeded when trying to connect|not queryable|Connection ended|the database system is (starting up|shutting down)|terminating connection/i;

interface MaybeDriverError {
  code?: unknown;
  message?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

function chain(error: unknown): MaybeDriverError[] {
  const found: MaybeDriverError[] = [];
  let current: unknown = error;
  for (let i = 0; i < 4 && current && typeof current === 'object'; i++) {
    const e = current as MaybeDriverError;
    found.push(e);
    current = e.driverError ?? e.cause;
  }
  return found;
}

export function isDatabaseUnavailable(error: unknown): boolean {
  return chain(error).some((e) => {
    const code = typeof e.code === 'string' ? e.code : '';
    if (NETWORK_CODES.has(code) || UNAVAILABLE_STATES.test(code)) return true;
    return typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message);
  });
}

/**
 * SQLSTATE 57014: canceled by statement_timeout; 55P03: gave up waiting for a lock after
 * lock_timeout (a table someone else holds locked). Both: the statement took too long.
 */
export function isStatementTimeout(error: unknown): boolean {
  return chain(error).some((e) => e.code === '57014' || e.code === '55P03');
}

/**
 * SQLSTATE class 23 (integrity constraint violation: a check, foreign key, unique or not-null
 * constraint) caused by a value the client sent, with the API field it concerns where the
 * constraint follows PostgreSQL's naming (<table>_<column>_check, _fkey, _key) or the driver
 * names the column. undefined for any other error.
 */
export function integrityViolation(error: unknown): { field?: string } | undefined {
  const found = chain(error).find((e) => typeof e.code === 'string' && /^23[0-9A-Z]{3}$/.test(e.code));
  if (!found) return undefined;
  const { table, column, constraint } = found as { table?: unknown; column?: unknown; constraint?: unknown };
  const named = typeof column === 'string' ? column
    : typeof constraint === 'string' && typeof table === 'string' && constraint.startsWith(`${table}_`)
      ? constraint.slice(table.length + 1).replace(/_(check|fkey|key)$/, '')
      : undefined;
  return { field: named && /^[a-z][a-z0-9_]*$/.test(named) ? named.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase()) : undefined };
}

/**
 * SQLSTATE class 22 (data exception: a NUL byte, a number out of range, an impossible date) and
 * 54000 (program limit exceeded: a value too large for an index row) are caused by a value the
 * client sent that slipped past validation: the client's mistake, not ours.
 */
export function isDataException(error: unknown): boolean {
  return chain(error).some((e) => typeof e.code === 'string' && /^(22[0-9A-Z]{3}|54000)$/.test(e.code));
}
