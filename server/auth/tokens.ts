/**
 * API tokens from configuration: API_TOKENS="name:role:token,…" or, stored hashed,
 * "name:role:sha256:<64 hex>" (printf %s "$TOKEN" | sha256sum). Only SHA-256 hashes are kept in
 * memory; in production only the hashed form is accepted, so no token sits in plain text in the
 * deployment's configuration. Without API_TOKENS a development token (DEV_TOKEN, role planner) is accepted so the
 * planner flows can be tried locally; with NODE_ENV=production that token is refused outright.
 * OIDC/JWT replaces this later; the rest of the service only sees a Viewer.
 */
import { createHash } from 'node:crypto';
import { ConfigError } from '../config.js';
import type { Role } from './viewer.js';

/** DEVELOPMENT ONLY — never valid in production (see loadTokens). */
export const DEV_TOKEN = 'rp-dev-planner-token-ALLEEN-VOOR-ONTWIKKELING';
export const DEV_TOKEN_NAME = 'ontwikkelaar (standaardtoken, alleen voor ontwikkeling)';

export const TOKEN_ROLES: readonly Role[] = ['viewer', 'planner', 'admin'];
const MIN_TOKEN_LENGTH = 24;

export interface TokenEntry {
  name: string;
  role: Role;
  hash: Buffer;
}

export function sha256(text: string): Buffer {
  return createHash('sha256').update(text, 'utf8').digest();
}

export interface TokenOptions {
  production: boolean;
  warn?: (message: string) => void;
}

export function loadTokens(env: Record<string, string | undefined>, options: TokenOptions): TokenEntry[] {
  const raw = env.API_TOKENS?.trim();
  if (!raw) {
    if (options.production) {
      options.warn?.('API_TOKENS is niet gezet: de API is alleen-lezen (geen planners of beheerders).');
      return [];
    }
    options.warn?.(
      `API_TOKENS is niet gezet: het ontwikkeltoken "${DEV_TOKEN}" geeft de rol planner. Niet voor productie.`,
    );
    return [{ name: DEV_TOKEN_NAME, role: 'planner', hash: sha256(DEV_TOKEN) }];
  }
  return parseTokens(raw, options.production);
}

function parseTokens(raw: string, production: boolean): TokenEntry[] {
  const problems: string[] = [];
  const entries: TokenEntry[] = [];
  raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .forEach((part, index) => {
      const [name, role, ...rest] = part.split(':');
      const token = rest.join(':');
      const hashed = /^sha256:([0-9a-f]{64})$/i.exec(token);
      const where = `API_TOKENS item ${index + 1}${name ? ` (${name})` : ''}`;
      if (!name || !role || !token) return void problems.push(`${where}: verwacht naam:rol:token`);
      if (!TOKEN_ROLES.includes(role as Role))
        return void problems.push(`${where}: rol moet ${TOKEN_ROLES.join(', ')} zijn`);
      if (production && token === DEV_TOKEN)
        return void problems.push(`${where}: het ontwikkeltoken is in productie niet toegestaan`);
      if (!hashed && production)
        return void problems.push(`${where}: in productie alleen gehasht (naam:rol:sha256:<hex>)`);
      if (!hashed && token.length < MIN_TOKEN_LENGTH)
        return void problems.push(`${where}: token moet minstens ${MIN_TOKEN_LENGTH} tekens hebben`);
      const hash = hashed ? Buffer.from(hashed[1]!, 'hex') : sha256(token);
      if (production && hash.equals(sha256(DEV_TOKEN)))
        return void problems.push(`${where}: het ontwikkeltoken is in productie niet toegestaan`);
      if (entries.some((e) => e.hash.equals(hash))) return void problems.push(`${where}: token komt dubbel voor`);
      entries.push({ name, role: role as Role, hash });
    });
  if (problems.length > 0) throw new ConfigError(`Configuratie ongeldig:\n  - ${problems.join('\n  - ')}`);
  return entries;
}
