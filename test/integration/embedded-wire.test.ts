/**
 * One connection's malformed protocol messages must not stop the embedded database for everyone.
 * PGlite is a single session behind every connection: a message of unknown type or impossible
 * length sent it spinning for ever ("protocol synchronization was lost", 100 % CPU, every other
 * connection hung), and a malformed Bind left it ignoring everyone else until that client's Sync,
 * even after the client had gone. Found by sending such bytes on a psql-like connection; a real
 * PostgreSQL ends only the offending connection (FATAL 08P01). Embedded only.
 */
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startEmbeddedDatabase, type EmbeddedDatabase } from '../../server/db/embedded.js';

const header = (type: string, length: number) => {
  const bytes = Buffer.alloc(5);
  bytes.write(type, 0, 'latin1');
  bytes.writeInt32BE(length, 1);
  return bytes;
};

const message = (type: string, body: string) =>
  Buffer.concat([header(type, 4 + Buffer.byteLength(body, 'utf8')), Buffer.from(body, 'utf8')]);
const PARSE_SELECT_1 = message('P', '\0SELECT 1\0\0\0');
const BIND = message('B', '\0\0\0\0\0\0\0\0');
const EXECUTE = message('E', '\0\0\0\0\0');
const SYNC = message('S', '');
const COPY_IN = message('Q', 'COPY pg_class FROM STDIN;--x\0');

/**
 * What becomes of the sender: ended at once (FATAL 08P01, as PostgreSQL does), or ended once
 * silent for the idle limit in the middle of an exchange, its Sync not sent (57P05).
 */
type Fate = 'ended at once' | 'ended when idle';

const MALFORMED: { name: string; bytes: Buffer; fate: Fate }[] = [
  { name: 'a message of unknown type', bytes: header('z', 4), fate: 'ended at once' },
  { name: 'a length shorter than the length field', bytes: header('Q', 1), fate: 'ended at once' },
  {
    name: 'a length beyond PostgreSQL’s 1 GB',
    bytes: Buffer.concat([header('Q', 0x7fffffff), Buffer.from('SELECT')]),
    fate: 'ended at once',
  },
  { name: 'a FunctionCall', bytes: Buffer.concat([header('F', 14), Buffer.alloc(10)]), fate: 'ended at once' },
  {
    name: 'a Bind whose counts point past its end',
    bytes: Buffer.concat([header('B', 12), Buffer.alloc(8, 0xff)]),
    fate: 'ended when idle',
  },
  {
    // It holds the turn (nobody else's messages may run inside its exchange) until it is ended.
    name: 'a Parse without its Sync',
    bytes: Buffer.concat([header('P', 16), Buffer.from('\0SELECT 1\0\0\0', 'latin1')]),
    fate: 'ended when idle',
  },
];

describe('the embedded database after malformed protocol messages', () => {
  let db: EmbeddedDatabase;

  beforeAll(async () => {
    // A session that stops mid-protocol is ended after this long, as an idle transaction is.
    db = await startEmbeddedDatabase({ idleInTransactionMs: 1_000 });
  });

  afterAll(async () => {
    await db?.stop();
  });

  const client = () => new pg.Client({ connectionString: db.url, connectionTimeoutMillis: 10_000 });

  /** SELECT 1 on a new connection, or why not within 8 s. */
  async function selectOne(): Promise<unknown> {
    const c = client();
    const answer = c
      .connect()
      .then(() => c.query('SELECT 1 AS n'))
      .then(
        (r) => r.rows,
        (e: Error) => e.message,
      );
    const hung = new Promise((resolve) => setTimeout(() => resolve('hangt'), 8_000));
    const result = await Promise.race([answer, hung]);
    await c.end().catch(() => {});
    return result;
  }

  it.each(MALFORMED)('serves other connections after $name; the sender’s session: $fate', async ({ bytes, fate }) => {
    const bad = client();
    const errors: string[] = [];
    bad.on('error', (error: Error & { code?: string }) => errors.push(error.code ?? error.message));
    const ended = new Promise<void>((resolve) => bad.on('end', () => resolve()));
    await bad.connect();
    (bad as unknown as { connection: { stream: { write(b: Buffer): void } } }).connection.stream.write(bytes);
    await ended;
    expect(errors).toContain(fate === 'ended at once' ? '08P01' : '57P05');
    expect(await selectOne()).toEqual([{ n: 1 }]);
    await bad.end().catch(() => {});
    expect(await selectOne()).toEqual([{ n: 1 }]);
  });

  it('never hands another connection an empty answer while one client’s exchange is open', async () => {
    // Already connected, as the service's pooled connection is.
    const good = client();
    await good.connect();
    const bad = client();
    bad.on('error', () => {});
    await bad.connect();
    // Parse, Bind and Execute of a failing statement, then Flush: PGlite answers the error and
    // waits for a Sync that does not come (a buggy driver; node-postgres's own parse/bind/execute).
    const exchange = Buffer.concat([message('P', '\0SELECT 1/0\0\0\0'), BIND, EXECUTE, message('H', '')]);
    (bad as unknown as { connection: { stream: { write(b: Buffer): void } } }).connection.stream.write(exchange);
    await new Promise((resolve) => setTimeout(resolve, 200));
    // Before, PGlite ignored this query's messages and its ReadyForQuery read as an empty result.
    const answer = await good.query({ text: 'SELECT $1::int AS n', values: [7] });
    expect(answer.rows).toEqual([{ n: 7 }]);
    await good.end();
    await bad.end().catch(() => {});
  });

  /** A connection on which the test writes raw protocol bytes; resolves once it has ended. */
  async function rawConnection(): Promise<{ write(b: Buffer): void; ended: Promise<string[]> }> {
    const c = client();
    const errors: string[] = [];
    c.on('error', (error: Error & { code?: string }) => errors.push(error.code ?? error.message));
    const ended = new Promise<string[]>((resolve) => c.on('end', () => resolve(errors)));
    await c.connect();
    const stream = (c as unknown as { connection: { stream: { write(b: Buffer): void } } }).connection.stream;
    return { write: (b) => stream.write(b), ended };
  }

  it('lets go of the turn when a refused statement follows the Sync in the same write', async () => {
    const bad = await rawConnection();
    bad.write(Buffer.concat([PARSE_SELECT_1, BIND, EXECUTE]));
    await new Promise((resolve) => setTimeout(resolve, 100));
    // Before, the whole write was dropped, Sync included, and the turn stayed with the dead session.
    bad.write(Buffer.concat([SYNC, COPY_IN]));
    expect(await bad.ended).toContain('0A000');
    expect(await selectOne()).toEqual([{ n: 1 }]);
  });

  it('judges a statement split over several writes before any of it reaches PGlite', async () => {
    const bad = await rawConnection();
    bad.write(PARSE_SELECT_1);
    // All of the COPY but its last two bytes: before, this part went on to PGlite, and the Sync
    // sent for the refused session completed it as "COPY … ;--S…", which PGlite ran.
    bad.write(COPY_IN.subarray(0, -2));
    await new Promise((resolve) => setTimeout(resolve, 100));
    bad.write(COPY_IN.subarray(-2));
    expect(await bad.ended).toContain('0A000');
    expect(await selectOne()).toEqual([{ n: 1 }]);
  });
});
