/**
 * The server's side of SCRAM-SHA-256 (RFC 5802, RFC 7677) as PostgreSQL uses it: the password
 * itself never crosses the connection, a replayed exchange is worthless (fresh nonces), and the
 * client checks that the server knows the password too — so a process that grabbed the port
 * first learns nothing it could use. psql, QGIS (libpq ≥ 10) and node-postgres all speak it.
 * Hand-written because no maintained library offers the server side (see pg-wire.ts); the
 * crypto is node:crypto's. Channel binding is not offered (no TLS on a loopback port).
 */
import { createHash, createHmac, pbkdf2Sync, randomBytes, timingSafeEqual } from 'node:crypto';

export const MECHANISM = 'SCRAM-SHA-256';
/** PostgreSQL's default iteration count (scram_iterations). */
const ITERATIONS = 4096;

/** What the server keeps: derived once from the password (as PostgreSQL stores a SCRAM verifier). */
export interface ScramVerifier {
  salt: Buffer;
  iterations: number;
  storedKey: Buffer;
  serverKey: Buffer;
}

export function scramVerifier(password: string): ScramVerifier {
  // No SASLprep: our passwords are generated in base64url, which SASLprep leaves unchanged.
  const salt = randomBytes(16);
  const salted = pbkdf2Sync(password, salt, ITERATIONS, 32, 'sha256');
  const storedKey = sha256(hmac(salted, 'Client Key'));
  return { salt, iterations: ITERATIONS, storedKey, serverKey: hmac(salted, 'Server Key') };
}

export class ScramError extends Error {}

/** One exchange: first() answers the client's first message, final() checks its proof. */
export class ScramExchange {
  private clientFirstBare = '';
  private serverFirst = '';
  private gs2Header = '';
  private nonce = '';

  constructor(private readonly verifier: ScramVerifier) {}

  first(clientFirst: string): string {
    const match = /^([ny]),,(n=[^,]*,r=([!-+\--~]+)(?:,.*)?)$/.exec(clientFirst);
    if (!match) throw new ScramError('SCRAM: ongeldig eerste bericht (zonder kanaalbinding en authzid)');
    this.gs2Header = `${match[1]},,`;
    this.clientFirstBare = match[2]!;
    this.nonce = match[3]! + randomBytes(18).toString('base64');
    const { salt, iterations } = this.verifier;
    this.serverFirst = `r=${this.nonce},s=${salt.toString('base64')},i=${iterations}`;
    return this.serverFirst;
  }

  /** The server's final message when the proof is right; ScramError when it is not. */
  final(clientFinal: string): string {
    const match = /^(c=([^,]*),r=([^,]*)(?:,.*)?),p=([A-Za-z0-9+/=]+)$/.exec(clientFinal);
    if (!match || match[2] !== Buffer.from(this.gs2Header).toString('base64') || match[3] !== this.nonce) {
      throw new ScramError('SCRAM: ongeldig laatste bericht');
    }
    const authMessage = `${this.clientFirstBare},${this.serverFirst},${match[1]}`;
    const proof = Buffer.from(match[4]!, 'base64');
    const signature = hmac(this.verifier.storedKey, authMessage);
    if (proof.length !== signature.length) throw new ScramError('wachtwoord onjuist');
    const clientKey = Buffer.from(proof.map((byte, i) => byte ^ signature[i]!));
    if (!timingSafeEqual(sha256(clientKey), this.verifier.storedKey)) throw new ScramError('wachtwoord onjuist');
    return `v=${hmac(this.verifier.serverKey, authMessage).toString('base64')}`;
  }
}

function hmac(key: Buffer, text: string): Buffer {
  return createHmac('sha256', key).update(text).digest();
}

function sha256(data: Buffer): Buffer {
  return createHash('sha256').update(data).digest();
}
