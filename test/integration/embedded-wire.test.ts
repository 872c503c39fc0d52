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

/**
 * What becomes of the sender: ended at once (FATAL 08P01, as PostgreSQL does); ended once silent
 * for the idle limit while PGlite waits for its Sync (57P05); or left alone, holding no one up.
 */
type Fate = 'ended at once' | 'ended when idle' | 'stays';

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
    name: 'a Parse without its Sync',
    bytes: Buffer.concat([header('P', 16), Buffer.from('\0SELECT 1\0\0\0', 'latin1')]),
    fate: 'stays',
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
    if (fate !== 'stays') {
      await ended;
      expect(errors).toContain(fate === 'ended at once' ? '08P01' : '57P05');
    }
    expect(await selectOne()).toEqual([{ n: 1 }]);
    await bad.end().catch(() => {});
    expect(await selectOne()).toEqual([{ n: 1 }]);
  });
});
