/**
 * The pieces of the embedded database's password gateway that need no database: the SCRAM-SHA-256
 * exchange (checked against a client written from RFC 5802 here), the password file, and the
 * watcher that finds ReadyForQuery in a server's byte stream however it is split.
 */
import { createHash, createHmac, pbkdf2Sync } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { embeddedPassword, PASSWORD_FILE } from '../../server/db/embedded-password.js';
import { message, ReadyForQueryWatcher } from '../../server/db/pg-wire.js';
import { ScramError, ScramExchange, scramVerifier } from '../../server/db/scram.js';

/** A SCRAM-SHA-256 client as RFC 5802 describes it: its final message for a server-first message. */
function clientFinal(
  password: string,
  clientFirstBare: string,
  serverFirst: string,
  gs2 = 'n,,',
): { message: string; serverSignature: string } {
  const [, nonce, salt, iterations] = /^r=([^,]+),s=([^,]+),i=(\d+)$/.exec(serverFirst)!;
  const salted = pbkdf2Sync(password, Buffer.from(salt!, 'base64'), Number(iterations), 32, 'sha256');
  const hmac = (key: Buffer, text: string) => createHmac('sha256', key).update(text).digest();
  const clientKey = hmac(salted, 'Client Key');
  const withoutProof = `c=${Buffer.from(gs2).toString('base64')},r=${nonce}`;
  const authMessage = `${clientFirstBare},${serverFirst},${withoutProof}`;
  const signature = hmac(createHash('sha256').update(clientKey).digest(), authMessage);
  const proof = Buffer.from(clientKey.map((byte, i) => byte ^ signature[i]!)).toString('base64');
  return {
    message: `${withoutProof},p=${proof}`,
    serverSignature: `v=${hmac(hmac(salted, 'Server Key'), authMessage).toString('base64')}`,
  };
}

describe('SCRAM-SHA-256 exchange', () => {
  const verifier = scramVerifier('geheim-wachtwoord-0123456789abcdefghij');

  it('accepts the right password and proves to the client that the server knows it too', () => {
    const exchange = new ScramExchange(verifier);
    const serverFirst = exchange.first('n,,n=*,r=abcDEF123');
    expect(serverFirst).toMatch(/^r=abcDEF123[A-Za-z0-9+/=]+,s=[A-Za-z0-9+/=]+,i=4096$/);
    const client = clientFinal('geheim-wachtwoord-0123456789abcdefghij', 'n=*,r=abcDEF123', serverFirst);
    expect(exchange.final(client.message)).toBe(client.serverSignature);
  });

  it('refuses a wrong password, a changed nonce and channel binding it did not offer', () => {
    const wrong = new ScramExchange(verifier);
    const serverFirst = wrong.first('n,,n=,r=xyz');
    expect(() => wrong.final(clientFinal('iets-anders', 'n=,r=xyz', serverFirst).message)).toThrow(ScramError);
    const replay = new ScramExchange(verifier);
    const again = replay.first('n,,n=,r=xyz');
    expect(() =>
      replay.final(clientFinal('geheim-wachtwoord-0123456789abcdefghij', 'n=,r=xyz', serverFirst).message),
    ).toThrow(ScramError);
    expect(again).not.toBe(serverFirst);
    expect(() => new ScramExchange(verifier).first('p=tls-server-end-point,,n=,r=xyz')).toThrow(ScramError);
    expect(() => new ScramExchange(verifier).first('n,a=admin,n=,r=xyz')).toThrow(ScramError);
  });
});

describe('embedded database password file', () => {
  const folder = () => fs.mkdtempSync(path.join(os.tmpdir(), 'rp-password-'));

  it('is generated once per data folder with mode 0600 and kept across restarts', () => {
    const dir = folder();
    const first = embeddedPassword(dir);
    expect(first.file).toBe(path.join(dir, PASSWORD_FILE));
    expect(fs.statSync(first.file!).mode & 0o777).toBe(0o600);
    expect(embeddedPassword(dir).password).toBe(first.password);
    fs.rmSync(dir, { recursive: true });
  });

  it('is replaced when others could read it (the old one may be known), with a warning', () => {
    const dir = folder();
    const first = embeddedPassword(dir);
    fs.chmodSync(first.file!, 0o644);
    const warnings: string[] = [];
    const second = embeddedPassword(dir, (m) => warnings.push(m));
    expect(second.password).not.toBe(first.password);
    expect(fs.statSync(second.file!).mode & 0o777).toBe(0o600);
    expect(warnings.join()).toMatch(/leesbaar voor anderen/);
    fs.rmSync(dir, { recursive: true });
  });

  it('lives in memory only without a data folder', () => {
    const a = embeddedPassword(undefined);
    expect(a.file).toBeUndefined();
    expect(a.password).not.toBe(embeddedPassword(undefined).password);
  });
});

describe('ReadyForQueryWatcher', () => {
  it('reports each transaction status, also when messages are split at any byte', () => {
    const stream = Buffer.concat([
      message('C', 'BEGIN\0'),
      message('Z', 'T'),
      message('D', Buffer.alloc(300, 0x5a)),
      message('Z', 'E'),
      message('Z', 'I'),
    ]);
    for (let size = 1; size <= stream.length; size += 7) {
      const seen: string[] = [];
      const watcher = new ReadyForQueryWatcher((status) => seen.push(status));
      for (let i = 0; i < stream.length; i += size) watcher.feed(stream.subarray(i, i + size));
      expect(seen, `chunks of ${size}`).toEqual(['T', 'E', 'I']);
    }
  });
});
