/**
 * Confidentiality by construction (issue 14): the server reads location cases only through
 * server/cases/visible-cases.queries.ts. This scans every server source file and fails when the table
 * `location_case` is named anywhere else, or the TypeORM entity is used for reads, or a module
 * that reads cases keeps a cache without the viewer's visibility in its key. A new query, field,
 * loader or export therefore cannot read cases past the one rule without failing here.
 */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { sql } from '../../server/common/sql.js';
import { caseVisibilityKey, maySeeConfidentialCases, visibleCases } from '../../server/cases/visible-cases.queries.js';
import type { Role } from '../../server/graphql/context.js';

const SERVER = path.resolve(import.meta.dirname, '../../server');

/** The files that may name the table, each with the reason; no file here reads cases for a viewer. */
const MAY_NAME_THE_TABLE: Record<string, string> = {
  'cases/visible-cases.queries.ts': 'the one module that chooses the relation per viewer',
  'cases/case.service.ts':
    'the planner writer (create/update, @Authorized planner; audited update reads the row it locks)',
  'cases/case.seed.ts': 'the seed step that writes the published cases',
  'cases/location-case.entity.ts':
    'the TypeORM mapping of the table (never used for reads: see the entity check below)',
  'demo/demo.seed.ts': 'removes the demo dataset before loading it again',
  'demo/demo-planning.writer.ts': 'writes the fictional demo cases',
  'audit/audit.resolver.ts': 'names the audit entity "location_case" in a field description (no SQL)',
};

function serverFiles(dir = SERVER): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'migrations' ? [] : serverFiles(full);
    return /\.(ts|tsx|sql)$/.test(entry.name) ? [full] : [];
  });
}

const relative = (file: string) => path.relative(SERVER, file).split(path.sep).join('/');

describe('location cases are read only through visible-cases.queries.ts', () => {
  const files = serverFiles();

  it('finds the server sources (the scan is not vacuous)', () => {
    expect(files.length).toBeGreaterThan(100);
    expect(files.map(relative)).toContain('cases/case.queries.ts');
  });

  it('names the table location_case nowhere else', () => {
    const offenders = files
      .filter((file) => /\blocation_case\b(?!_public)/.test(fs.readFileSync(file, 'utf8')))
      .map(relative)
      .filter((file) => !(file in MAY_NAME_THE_TABLE));
    expect(
      offenders,
      'read location cases through visibleCases(viewer, alias) from server/cases/visible-cases.queries.ts',
    ).toEqual([]);
  });

  it('keeps the list of writers honest: every listed file still names the table', () => {
    for (const file of Object.keys(MAY_NAME_THE_TABLE)) {
      expect(fs.readFileSync(path.join(SERVER, file), 'utf8'), file).toMatch(/\blocation_case\b/);
    }
  });

  it('uses the TypeORM entity LocationCase only in the entity list (a repository would bypass the rule)', () => {
    const users = files.filter((file) => /location-case\.entity/.test(fs.readFileSync(file, 'utf8'))).map(relative);
    expect(users).toEqual(['db/entities.ts']);
  });

  it('keys every cache in a module that reads cases by the viewer’s visibility', () => {
    const readers = files.filter(
      (file) => /\bvisibleCases\(/.test(fs.readFileSync(file, 'utf8')) && !file.endsWith('visible-cases.queries.ts'),
    );
    expect(readers.length).toBeGreaterThan(0);
    for (const file of readers) {
      const text = fs.readFileSync(file, 'utf8');
      if (/\b(VersionCache|LRUCache|memoize|new Map)\b/.test(text))
        expect(text, relative(file)).toMatch(/caseVisibilityKey\(/);
    }
  });
});

describe('the rule', () => {
  const viewer = (role: Role) => ({ id: role, role });

  it('lets planners and admins see confidential cases, anonymous callers and viewers not', () => {
    expect(
      (['anonymous', 'viewer', 'planner', 'admin'] as const).map((r) => maySeeConfidentialCases(viewer(r))),
    ).toEqual([false, false, true, true]);
    expect(sql.compile(visibleCases(viewer('anonymous'), 'lc')).text).toBe('"location_case_public" "lc"');
    expect(sql.compile(visibleCases(viewer('viewer'), 'c')).text).toBe('"location_case_public" "c"');
    expect(sql.compile(visibleCases(viewer('planner'), 'lc')).text).toBe('"location_case" "lc"');
    expect(sql.compile(visibleCases(viewer('admin'), 'lc')).text).toBe('"location_case" "lc"');
    expect(caseVisibilityKey(viewer('viewer'))).not.toBe(caseVisibilityKey(viewer('planner')));
  });

  it('takes only a plain alias, never SQL', () => {
    expect(() => visibleCases(viewer('planner'), 'lc; DROP TABLE site')).toThrow();
  });
});
