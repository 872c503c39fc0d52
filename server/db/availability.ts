/**
 * Recognises the errors that mean "the database is not reachable right now" (down, restarting,
 * refusing connections) as opposed to a bad query; our own pool having no free connection; and
 * the statement timeout. common/public-error.ts turns these into DATABASE_UNAVAILABLE,
 * SERVICE_BUSY and TIMEOUT (all 503 with Retry-After), so a client knows to retry instead of
 * seeing a generic internal error.
 */
const NETWORK_CODES = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ETIMEDOUT',
  'EPIPE',
  'EHOSTUNREACH',
  'ENOTFOUND',
  'EAI_AGAIN',
]);
// SQLSTATE class 08 (connection exception), 57P01–57P03 (shutting down / starting up), 53300
// (too many connections) and class 28 (our login refused: a role without LOGIN, a changed password).
const UNAVAILABLE_STATES = /^(08[0-9A-Z]{3}|57P0[123]|53300|28[0-9A-Z]{3})$/;
// 55000 is a broad class ("object not in prerequisite state"); only the connection refusal of a
// database with ALLOW_CONNECTIONS false means "unavailable", so it is matched with its message.
const REFUSING_CONNECTIONS = /is not currently accepting connections/i;
const UNAVAILABLE_MESSAGES =
  /Connection terminated|not queryable|Connection ended|the database system is (starting up|shutting down)|terminating connection/i;
// pg-pool's words when every connection of a full pool stayed busy for connectionTimeoutMillis.
const POOL_EXHAUSTED = /timeout exceeded when trying to connect/i;

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
    const message = typeof e.message === 'string' ? e.message : '';
    return UNAVAILABLE_MESSAGES.test(message) || (code === '55000' && REFUSING_CONNECTIONS.test(message));
  });
}

/**
 * Our pool is full and no connection came free in time: the service is busy, the database fine.
 * Also RP_POOL_BUSY: a request class waited too long for its share of the pool (pool-guard.ts).
 */
export function isPoolExhausted(error: unknown): boolean {
  return chain(error).some(
    (e) => e.code === 'RP_POOL_BUSY' || (typeof e.message === 'string' && POOL_EXHAUSTED.test(e.message)),
  );
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
  const named =
    typeof column === 'string'
      ? column
      : typeof constraint === 'string' && typeof table === 'string' && constraint.startsWith(`${table}_`)
        ? constraint.slice(table.length + 1).replace(/_(check|fkey|key)$/, '')
        : undefined;
  return {
    field:
      named && /^[a-z][a-z0-9_]*$/.test(named)
        ? named.replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase())
        : undefined,
  };
}

/**
 * SQLSTATE class 22 (data exception: a NUL byte, a number out of range, an impossible date) and
 * 54000 (program limit exceeded: a value too large for an index row) are caused by a value the
 * client sent that slipped past validation: the client's mistake, not ours.
 */
export function isDataException(error: unknown): boolean {
  return chain(error).some((e) => typeof e.code === 'string' && /^(22[0-9A-Z]{3}|54000)$/.test(e.code));
}
