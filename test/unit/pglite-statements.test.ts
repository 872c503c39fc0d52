/**
 * Which statements the embedded database's gateway keeps from PGlite (pglite-statements.ts): every
 * COPY that reads and COPY … TO PROGRAM, and session settings that outlive the connection and
 * change what the service reads, however they are written; not COPY … TO STDOUT, SET LOCAL, the
 * settings tools send harmlessly, and not the words copy or set in names, strings or comments.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { loadStatementCheck, refusedStatement } from '../../server/db/pglite-statements.js';

beforeAll(loadStatementCheck);

const REFUSED = [
  'COPY t FROM STDIN',
  'copy public.t (a, "B") from stdin with (format csv, header true)',
  'COPY t FROM STDOUT',
  '/* eerst */ SELECT 1; -- dan\n COPY t FROM stdin',
  "COPY t FROM PROGRAM 'true'",
  "COPY t FROM '/dev/blob'",
  "COPY t TO PROGRAM 'cat'",
  'COPY "t" FROM STDIN BINARY',
  // The first non-ASCII answer in LATIN1 ended in a PANIC (helper probe, finding 1).
  "SET client_encoding = 'LATIN1'",
  "SET NAMES 'WIN1252'",
  '/* psql \\encoding */ set CLIENT_ENCODING to sql_ascii',
  // The session hangs once one of these fires (finding 3).
  "SET idle_in_transaction_session_timeout = '1s'",
  'SET SESSION transaction_timeout = 5000',
  'set idle_session_timeout to 1',
  // pg_dump's first statement: the service lost its tables (finding 2).
  "SELECT pg_catalog.set_config('search_path', '', false)",
  'SET search_path = werk, public',
  "SELECT set_config('search_path', current_setting('search_path') || ',werk', false)",
  "SELECT set_config(name, 'x', false) FROM pg_settings",
  'SET default_transaction_read_only = on',
  'SET SESSION CHARACTERISTICS AS TRANSACTION READ ONLY',
  'SET ROLE nobody',
  'SET SESSION AUTHORIZATION nobody',
  "SET TIME ZONE 'Europe/Amsterdam'",
  "SET DateStyle = 'SQL, DMY'",
  'SET extra_float_digits = 0',
  'SET bytea_output = escape',
  'SET standard_conforming_strings = off',
  'SET rp.import_actor = x',
  "SELECT 1; SET client_encoding = 'LATIN1'",
  // A temporary table stays for everyone in PGlite's one session and hid the service's table.
  'CREATE TEMP TABLE region AS SELECT * FROM public.region WHERE false',
  'create temporary table werk (a int)',
  'SELECT * INTO TEMP kopie FROM region',
  'CREATE TEMP VIEW v AS SELECT 1',
  'CREATE TEMP SEQUENCE s',
  'CREATE TABLE pg_temp.z (a int)',
  // Spelled without their letters, or made to last (review, 7 December).
  "SELECT U&\"\\0073et_config\"('search_path', '', false)",
  'CREATE TABLE U&"pg_t\\0065mp".region (id int)',
  "UPDATE pg_settings SET setting = '' WHERE name = 'search_path'",
  "ALTER SYSTEM SET search_path = ''",
  "ALTER ROLE postgres SET client_encoding = 'LATIN1'",
  "ALTER DATABASE postgres SET search_path = ''",
];

const LET_THROUGH = [
  'COPY t TO STDOUT',
  'COPY (SELECT * FROM t) TO STDOUT WITH (FORMAT csv)',
  "SELECT 'copy t from stdin' AS copy",
  '-- copy t from stdin\nSELECT 1',
  'SELECT * FROM "copy from stdin"',
  // A syntax error: PostgreSQL runs nothing of the message, so nothing to keep out.
  'COPY t FROM STDIN; SELEC 1',
  // What tools send: GDAL, pgAdmin, pgJDBC, psql, pg_dump's harmless lines.
  "SET client_encoding TO 'UTF8'",
  "SET client_encoding = 'UNICODE'",
  'SET ENABLE_SEQSCAN = OFF',
  "SET application_name = 'QGIS'",
  'SET extra_float_digits = 3',
  'SET DateStyle = ISO',
  'SET statement_timeout = 0',
  'SET idle_in_transaction_session_timeout = 0',
  'SET transaction_timeout = 0',
  'SET standard_conforming_strings = on',
  'SET check_function_bodies = false',
  'SET client_min_messages = warning',
  'SET row_security = off',
  "SELECT pg_catalog.set_config('search_path', 'public', true)",
  // Settings that end with the transaction, during which no other connection runs.
  'SET LOCAL search_path = werk',
  "BEGIN; SET LOCAL TIME ZONE 'UTC'; COMMIT",
  'SET TRANSACTION READ ONLY',
  'RESET ALL',
  'RESET search_path',
  'SET search_path TO DEFAULT',
  // Temporary tables that end with their transaction.
  'CREATE TEMP TABLE werk (a int) ON COMMIT DROP',
  'CREATE TEMP TABLE kopie ON COMMIT DROP AS SELECT * FROM region',
  'SELECT temperature FROM metingen',
  // The service's own statements.
  "SELECT set_config('rp.import_actor', $1, true)",
  'UPDATE site SET name = $1 WHERE id = $2',
  'SET CONSTRAINTS ALL IMMEDIATE',
  'SELECT dataset, offset_m FROM t',
];

describe('refusedStatement', () => {
  it.each(REFUSED)('refuses %j (0A000)', (sql) => {
    expect(refusedStatement(sql)).toMatchObject({ code: '0A000' });
  });

  it.each(LET_THROUGH)('lets %j through', (sql) => {
    expect(refusedStatement(sql)).toBeUndefined();
  });

  it('says what to do instead', () => {
    expect(refusedStatement('COPY t FROM STDIN')!.message).toContain('PG_USE_COPY NO');
    expect(refusedStatement("SET client_encoding = 'LATIN1'")!.message).toMatch(/^client_encoding .*SET LOCAL/);
  });
});
