/**
 * Which statements the embedded database's gateway keeps from PGlite (pglite-copy.ts): every COPY
 * that reads (FROM STDIN, a file or a program) and COPY … TO PROGRAM, however it is written; not
 * COPY … TO STDOUT, and not the word copy in names, strings or comments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadCopyCheck, unsupportedCopy } from '../../server/db/pglite-copy.js';

beforeAll(loadCopyCheck);

describe('unsupportedCopy', () => {
  it.each([
    'COPY t FROM STDIN',
    'copy public.t (a, "B") from stdin with (format csv, header true)',
    'COPY t FROM STDOUT',
    '/* eerst */ SELECT 1; -- dan\n COPY t FROM stdin',
    "COPY t FROM PROGRAM 'true'",
    "COPY t FROM '/dev/blob'",
    "COPY t TO PROGRAM 'cat'",
    'COPY "t" FROM STDIN BINARY',
  ])('refuses %j', (sql) => {
    expect(unsupportedCopy(sql)).toBe(true);
  });

  it.each([
    'COPY t TO STDOUT',
    'COPY (SELECT * FROM t) TO STDOUT WITH (FORMAT csv)',
    "SELECT 'copy t from stdin' AS copy",
    '-- copy t from stdin\nSELECT 1',
    'SELECT * FROM "copy from stdin"',
    // A syntax error: PostgreSQL runs nothing of the message, so nothing to keep out.
    'COPY t FROM STDIN; SELEC 1',
  ])('lets %j through', (sql) => {
    expect(unsupportedCopy(sql)).toBe(false);
  });
});
