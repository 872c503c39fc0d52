/**
 * Where the project's own data files live. Source runs (tsx, vitest) find them beside this
 * module; compiled runs (dist/seeds) find them two levels up, in the checkout's seeds/.
 */
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));

export function seedsDir(): string {
  for (const candidate of [here, path.resolve(here, '..', '..', 'seeds')]) {
    if (fs.existsSync(path.join(candidate, 'published'))) return candidate;
  }
  throw new Error(`Map seeds/ met brondata niet gevonden (gezocht vanaf ${here})`);
}

export function seedFile(...parts: string[]): string {
  return path.join(seedsDir(), ...parts);
}
