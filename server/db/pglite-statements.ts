/**
 * The COPY statements PGlite cannot take over the wire. PGlite 0.5 reads a connection's input one
 * protocol message per call, so COPY … FROM STDIN meets end of input before the client's data
 * arrives: the WebAssembly PostgreSQL exits or, behind pglite-socket, spins for ever, and every
 * connection (the API's too) hangs. COPY … FROM a file or program and COPY … TO PROGRAM leave its
 * one session dead as well (measured with PGlite 0.5.8). COPY … TO STDOUT works and stays allowed.
 *
 * Decided with PostgreSQL's own parser (libpg-query, the same grammar as PGlite's PostgreSQL 17),
 * because a statement's direction hides behind comments, quoting, column lists and several
 * statements in one message; a hand-written scan would let a variant through.
 */
import { loadModule, parseSync } from 'libpg-query';

export const UNSUPPORTED_COPY =
  'COPY … FROM (en COPY … TO PROGRAM) wordt niet ondersteund door de ingebouwde database: ' +
  'laad met INSERT (ogr2ogr: --config PG_USE_COPY NO) of gebruik een PostgreSQL-server (DATABASE_URL)';

interface CopyStmt {
  is_from?: boolean;
  is_program?: boolean;
}

/** Loads the parser's WebAssembly once (about 50 ms); call before unsupportedCopy. */
export async function loadCopyCheck(): Promise<void> {
  await loadModule();
}

/** Whether the SQL text (one message's statements) holds a COPY that would stop PGlite. */
export function unsupportedCopy(sql: string): boolean {
  // Almost every statement has no "copy" at all: only those pay for a parse.
  if (!/copy/i.test(sql)) return false;
  const statements = parsed(sql);
  return statements.some(({ stmt }) => {
    const copy = stmt?.CopyStmt as CopyStmt | undefined;
    return copy !== undefined && (copy.is_from === true || copy.is_program === true);
  });
}

type Statements = { stmt?: Record<string, unknown> }[];

function parsed(sql: string): Statements {
  try {
    return (parseSync(sql) as { stmts?: Statements }).stmts ?? [];
  } catch {
    // A syntax error: PostgreSQL parses a whole message before running any of it, so PGlite
    // answers with the error and runs nothing, COPY included.
    return [];
  }
}
