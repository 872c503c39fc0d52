/**
 * Configuration from environment variables, read and checked once at start-up.
 * A bad value stops the process with a message that says which variable and why,
 * instead of surfacing later as an obscure connection or listen error.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parseSecurityConfig, type SecurityConfig } from './config-security.js';

export type DatabaseMode = 'embedded' | 'postgres';

export interface AppConfig {
  port: number;
  host: string;
  /** Set: a real PostgreSQL + PostGIS server. Unset: the embedded PGlite default. */
  databaseUrl: string | undefined;
  databaseMode: DatabaseMode;
  /** PostgreSQL only: send the API's SQL as named prepared statements (off behind a pooler that cannot keep them). */
  preparedStatements: boolean;
  /** Where the embedded database keeps its files (and caches live). */
  dataDir: string;
  /** Embedded only: fixed loopback port for psql and QGIS; 0 = a free port chosen at start. */
  embeddedDbPort: number;
  /** Folder with third-party files: geo/cbs_*.geojson and data/stations_nl.csv. */
  sharedDataDir: string | undefined;
  /** Load the fictional demonstration dataset (kept apart from published figures). */
  demo: boolean;
  /** The dataset the web app opens on: demo when started with --demo (or DEFAULT_DATASET=demo). */
  defaultDataset: 'gepubliceerd' | 'demo';
  production: boolean;
  /** Provinces (CBS codes) counted as Randstad. Default: Noord-Holland, Zuid-Holland, Utrecht. */
  randstadProvinces: string[];
  /** Region codes (provincie, COROP or gemeente) treated as grensregio. Default: none configured. */
  grensregioCodes: string[];
  /** 'pdok': geocode addresses with PDOK's Locatieserver (online); 'off': place sites at their gemeente. */
  geocoder: 'off' | 'pdok';
  /** Base URL of the Locatieserver's free-search endpoint. */
  pdokLocatieserverUrl: string;
  /** Minimum pause between two Locatieserver requests (rate limit). */
  geocoderMinIntervalMs: number;
  /** Without a boundary folder: try PDOK (CBS gebiedsindelingen) before the coarse fallback. */
  boundaryDownload: boolean;
  /** PDOK WFS for CBS gebiedsindelingen; {year} is replaced by the division year. */
  pdokBoundariesUrl: string;
  /** CORS, rate limit, timeouts, introspection, OIDC (config-security.ts). */
  security: SecurityConfig;
}

export const DEFAULT_LOCATIESERVER_URL = 'https://api.pdok.nl/bzk/locatieserver/search/v3_1/free';
export const DEFAULT_PDOK_BOUNDARIES_URL = 'https://service.pdok.nl/cbs/gebiedsindelingen/{year}/wfs/v1_0';

/**
 * The letters to parliament do not define "Randstad" in their available text. We default to the
 * three provinces that NH Nieuws (May 2024) groups as the Randstad when reporting the minister's
 * plans ("zo'n 200.000 in Zuid-Holland, Noord-Holland en Utrecht"); Flevoland can be added.
 */
export const DEFAULT_RANDSTAD_PROVINCES = ['PV26', 'PV27', 'PV28'];

export class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConfigError';
  }
}

type Env = Record<string, string | undefined>;

export function loadConfig(env: Env = process.env, argv: string[] = process.argv.slice(2)): AppConfig {
  const problems: string[] = [];
  const port = parsePort(env.PORT ?? '4000', problems);
  const embeddedDbPort = parsePort(nonEmpty(env.EMBEDDED_DB_PORT) ?? '0', problems, 'EMBEDDED_DB_PORT');
  const databaseUrl = nonEmpty(env.DATABASE_URL);
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    problems.push(`DATABASE_URL must start with postgres:// or postgresql:// (got "${redactUrl(databaseUrl)}")`);
  }
  const randstadProvinces =
    parseCodeList('RANDSTAD_PROVINCES', env.RANDSTAD_PROVINCES, /^PV\d{2}$/, problems) ?? DEFAULT_RANDSTAD_PROVINCES;
  const grensregioCodes =
    parseCodeList('GRENSREGIO_CODES', env.GRENSREGIO_CODES, /^(PV\d{2}|CR\d{2}|GM\d{4})$/, problems) ?? [];
  const demo = argv.includes('--demo') || parseBoolean('DEMO_DATA', env.DEMO_DATA, problems);
  const defaultDataset = parseDefaultDataset(env.DEFAULT_DATASET, argv.includes('--demo'), demo, problems);
  const geocoder = nonEmpty(env.GEOCODER) ?? 'off';
  if (geocoder !== 'off' && geocoder !== 'pdok') problems.push(`GEOCODER must be off or pdok (got "${geocoder}")`);
  const geocoderMinIntervalMs = Number(env.GEOCODER_MIN_INTERVAL_MS ?? '200');
  if (!Number.isInteger(geocoderMinIntervalMs) || geocoderMinIntervalMs < 0)
    problems.push('GEOCODER_MIN_INTERVAL_MS must be a whole number of 0 or more');
  const boundaryDownload =
    env.BOUNDARY_DOWNLOAD === undefined || env.BOUNDARY_DOWNLOAD === ''
      ? true
      : parseBoolean('BOUNDARY_DOWNLOAD', env.BOUNDARY_DOWNLOAD, problems);
  const preparedStatements =
    env.DATABASE_PREPARED_STATEMENTS === undefined || env.DATABASE_PREPARED_STATEMENTS === ''
      ? true
      : parseBoolean('DATABASE_PREPARED_STATEMENTS', env.DATABASE_PREPARED_STATEMENTS, problems);
  const security = parseSecurityConfig(env, problems);
  if (problems.length > 0) {
    throw new ConfigError(`Configuratie ongeldig:\n  - ${problems.join('\n  - ')}`);
  }
  return {
    port,
    host: nonEmpty(env.HOST) ?? '0.0.0.0',
    databaseUrl,
    databaseMode: databaseUrl ? 'postgres' : 'embedded',
    preparedStatements,
    dataDir: path.resolve(nonEmpty(env.DATA_DIR) ?? 'data'),
    embeddedDbPort,
    sharedDataDir: resolveSharedDataDir(env),
    demo,
    defaultDataset,
    production: env.NODE_ENV === 'production',
    randstadProvinces,
    grensregioCodes,
    geocoder: geocoder as AppConfig['geocoder'],
    pdokLocatieserverUrl: nonEmpty(env.PDOK_LOCATIESERVER_URL) ?? DEFAULT_LOCATIESERVER_URL,
    geocoderMinIntervalMs,
    boundaryDownload,
    pdokBoundariesUrl: nonEmpty(env.PDOK_BOUNDARIES_URL) ?? DEFAULT_PDOK_BOUNDARIES_URL,
    security,
  };
}

/**
 * SHARED_DATA_DIR wins. Unset, we use ../shared beside the checkout when it holds boundary
 * files — the layout of CI and of every developer machine — so the two README commands work.
 */
function resolveSharedDataDir(env: Env): string | undefined {
  const configured = nonEmpty(env.SHARED_DATA_DIR);
  if (configured) return path.resolve(configured);
  const sibling = path.resolve('..', 'shared');
  return fs.existsSync(path.join(sibling, 'geo')) ? sibling : undefined;
}

function parseCodeList(
  name: string,
  raw: string | undefined,
  pattern: RegExp,
  problems: string[],
): string[] | undefined {
  if (raw === undefined || raw.trim() === '') return undefined;
  const codes = raw
    .split(',')
    .map((c) => c.trim().toUpperCase())
    .filter(Boolean);
  const bad = codes.filter((c) => !pattern.test(c));
  if (bad.length > 0) problems.push(`${name} bevat ongeldige codes: ${bad.join(', ')}`);
  return codes;
}

function parsePort(raw: string, problems: string[], name = 'PORT'): number {
  const port = Number(raw);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    problems.push(`${name} must be a whole number from 0 to 65535 (got "${raw}")`);
  }
  return port;
}

function parseBoolean(name: string, raw: string | undefined, problems: string[]): boolean {
  if (raw === undefined || raw === '') return false;
  if (['1', 'true', 'yes', 'ja'].includes(raw.toLowerCase())) return true;
  if (['0', 'false', 'no', 'nee'].includes(raw.toLowerCase())) return false;
  problems.push(`${name} must be true or false (got "${raw}")`);
  return false;
}

function nonEmpty(value: string | undefined): string | undefined {
  return value && value.trim() !== '' ? value.trim() : undefined;
}

/** Never print a password from a connection string. */
export function redactUrl(url: string): string {
  return url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:***@');
}

/**
 * `--demo` means "show me the demo": the web app opens on it. DEMO_DATA=true only loads it beside
 * the published figures (the app still opens on those); DEFAULT_DATASET=demo opens on it too.
 */
function parseDefaultDataset(
  raw: string | undefined,
  demoFlag: boolean,
  demoLoaded: boolean,
  problems: string[],
): 'gepubliceerd' | 'demo' {
  const value = nonEmpty(raw) ?? (demoFlag ? 'demo' : 'gepubliceerd');
  if (value !== 'gepubliceerd' && value !== 'demo') {
    problems.push(`DEFAULT_DATASET must be gepubliceerd or demo (got "${value}")`);
    return 'gepubliceerd';
  }
  if (value === 'demo' && !demoLoaded)
    problems.push('DEFAULT_DATASET=demo needs the demo data (DEMO_DATA=true or --demo)');
  return value;
}
