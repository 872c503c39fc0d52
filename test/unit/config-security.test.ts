/** Security configuration: parsed once, with development defaults refused in production. */
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../server/config.js';
import { DEFAULT_BASEMAP_ORIGIN } from '../../server/config-security.js';
import { PDOK_BASEMAP } from '../../web/src/map/basemap.js';
import { isDataException, isDatabaseUnavailable, isStatementTimeout } from '../../server/db/availability.js';

const load = (env: Record<string, string>) => loadConfig(env, []);

describe('security configuration', () => {
  it('has safe development defaults and reads every variable', () => {
    expect(load({}).security).toMatchObject({
      corsOrigins: [],
      rateLimitPerMinute: 600,
      introspection: true,
      oidc: undefined,
      production: false,
    });
    const security = load({
      CORS_ORIGINS: 'https://a.example.nl, http://localhost:5173/',
      RATE_LIMIT_PER_MINUTE: '0',
      REQUEST_TIMEOUT_MS: '5000',
      STATEMENT_TIMEOUT_MS: '2000',
      LOCK_TIMEOUT_MS: '700',
      GRAPHQL_INTROSPECTION: 'false',
      OIDC_ISSUER: 'https://idp.example.nl/realms/rijk',
      OIDC_AUDIENCE: 'rp',
      OIDC_JWKS_URL: 'https://idp.example.nl/certs',
      OIDC_ROLES_CLAIM: 'realm_access.roles',
      BASEMAP_STYLE_URL: 'https://tiles.example.nl/styles/basis.json',
    }).security;
    expect(security).toMatchObject({
      corsOrigins: ['https://a.example.nl', 'http://localhost:5173'],
      rateLimitPerMinute: 0,
      requestTimeoutMs: 5000,
      statementTimeoutMs: 2000,
      lockTimeoutMs: 700,
      introspection: false,
      oidc: {
        issuer: 'https://idp.example.nl/realms/rijk',
        audience: 'rp',
        jwksUrl: 'https://idp.example.nl/certs',
        rolesClaim: 'realm_access.roles',
      },
      basemapOrigins: ['https://tiles.example.nl'],
    });
  });

  it('allows the default basemap (PDOK BRT) in the CSP unless BASEMAP_STYLE_URL names another', () => {
    // Found by the production browser test: the CSP blocked the default basemap's tiles.
    expect(load({}).security.basemapOrigins).toEqual([
      new URL(PDOK_BASEMAP.kind === 'raster' ? PDOK_BASEMAP.probe : '').origin,
    ]);
    expect(load({ NODE_ENV: 'production' }).security.basemapOrigins).toEqual([DEFAULT_BASEMAP_ORIGIN]);
    expect(load({ BASEMAP_STYLE_URL: 'https://tiles.example.nl/s.json' }).security.basemapOrigins).toEqual([
      'https://tiles.example.nl',
    ]);
  });

  it('turns introspection off in production unless explicitly enabled', () => {
    expect(load({ NODE_ENV: 'production' }).security.introspection).toBe(false);
    expect(load({ NODE_ENV: 'production', GRAPHQL_INTROSPECTION: 'true' }).security.introspection).toBe(true);
  });

  it.each([
    ['a wildcard CORS origin', { CORS_ORIGINS: '*' }, /CORS_ORIGINS/],
    ['a CORS entry that is not an origin', { CORS_ORIGINS: 'https://a.nl/pad' }, /CORS_ORIGINS/],
    ['a negative rate limit', { RATE_LIMIT_PER_MINUTE: '-1' }, /RATE_LIMIT_PER_MINUTE/],
    ['a half-configured OIDC', { OIDC_ISSUER: 'https://idp.example.nl' }, /OIDC/],
    [
      'a plain-http JWKS in production',
      { NODE_ENV: 'production', OIDC_ISSUER: 'https://i', OIDC_AUDIENCE: 'a', OIDC_JWKS_URL: 'http://idp/certs' },
      /https/,
    ],
    ['a broken basemap URL', { BASEMAP_STYLE_URL: 'geen url' }, /BASEMAP_STYLE_URL/],
  ])('refuses %s at start-up', (_label, env, message) => {
    expect(() => load(env)).toThrow(ConfigError);
    expect(() => load(env)).toThrow(message);
  });
});

describe('database error classification', () => {
  it('tells an unreachable database, a statement timeout and bad input apart from bugs', () => {
    expect(
      isDatabaseUnavailable(Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })),
    ).toBe(true);
    expect(
      isDatabaseUnavailable({
        message: 'x',
        driverError: { code: '57P01', message: 'terminating connection due to administrator command' },
      }),
    ).toBe(true);
    expect(isDatabaseUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isDatabaseUnavailable({ driverError: { code: '42P01', message: 'relation "x" does not exist' } })).toBe(
      false,
    );
    expect(isStatementTimeout({ driverError: { code: '57014' } })).toBe(true);
    expect(isDataException({ driverError: { code: '22021' } })).toBe(true);
    expect(isDataException({ driverError: { code: '23505' } })).toBe(false);
  });
});
