/**
 * Safe SQL by construction (issue 15, finding 4). Every statement built from parts is a pg-sql2
 * fragment: the builders (lists, child pages, nearest, spatial conditions, features, versioned
 * rows) take only fragments, so a plain string — raw input — is refused at run time before
 * anything reaches the database; and no server module composes SQL text from strings outside
 * those fragments (scanned with the TypeScript parser, so comments and messages do not count).
 * pg-sql2 5.0.1 declares engines node >= 22; this suite also runs on Node 20, where it works.
 */
import fs from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { insertRow, lockRow, updateVersioned } from '../../server/audit/versioned-row.js';
import { compileSql, queryRows, sql, val, whereAll, type Queryable, type SQL } from '../../server/common/sql.js';
import { countFeatures, selectFeatures, type FeatureSource } from '../../server/ogc/features.queries.js';
import { childPages, listPage } from '../../server/search/paging.js';
import { distanceSql, nearestSql, spatialConditions } from '../../server/search/spatial.queries.js';
import type { Viewer } from '../../server/graphql/context.js';

/** Records what would be sent; the builders must throw before calling it. */
function recordingDb(): Queryable & { sent: string[] } {
  const sent: string[] = [];
  return {
    sent,
    query: async (text: string) => {
      sent.push(text);
      return [];
    },
  } as Queryable & { sent: string[] };
}

// What an attacker controls, smuggled where a fragment belongs (the cast is what a careless caller does).
const RAW = 's.id; DROP TABLE site; --' as unknown as SQL;
const PAGE = { limit: 10, offset: 0 };
const REFUSED = /pg-sql2/;

describe('builders refuse a plain string', () => {
  const list = { columns: sql`s.id`, from: sql`site s`, where: sql`TRUE`, orderBy: sql`s.id` };

  it.each(['columns', 'from', 'where', 'orderBy'] as const)('listPage refuses a string as %s', async (part) => {
    const db = recordingDb();
    await expect(listPage(db, { ...list, [part]: RAW }, PAGE)).rejects.toThrow(REFUSED);
    expect(db.sent).toEqual([]);
  });

  it('childPages refuses a string as parent key', async () => {
    const db = recordingDb();
    await expect(childPages(db, { ...list, parentKey: RAW }, PAGE)).rejects.toThrow(REFUSED);
    expect(db.sent).toEqual([]);
  });

  it('nearest, spatial and distance fragments refuse a string geometry or column list', () => {
    const point = { lon: 5.1, lat: 52.1 };
    expect(() => spatialConditions(RAW, { bbox: [5, 52, 6, 53] })).toThrow(REFUSED);
    expect(() => distanceSql(RAW, point)).toThrow(REFUSED);
    expect(() =>
      nearestSql({ from: sql`site s`, alias: 's', key: 'id', columns: RAW, conditions: [], point, count: 3 }),
    ).toThrow(REFUSED);
    expect(() => whereAll([RAW])).toThrow(REFUSED);
  });

  it('feature queries refuse a string in any part of the source', async () => {
    const source: FeatureSource = {
      from: sql`site s`,
      id: sql`s.id`,
      numericId: true,
      geom: sql`s.geom`,
      properties: sql`json_build_object()`,
      order: sql`s.id`,
    };
    const viewer = { role: 'anonymous' } as Viewer;
    for (const part of ['from', 'id', 'geom', 'properties', 'order', 'filter'] as const) {
      const db = recordingDb();
      await expect(
        selectFeatures(db, { ...source, [part]: RAW }, { viewer }, { limit: 1, offset: 0, digits: 6 }),
      ).rejects.toThrow(REFUSED);
      await expect(countFeatures(db, { ...source, from: () => RAW }, { viewer })).rejects.toThrow(REFUSED);
      expect(db.sent).toEqual([]);
    }
  });

  it('versioned rows refuse a string as returned columns or value expression', async () => {
    const db = recordingDb();
    const spec = { table: 'site', alias: 's', returning: RAW, what: 'Locatie' };
    await expect(insertRow(db, spec, [{ column: 'name', value: 'x' }])).rejects.toThrow(REFUSED);
    await expect(lockRow(db, spec, 1)).rejects.toThrow(REFUSED);
    const good = { ...spec, returning: sql`s.id, s.version` };
    await expect(insertRow(db, good, [{ column: 'name', value: 'x', sql: () => RAW }])).rejects.toThrow(REFUSED);
    await expect(updateVersioned(db, { ...good, returning: RAW }, { id: 1, version: 1, values: [] })).rejects.toThrow(
      REFUSED,
    );
    expect(db.sent).toEqual([]);
  });

  it('names and values are quoted and parameterised, never spliced', () => {
    const hostile = "x'); DROP TABLE site; --";
    const { text, values } = compileSql(
      sql`SELECT ${sql.identifier('s', hostile)} FROM site s WHERE s.name = ${val(hostile)}`,
    );
    expect(text).toBe(`SELECT "s"."x'); DROP TABLE site; --" FROM site s WHERE s.name = $1`);
    expect(values).toEqual([hostile]);
  });

  it('queryRows refuses mixing sql.value with $n parameters', async () => {
    await expect(queryRows(recordingDb(), sql`SELECT ${val(1)}, $1`, [2])).rejects.toThrow(/sql.value/);
  });
});

// ---------------------------------------------------------------------------------------------
// No SQL text from strings: untagged template literals with substitutions, and string
// concatenation, that read as SQL. Migrations are fixed DDL, merged and never edited: exempt.

const SERVER = path.resolve(import.meta.dirname, '../../server');
const EXEMPT = [/^db\/migrations\//];
/** Upper-case SQL words as statements are written here; Dutch and English messages do not match. */
const SQL_WORDS =
  /\b(SELECT|INSERT INTO|UPDATE|DELETE FROM|WHERE|ORDER BY|GROUP BY|JOIN|RETURNING|LIMIT|ST_[A-Za-z]+)\b/;

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name === 'node_modules' ? [] : sourceFiles(full);
    return entry.name.endsWith('.ts') ? [full] : [];
  });
}

function templateText(node: ts.TemplateExpression): string {
  return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)].join(' ');
}

/** Offending spots in one file: `file:line what`. */
function sqlFromStrings(file: string, text: string): string[] {
  const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true);
  const found: string[] = [];
  const report = (node: ts.Node, what: string) =>
    found.push(`${file}:${source.getLineAndCharacterOfPosition(node.getStart()).line + 1} ${what}`);
  const visit = (node: ts.Node): void => {
    if (
      ts.isTemplateExpression(node) &&
      !ts.isTaggedTemplateExpression(node.parent) &&
      SQL_WORDS.test(templateText(node))
    ) {
      report(node, 'SQL composed in an untagged template (use sql`…`)');
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const sides = [node.left, node.right].filter((n) => ts.isStringLiteralLike(n) || ts.isTemplateExpression(n));
      if (sides.some((n) => SQL_WORDS.test(n.getText(source)))) report(node, 'SQL concatenated with + (use sql`…`)');
    }
    if (ts.isPropertyAccessExpression(node) && node.name.text === 'raw' && node.expression.getText(source) === 'sql') {
      report(node, 'sql.raw lets any text in');
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

describe('no server module composes SQL from strings', () => {
  it('finds SQL in untagged templates, concatenation and sql.raw (the scanner itself)', () => {
    const bad = [
      'const q = `SELECT ${cols} FROM site`;',
      "const q = 'SELECT id FROM site WHERE ' + where;",
      'const q = sql.raw(text);',
    ];
    for (const line of bad) expect(sqlFromStrings('x.ts', line)).toHaveLength(1);
    const fine = [
      'const q = sql`SELECT ${cols} FROM site`;',
      "const q = 'SELECT id FROM site WHERE id = $1';",
      'const m = `Onbekende parameter ${name}`;',
      '// `SELECT ${x}` in a comment',
    ];
    for (const line of fine) expect(sqlFromStrings('x.ts', line)).toEqual([]);
  });

  it('every file under server/ (migrations exempt)', () => {
    const offenders = sourceFiles(SERVER)
      .map((file) => path.relative(SERVER, file).split(path.sep).join('/'))
      .filter((rel) => !EXEMPT.some((re) => re.test(rel)))
      .flatMap((rel) => sqlFromStrings(rel, fs.readFileSync(path.join(SERVER, rel), 'utf8')));
    expect(offenders, 'build SQL from parts with pg-sql2 (server/common/sql.ts)').toEqual([]);
  });
});
