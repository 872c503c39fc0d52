/**
 * Every row of every seed CSV names its source: a URL, or a government document beside the
 * repository as document:<file> — which must then exist in ../shared/sources (when present).
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { seedsDir } from '../../seeds/paths.js';
import { isSourceRef } from '../../server/common/source-ref.js';

/** Files that describe our own mappings rather than published facts carry their evidence per row too. */
const SOURCE_COLUMNS = ['source_url'];

function csvFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return csvFiles(full);
    return entry.name.endsWith('.csv') ? [full] : [];
  });
}

describe('seed CSVs', () => {
  const files = csvFiles(seedsDir());

  it('exist', () => {
    expect(files.map((f) => path.basename(f))).toEqual(
      expect.arrayContaining(['fte_nationaal.csv', 'fte_provincie.csv', 'population.csv']),
    );
  });

  it.each(files.map((f) => [path.relative(seedsDir(), f), f]))('%s: every row has a source URL', (_name, file) => {
    const rows = parse(fs.readFileSync(file, 'utf8'), { columns: true, skip_empty_lines: true }) as Record<
      string,
      string
    >[];
    expect(rows.length).toBeGreaterThan(0);
    const column = SOURCE_COLUMNS.find((c) => c in rows[0]!);
    expect(column, 'source_url column').toBeDefined();
    const bad = rows.map((row, i) => ({ line: i + 2, url: row[column!] ?? '' })).filter((r) => !isSourceRef(r.url));
    expect(bad).toEqual([]);
    const documents = path.resolve(seedsDir(), '..', '..', 'shared', 'sources');
    if (fs.existsSync(documents)) {
      const absent = rows
        .map((row) => row[column!] ?? '')
        .filter((u) => u.startsWith('document:') && !fs.existsSync(path.join(documents, u.slice(9))));
      expect(absent).toEqual([]);
    }
  });
});
