/** Start-up configuration: defaults that make `npm start` work, and bad values refused with the variable named. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, DEFAULT_RANDSTAD_PROVINCES, loadConfig } from '../../server/config.js';
import { withDefaultDataset } from '../../server/http/routes/web.js';

const load = (env: Record<string, string>, argv: string[] = []) => loadConfig(env, argv);

describe('configuration', () => {
  it('defaults to the embedded database in ./data on port 4000, without demo data', () => {
    const config = load({});
    expect(config).toMatchObject({
      port: 4000,
      host: '0.0.0.0',
      databaseUrl: undefined,
      databaseMode: 'embedded',
      demo: false,
      production: false,
      geocoder: 'off',
    });
    expect(config.dataDir).toBe(path.resolve('data'));
    expect(config.randstadProvinces).toEqual(DEFAULT_RANDSTAD_PROVINCES);
  });

  it('switches to PostgreSQL when DATABASE_URL is set and reads the other variables', () => {
    const config = load({
      DATABASE_URL: 'postgresql://rp:geheim@db:5432/rp',
      PORT: '8080',
      DATA_DIR: '/tmp/rp-data',
      SHARED_DATA_DIR: '/tmp/gedeeld',
      RANDSTAD_PROVINCES: 'pv26, PV27',
      DEMO_DATA: 'ja',
    });
    expect(config).toMatchObject({
      databaseMode: 'postgres',
      port: 8080,
      dataDir: '/tmp/rp-data',
      sharedDataDir: '/tmp/gedeeld',
      randstadProvinces: ['PV26', 'PV27'],
      demo: true,
    });
    expect(load({}, ['--demo']).demo).toBe(true);
  });

  it('opens the web app on the demo when started with --demo (DEMO_DATA alone only loads it)', () => {
    expect(load({}).defaultDataset).toBe('gepubliceerd');
    expect(load({ DEMO_DATA: 'true' }).defaultDataset).toBe('gepubliceerd');
    expect(load({}, ['--demo']).defaultDataset).toBe('demo');
    expect(load({ DEMO_DATA: 'true', DEFAULT_DATASET: 'demo' }).defaultDataset).toBe('demo');
    expect(() => load({ DEFAULT_DATASET: 'demo' })).toThrow(/DEFAULT_DATASET/);
    expect(() => load({ DEFAULT_DATASET: 'echt' })).toThrow(/DEFAULT_DATASET/);
  });

  it('names the default dataset in the app shell, so the app opens on it without an extra request', () => {
    const html = '<!doctype html><html><head><title>x</title></head></html>';
    expect(withDefaultDataset(html, 'demo')).toContain('<meta name="rp-standaard-dataset" content="demo" />');
  });

  it('sends prepared statements to PostgreSQL unless DATABASE_PREPARED_STATEMENTS says no', () => {
    expect(load({}).preparedStatements).toBe(true);
    expect(load({ DATABASE_PREPARED_STATEMENTS: 'false' }).preparedStatements).toBe(false);
    expect(() => load({ DATABASE_PREPARED_STATEMENTS: 'soms' })).toThrow(/DATABASE_PREPARED_STATEMENTS/);
  });

  it("lets EMBEDDED_DB_PORT fix the embedded database's port for psql and QGIS (default: a free one)", () => {
    expect(load({}).embeddedDbPort).toBe(0);
    expect(load({ EMBEDDED_DB_PORT: '5433' }).embeddedDbPort).toBe(5433);
  });

  it.each([
    ['an embedded database port out of range', { EMBEDDED_DB_PORT: '99999' }, /EMBEDDED_DB_PORT/],
    ['a port that is not a number', { PORT: 'vierduizend' }, /PORT/],
    ['a port out of range', { PORT: '70000' }, /PORT/],
    ['a DATABASE_URL that is not a postgres URL', { DATABASE_URL: 'mysql://db/rp' }, /DATABASE_URL/],
    ['a province code that is not PVnn', { RANDSTAD_PROVINCES: 'PV26,Utrecht' }, /RANDSTAD_PROVINCES.*UTRECHT/],
    ['a grensregio code of the wrong kind', { GRENSREGIO_CODES: 'XX01' }, /GRENSREGIO_CODES/],
    ['a yes/no variable with another word', { DEMO_DATA: 'misschien' }, /DEMO_DATA/],
    ['an unknown geocoder', { GEOCODER: 'google' }, /GEOCODER/],
  ])('refuses %s, naming the variable', (_label, env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });

  it('reports every problem at once and never prints a database password', () => {
    let error: unknown;
    try {
      load({ PORT: '-1', DATABASE_URL: 'mysql://rp:geheim@db/rp', DEMO_DATA: 'soms' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    expect(message).toMatch(/PORT/);
    expect(message).toMatch(/DATABASE_URL/);
    expect(message).toMatch(/DEMO_DATA/);
    expect(message).not.toContain('geheim');
  });
});
