/**
 * The embedded database's password: generated once per data folder and kept in a file that only
 * the owner may read (mode 0600), so the service, psql and QGIS of the same user can find it and
 * other local users cannot. Without a data folder (tests) the password lives in memory only.
 * A file that others could read is replaced by a new password: the old one may be known.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const PASSWORD_FILE = 'embedded-db.password';
const PASSWORD = /^[A-Za-z0-9_-]{32,}$/;

export interface EmbeddedPassword {
  password: string;
  /** Where it is kept; undefined when it lives in memory only. */
  file: string | undefined;
}

type Warn = (message: string) => void;

export function embeddedPassword(dataDir: string | undefined, warn: Warn = console.warn): EmbeddedPassword {
  if (!dataDir) return { password: newPassword(), file: undefined };
  const file = path.join(dataDir, PASSWORD_FILE);
  const existing = readPrivate(file, warn);
  if (existing) return { password: existing, file };
  const password = newPassword();
  writePrivate(file, password);
  return { password, file };
}

/** 32 bytes of randomness in base64url: safe in a URL and unchanged by SCRAM's SASLprep. */
function newPassword(): string {
  return randomBytes(32).toString('base64url');
}

function readPrivate(file: string, warn: Warn): string | undefined {
  let stat: fs.Stats;
  try {
    stat = fs.lstatSync(file);
  } catch {
    return undefined;
  }
  const password = stat.isFile() ? fs.readFileSync(file, 'utf8').trim() : '';
  if ((stat.mode & 0o077) !== 0 || !PASSWORD.test(password)) {
    warn(`[database] ${file} was leesbaar voor anderen of ongeldig: er is een nieuw wachtwoord gemaakt`);
    return undefined;
  }
  return password;
}

/** Written to a fresh private file and renamed into place: never readable by others, not even briefly. */
function writePrivate(file: string, password: string): void {
  const temporary = `${file}.${process.pid}.tmp`;
  fs.rmSync(temporary, { force: true });
  fs.writeFileSync(temporary, `${password}\n`, { mode: 0o600, flag: 'wx' });
  fs.renameSync(temporary, file);
}
