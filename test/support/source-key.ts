/**
 * A content hash of source folders and files: the key under which the tests keep what is
 * expensive to make (the compiled server, the seeded template databases) between files and
 * between runs. Any change to a file that could change the result makes a new key.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

function walk(entry: string, out: string[]): void {
  if (!fs.existsSync(entry)) return;
  if (fs.statSync(entry).isFile()) {
    out.push(entry);
    return;
  }
  for (const name of fs.readdirSync(entry).sort()) {
    if (name === 'node_modules' || name.startsWith('.')) continue;
    walk(path.join(entry, name), out);
  }
}

/** sha256 over the paths and contents of every file under `entries`, plus `extra` (settings that matter). */
export function sourceKey(entries: string[], extra: unknown = null): string {
  const hash = crypto.createHash('sha256').update(JSON.stringify(extra));
  const files: string[] = [];
  for (const entry of entries) walk(entry, files);
  for (const file of files) hash.update(file).update('\0').update(fs.readFileSync(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/** sha256 over names, sizes and modification times: for large third-party files (CBS boundaries). */
export function statKey(entries: string[]): string {
  const files: string[] = [];
  for (const entry of entries) walk(entry, files);
  const stats = files.map((f) => `${f}:${fs.statSync(f).size}:${fs.statSync(f).mtimeMs}`);
  return crypto.createHash('sha256').update(stats.join('\n')).digest('hex').slice(0, 16);
}
