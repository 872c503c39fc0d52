/**
 * Merged migrations are never edited: a database that already ran one would never see the change
 * (TypeORM runs each migration once, by name), so production and a fresh install would differ.
 * server/db/migrations/SHA256SUMS holds the sha256 of every file in that folder (helpers that a
 * migration imports included); a change is a new migration, never an edit.
 */
import crypto from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const DIR = path.resolve('server/db/migrations');
const LOCK = path.join(DIR, 'SHA256SUMS');
const HOW = 'Nieuwe migratie? Voeg haar toe met `cd server/db/migrations && sha256sum <bestand> >> SHA256SUMS`.';

function locked(): Map<string, string> {
  const lines = fs.readFileSync(LOCK, 'utf8').split('\n').filter(Boolean);
  return new Map(
    lines.map((line) => {
      const [hash, file] = line.split(/\s+\*?/, 2) as [string, string];
      return [file, hash];
    }),
  );
}

const sha256 = (file: string) =>
  crypto
    .createHash('sha256')
    .update(fs.readFileSync(path.join(DIR, file)))
    .digest('hex');
const files = () =>
  fs
    .readdirSync(DIR)
    .filter((f) => f !== 'SHA256SUMS')
    .sort();

describe('merged migrations', () => {
  it('are unchanged: every file hashes to its line in SHA256SUMS', () => {
    const lock = locked();
    const edited = files().filter((f) => lock.has(f) && lock.get(f) !== sha256(f));
    expect(
      edited,
      `Deze gemergede migraties zijn gewijzigd: ${edited.join(', ')}. Zet de wijziging in een nieuwe migratie en herstel het origineel (git checkout main -- server/db/migrations/<bestand>).`,
    ).toEqual([]);
  });

  it('are all still there', () => {
    const gone = [...locked().keys()].filter((f) => !fs.existsSync(path.join(DIR, f)));
    expect(gone, `Gemergede migraties verwijderd: ${gone.join(', ')}; een database die ze draaide houdt ze.`).toEqual(
      [],
    );
  });

  it('has every file in the lock, so a new one is frozen once merged', () => {
    const lock = locked();
    const unlocked = files().filter((f) => !lock.has(f));
    expect(unlocked, `Niet in server/db/migrations/SHA256SUMS: ${unlocked.join(', ')}. ${HOW}`).toEqual([]);
  });
});
