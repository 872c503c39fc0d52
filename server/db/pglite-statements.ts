/**
 * The statements the embedded database's gateway keeps from PGlite, because PGlite is one session
 * shared by every connection, the service's own included (measured with PGlite 0.5.8):
 *
 * - COPY … FROM (STDIN, a file or a program) and COPY … TO PROGRAM. PGlite reads a connection's
 *   input one protocol message per call, so COPY … FROM STDIN (psql's \copy, ogr2ogr's default)
 *   meets end of input: the WebAssembly PostgreSQL exits or spins, and every connection hangs.
 *   The other forms leave the session dead too. COPY … TO STDOUT works and stays allowed.
 * - Session settings that outlive the connection and change what the service reads: a
 *   client_encoding other than UTF8 (the first non-ASCII answer ended in a PANIC, for everyone,
 *   until a restart), an idle or transaction timeout (the session hangs once it fires),
 *   search_path (pg_dump's set_config('search_path', '', false) left the service without its
 *   tables), read-only defaults, roles, date and number formats. SET LOCAL and
 *   set_config(…, true) end with their transaction, during which nobody else runs: allowed, as
 *   are the harmless settings tools send (application_name, planner switches, pg_dump's own).
 *
 * Decided with PostgreSQL's own parser (libpg-query), because what a statement does hides behind
 * comments, quoting, column lists and several statements in one message; a hand-written scan
 * would let a variant through. Not covered: settings made inside a function or DO block.
 */
import { loadModule, parseSync } from 'libpg-query';
import type { Refusal } from './pg-wire.js';

const TO_POSTGRES = 'of gebruik een PostgreSQL-server (DATABASE_URL)';
const UNSUPPORTED_TEMPORARY =
  'Tijdelijke tabellen blijven op de ingebouwde database bestaan voor alle verbindingen en kunnen tabellen van de ' +
  `dienst verbergen: gebruik ON COMMIT DROP in een transactie, een gewone tabel in een eigen schema ${TO_POSTGRES}`;
const UNSUPPORTED_COPY =
  'COPY … FROM (en COPY … TO PROGRAM) wordt niet ondersteund door de ingebouwde database: ' +
  `laad met INSERT (ogr2ogr: --config PG_USE_COPY NO -gt 1000) ${TO_POSTGRES}`;

/** Why a session setting (by name) is refused. */
function unsupportedSetting(name: string): string {
  return (
    `${name} instellen voor de hele sessie wordt niet ondersteund door de ingebouwde database: ` +
    `alle verbindingen, ook die van de dienst, delen één sessie. Gebruik SET LOCAL in een transactie ${TO_POSTGRES}`
  );
}

const ANY = () => true;
const ONE_OF =
  (...allowed: string[]) =>
  (value: string) =>
    allowed.includes(value.toLowerCase());
/**
 * The session settings a connection may make, with the values that keep the service's view
 * intact. Everything else is refused; RESET and SET … TO DEFAULT always pass.
 */
const SESSION_SETTINGS: Record<string, (value: string) => boolean> = {
  application_name: ANY,
  client_min_messages: ANY,
  statement_timeout: ANY,
  lock_timeout: ANY,
  check_function_bodies: ANY,
  xmloption: ANY,
  row_security: ANY,
  default_tablespace: ANY,
  default_table_access_method: ANY,
  work_mem: ANY,
  maintenance_work_mem: ANY,
  synchronous_commit: ANY,
  plan_cache_mode: ANY,
  jit: ANY,
  client_encoding: ONE_OF('utf8', 'utf-8', 'unicode'),
  idle_in_transaction_session_timeout: ONE_OF('0'),
  idle_session_timeout: ONE_OF('0'),
  transaction_timeout: ONE_OF('0'),
  standard_conforming_strings: ONE_OF('on', 'true', '1'),
  // Fewer digits would round the figures the service reads.
  extra_float_digits: ONE_OF('1', '2', '3'),
  datestyle: (value) => value.toLowerCase().startsWith('iso'),
  intervalstyle: ONE_OF('postgres'),
  bytea_output: ONE_OF('hex'),
};
/** Planner switches and costs (GDAL sends SET ENABLE_SEQSCAN): they change speed, not answers. */
const PLANNER_SETTING = /^(enable_\w+|\w+_cost|effective_cache_size|\w+_collapse_limit|geqo\w*)$/;

/** Loads the parser's WebAssembly once (about 50 ms); call before refusedStatement. */
export async function loadStatementCheck(): Promise<void> {
  await loadModule();
}

/** Most statements name no COPY, setting or temporary table: only those that might pay for a parse. */
// u&: an identifier in Unicode escapes (U&"\0073et_config") spells a name without its letters.
const MIGHT_BE_REFUSED = /copy|\bset\b|set_config|temp|u&/i;

/** Why PGlite must not see this SQL text (one message's statements); undefined lets it through. */
export function refusedStatement(sql: string): Refusal | undefined {
  if (!MIGHT_BE_REFUSED.test(sql)) return undefined;
  for (const { stmt } of parsed(sql)) {
    const problem = stmt && (copyProblem(stmt) ?? setProblem(stmt) ?? setConfigProblem(stmt) ?? temporaryProblem(stmt));
    if (problem) return { code: '0A000', message: problem };
  }
  return undefined;
}

type Node = Record<string, unknown>;

function parsed(sql: string): { stmt?: Node }[] {
  try {
    return (parseSync(sql) as { stmts?: { stmt?: Node }[] }).stmts ?? [];
  } catch {
    // A syntax error: PostgreSQL parses a whole message before running any of it, so PGlite
    // answers with the error and runs nothing.
    return [];
  }
}

function copyProblem(stmt: Node): string | undefined {
  const copy = stmt.CopyStmt as { is_from?: boolean; is_program?: boolean } | undefined;
  return copy?.is_from || copy?.is_program ? UNSUPPORTED_COPY : undefined;
}

interface VariableSet {
  kind: string;
  name?: string;
  args?: Node[];
  is_local?: boolean;
}

/**
 * SET, and the same settings made to last: ALTER SYSTEM, ALTER ROLE and ALTER DATABASE … SET take
 * effect when PGlite next starts, for the service too. UPDATE pg_settings calls set_config.
 */
function setProblem(stmt: Node): string | undefined {
  if (((stmt.UpdateStmt as Node | undefined)?.relation as RangeVar | undefined)?.relname === 'pg_settings')
    return unsupportedSetting('pg_settings');
  const lasting = stmt.AlterSystemStmt ?? stmt.AlterRoleSetStmt ?? stmt.AlterDatabaseSetStmt;
  const set = (lasting ? (lasting as Node).setstmt : stmt.VariableSetStmt) as VariableSet | undefined;
  if (!set || set.is_local || (set.kind !== 'VAR_SET_VALUE' && set.kind !== 'VAR_SET_MULTI')) return undefined;
  // SET TRANSACTION lasts one transaction; SET SESSION CHARACTERISTICS, the session.
  if (set.kind === 'VAR_SET_MULTI')
    return set.name === 'TRANSACTION' ? undefined : unsupportedSetting(set.name ?? 'SET');
  const values = (set.args ?? []).map(constantText);
  const value = values.length === 1 ? values[0] : values.every((v) => v !== undefined) ? values.join(', ') : undefined;
  return settingProblem(set.name ?? '', value);
}

/** set_config(name, value, false) anywhere in the statement (pg_dump starts with one). */
function setConfigProblem(stmt: Node): string | undefined {
  for (const call of functionCalls(stmt)) {
    const name = (call.funcname as Node[] | undefined)?.at(-1);
    if ((name?.String as { sval?: string } | undefined)?.sval?.toLowerCase() !== 'set_config') continue;
    const [setting, value, isLocal] = (call.args as Node[] | undefined) ?? [];
    if (isLocal && constantText(isLocal) === 'true') continue;
    const settingName = setting && constantText(setting);
    if (settingName === undefined) return unsupportedSetting('set_config met een berekende naam');
    const problem = settingProblem(settingName, value && constantText(value));
    if (problem) return problem;
  }
  return undefined;
}

function settingProblem(name: string, value: string | undefined): string | undefined {
  const key = name.toLowerCase();
  if (PLANNER_SETTING.test(key)) return undefined;
  const allowed = Object.hasOwn(SESSION_SETTINGS, key) ? SESSION_SETTINGS[key] : undefined;
  return allowed && value !== undefined && allowed(value) ? undefined : unsupportedSetting(name);
}

/** A constant's text as PostgreSQL would read it ('1s', 0, true); undefined for an expression. */
function constantText(node: Node): string | undefined {
  const cast = node.TypeCast as Node | undefined;
  const constant = (node.A_Const ?? (cast?.arg as Node | undefined)?.A_Const) as Node | undefined;
  if (!constant) return undefined;
  const [kind, inner] = Object.entries(constant).find(([k]) => k !== 'location') ?? [];
  const holder = inner as Record<string, unknown> | undefined;
  // Protocol-buffer JSON leaves out default values: an empty ival is 0, an empty boolval false.
  if (kind === 'ival') return String(holder?.ival ?? 0);
  if (kind === 'boolval') return String(holder?.boolval ?? false);
  if (kind === 'sval' || kind === 'fval') return String(holder?.[kind] ?? '');
  return undefined;
}

interface RangeVar {
  schemaname?: string;
  relname?: string;
  relpersistence?: string;
}

/**
 * A temporary table, view or sequence that outlives its transaction: in PostgreSQL it belongs to
 * one connection; in PGlite's shared session it stays for everyone and comes first in the search
 * path, so `CREATE TEMP TABLE region …` made the service read an empty region list (helper probe).
 * ON COMMIT DROP ends with the transaction, during which nobody else runs: allowed.
 */
function temporaryProblem(stmt: Node): string | undefined {
  for (const { rel, onCommit } of createdRelations(stmt)) {
    const temporary = rel.relpersistence === 't' || /^pg_temp/i.test(rel.schemaname ?? '');
    if (temporary && onCommit !== 'ONCOMMIT_DROP') return UNSUPPORTED_TEMPORARY;
  }
  return undefined;
}

/** The relations a statement creates, with their ON COMMIT action where it has one. */
function* createdRelations(stmt: Node): Generator<{ rel: RangeVar; onCommit?: string }> {
  for (const [kind, node] of nodes(stmt)) {
    if (kind === 'CreateStmt') yield { rel: node.relation as RangeVar, onCommit: node.oncommit as string };
    if (kind === 'ViewStmt') yield { rel: node.view as RangeVar };
    if (kind === 'CreateSeqStmt') yield { rel: node.sequence as RangeVar };
    if (kind === 'CreateTableAsStmt') {
      const into = node.into as Node;
      yield { rel: into.rel as RangeVar, onCommit: into.onCommit as string };
    }
    if (kind === 'SelectStmt' && node.intoClause) {
      const into = node.intoClause as Node;
      yield { rel: into.rel as RangeVar, onCommit: into.onCommit as string };
    }
  }
}

/** Every FuncCall node below `node`. */
function* functionCalls(node: unknown): Generator<Node> {
  for (const [kind, found] of nodes(node)) if (kind === 'FuncCall') yield found;
}

/** Every node of a parse tree with its kind (the key it sits under: 'FuncCall', 'CreateStmt'…). */
function* nodes(node: unknown): Generator<[string, Node]> {
  if (Array.isArray(node)) for (const item of node) yield* nodes(item);
  else if (node && typeof node === 'object') {
    for (const [key, value] of Object.entries(node)) {
      if (value && typeof value === 'object' && !Array.isArray(value)) yield [key, value as Node];
      yield* nodes(value);
    }
  }
}
