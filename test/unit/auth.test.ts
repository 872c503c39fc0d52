/** API tokens from configuration and bearer authentication, without a database. */
import { describe, expect, it } from 'vitest';
import { viewerFromAuthorization } from '../../server/auth/authenticate.js';
import { hasRole, requireRole } from '../../server/auth/guard.js';
import { DEV_TOKEN, loadTokens, sha256 } from '../../server/auth/tokens.js';
import { ConfigError } from '../../server/config.js';

const PLANNER = 'planner-token-abcdefghijklmnopqrstuvwxyz';
const VIEWER = 'viewer-token-abcdefghijklmnopqrstuvwxyz';

describe('loadTokens', () => {
  it('reads name:role:token entries and keeps only hashes', () => {
    const tokens = loadTokens({ API_TOKENS: `rvb:planner:${PLANNER}, cbs:viewer:${VIEWER}` }, { production: false });
    expect(tokens.map((t) => [t.name, t.role])).toEqual([
      ['rvb', 'planner'],
      ['cbs', 'viewer'],
    ]);
    expect(JSON.stringify(tokens)).not.toContain(PLANNER);
  });

  it('accepts stored hashes (name:role:sha256:<hex>) and, in production, only those', () => {
    const hashed = `rvb:planner:sha256:${sha256(PLANNER).toString('hex')}`;
    const tokens = loadTokens({ API_TOKENS: hashed }, { production: true });
    expect(viewerFromAuthorization(`Bearer ${PLANNER}`, tokens)).toEqual({ id: 'rvb', role: 'planner' });
    expect(() => loadTokens({ API_TOKENS: `rvb:planner:${PLANNER}` }, { production: true })).toThrow(/alleen gehasht/);
    expect(() =>
      loadTokens({ API_TOKENS: `dev:planner:sha256:${sha256(DEV_TOKEN).toString('hex')}` }, { production: true }),
    ).toThrow(/ontwikkeltoken/);
  });

  it('accepts the marked development token only outside production', () => {
    const warnings: string[] = [];
    const dev = loadTokens({}, { production: false, warn: (m) => warnings.push(m) });
    expect(viewerFromAuthorization(`Bearer ${DEV_TOKEN}`, dev).role).toBe('planner');
    expect(warnings[0]).toMatch(/Niet voor productie/);
    const production = loadTokens({}, { production: true });
    expect(() => viewerFromAuthorization(`Bearer ${DEV_TOKEN}`, production)).toThrow(/Onbekend/);
    expect(() => loadTokens({ API_TOKENS: `dev:planner:${DEV_TOKEN}` }, { production: true })).toThrow(
      /ontwikkeltoken is in productie niet toegestaan/,
    );
  });

  it.each([
    ['a missing part', 'rvb:planner'],
    ['an unknown role', `rvb:god:${PLANNER}`],
    ['a short token', 'rvb:planner:kort'],
    ['a duplicate token', `a:planner:${PLANNER},b:viewer:${PLANNER}`],
  ])('refuses %s at start-up with a ConfigError', (_label, value) => {
    expect(() => loadTokens({ API_TOKENS: value }, { production: false })).toThrow(ConfigError);
  });
});

describe('viewerFromAuthorization', () => {
  const tokens = loadTokens({ API_TOKENS: `rvb:planner:${PLANNER},cbs:viewer:${VIEWER}` }, { production: false });

  it('is anonymous without a header and identifies known tokens', () => {
    expect(viewerFromAuthorization(undefined, tokens)).toEqual({ id: 'anoniem', role: 'anonymous' });
    expect(viewerFromAuthorization(`Bearer ${PLANNER}`, tokens)).toEqual({ id: 'rvb', role: 'planner' });
    expect(viewerFromAuthorization(`bearer ${VIEWER}`, tokens)).toEqual({ id: 'cbs', role: 'viewer' });
  });

  it('refuses malformed headers and unknown tokens as UNAUTHENTICATED', () => {
    for (const header of ['Token abc', 'Bearer', `Bearer ${PLANNER}x`]) {
      expect(() => viewerFromAuthorization(header, tokens)).toThrow(
        expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
      );
    }
  });
});

describe('roles', () => {
  it('orders anonymous < viewer < planner < admin', () => {
    expect(hasRole({ id: 'a', role: 'admin' }, 'planner')).toBe(true);
    expect(hasRole({ id: 'v', role: 'viewer' }, 'planner')).toBe(false);
    expect(() => requireRole({ id: 'anoniem', role: 'anonymous' }, 'planner')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'UNAUTHENTICATED' }) }),
    );
    expect(() => requireRole({ id: 'v', role: 'viewer' }, 'planner')).toThrow(
      expect.objectContaining({ extensions: expect.objectContaining({ code: 'FORBIDDEN' }) }),
    );
  });
});
