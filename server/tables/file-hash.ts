/** SHA-256 of one or more files' bytes: how a delivery is recognised when it comes again. */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export function hashFiles(files: string[], extra = ''): string {
  const hash = crypto.createHash('sha256');
  for (const file of files) {
    hash.update(path.basename(file));
    hash.update(fs.readFileSync(file));
  }
  hash.update(extra);
  return hash.digest('hex');
}

/** SHA-256 of a single file's content only: a renamed copy of a delivery is the same delivery. */
export function hashFile(file: string): string {
  return crypto.createHash('sha256').update(fs.readFileSync(file)).digest('hex');
}
