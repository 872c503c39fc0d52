import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { createJwtVerifier, looksLikeJwt, type JwtVerifier } from '../../server/auth/jwt.js';

const ISSUER = 'https://login.example.nl/realms/rijk';
const AUDIENCE = 'rijkspresentie';

describe('JWT verification against a JWKS endpoint', () => {
  let server: http.Server;
  let verify: JwtVerifier;
  let sign: (
    claims: Record<string, unknown>,
    options?: { issuer?: string; expires?: string; audience?: string },
  ) => Promise<string>;
  let foreignSign: (claims: Record<string, unknown>) => Promise<string>;
  let privateKey: CryptoKey;

  beforeAll(async () => {
    const pair = await generateKeyPair('RS256');
    const publicKey = pair.publicKey;
    privateKey = pair.privateKey;
    const foreign = await generateKeyPair('RS256');
    const jwk = { ...(await exportJWK(publicKey)), kid: 'k1', alg: 'RS256', use: 'sig' };
    server = http.createServer((_req, res) =>
      res.setHeader('content-type', 'application/json').end(JSON.stringify({ keys: [jwk] })),
    );
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    verify = createJwtVerifier({
      issuer: ISSUER,
      audience: AUDIENCE,
      jwksUrl: `http://127.0.0.1:${(server.address() as AddressInfo).port}/certs`,
      rolesClaim: 'realm_access.roles',
    });
    sign = (claims, o = {}) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('jan')
        .setIssuer(o.issuer ?? ISSUER)
        .setAudience(o.audience ?? AUDIENCE)
        .setIssuedAt()
        .setExpirationTime(o.expires ?? '5m')
        .sign(privateKey);
    foreignSign = (claims) =>
      new SignJWT(claims)
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('jan')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setExpirationTime('5m')
        .sign(foreign.privateKey);
  });

  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  it('accepts a valid token and takes the highest known role from the configured claim', async () => {
    expect(await verify(await sign({ realm_access: { roles: ['offline_access', 'planner'] } }))).toEqual({
      id: 'oidc:jan',
      role: 'planner',
    });
    expect(await verify(await sign({ realm_access: { roles: ['planner', 'admin'] } }))).toEqual({
      id: 'oidc:jan',
      role: 'admin',
    });
    expect(await verify(await sign({}))).toEqual({ id: 'oidc:jan', role: 'viewer' });
  });

  it('refuses a wrong issuer, a wrong audience, an expired token and a foreign signature', async () => {
    expect(await verify(await sign({}, { issuer: 'https://elders.example.com' }))).toBeNull();
    expect(await verify(await sign({}, { audience: 'iets-anders' }))).toBeNull();
    expect(await verify(await sign({}, { expires: '-1m' }))).toBeNull();
    expect(await verify(await foreignSign({ realm_access: { roles: ['admin'] } }))).toBeNull();
    expect(await verify('not.a.token')).toBeNull();
  });

  it('refuses a token without exp: it would be valid forever', async () => {
    const noExpiry = await new SignJWT({})
      .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
      .setSubject('jan')
      .setIssuer(ISSUER)
      .setAudience(AUDIENCE)
      .setIssuedAt()
      .sign(privateKey);
    expect(await verify(noExpiry)).toBeNull();
  });

  it('refuses a token issued in the future beyond 60 s of clock skew, and accepts small skew', async () => {
    const now = Math.floor(Date.now() / 1000);
    const issuedAt = (iat: number) =>
      new SignJWT({})
        .setProtectedHeader({ alg: 'RS256', kid: 'k1' })
        .setSubject('jan')
        .setIssuer(ISSUER)
        .setAudience(AUDIENCE)
        .setIssuedAt(iat)
        .setExpirationTime(iat + 300)
        .sign(privateKey);
    expect(await verify(await issuedAt(now + 600))).toBeNull();
    expect(await verify(await issuedAt(now + 3600 * 24 * 365))).toBeNull();
    expect(await verify(await issuedAt(now + 20))).toEqual({ id: 'oidc:jan', role: 'viewer' });
  });

  it('tells JWTs from static API tokens', () => {
    expect(looksLikeJwt('eyJhbGciOi.eyJzdWIiOi.sig-nature_1')).toBe(true);
    expect(looksLikeJwt('rp_3f9a0c2d7b1e')).toBe(false);
  });
});
