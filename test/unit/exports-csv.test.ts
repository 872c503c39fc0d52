/** CSV writing: RFC 4180 quoting, the Dutch Excel dialect, and missing values as empty cells. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../common/csv.js';

const COLUMNS = ['name', 'fte', 'note', 'sources', 'ok'];
const ROWS = [
  {
    name: 'Den Haag, centrum',
    fte: 1234.5,
    note: 'zegt "bijna"\nnieuwe regel',
    sources: ['https://a.example', 'https://b.example'],
    ok: true,
  },
  { name: 'Assen; Drenthe', fte: null, note: '-5 is tekst', sources: [], ok: false },
];

describe('toCsv', () => {
  it('writes standard CSV that parses back to the same values, formulas guarded', () => {
    const text = toCsv(COLUMNS, ROWS, 'standaard');
    // UTF-8 BOM: LibreOffice's default import then reads "Fryslân", not "FryslÃ¢n" (issue 17, finding 6).
    expect(text.startsWith('\uFEFFname,fte,note,sources,ok\r\n')).toBe(true);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text, { columns: true, bom: true })).toEqual([
      {
        name: 'Den Haag, centrum',
        fte: '1234.5',
        note: 'zegt "bijna"\nnieuwe regel',
        sources: 'https://a.example; https://b.example',
        ok: 'true',
      },
      // Text a spreadsheet would run as a formula is guarded in this dialect too.
      { name: 'Assen; Drenthe', fte: '', note: "'-5 is tekst", sources: '', ok: 'false' },
    ]);
  });

  it('writes the Dutch dialect: BOM, semicolons, decimal comma, formula guard', () => {
    const text = toCsv(COLUMNS, ROWS, 'nl');
    expect(text.startsWith('\uFEFFname;fte;note;sources;ok\r\n')).toBe(true);
    const rows = parse(text, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ name: 'Den Haag, centrum', fte: '1234,5' });
    expect(rows[1]).toMatchObject({ name: 'Assen; Drenthe', fte: '', note: "'-5 is tekst" });
  });

  it('defuses formulas in every dialect, also after leading whitespace, and leaves numbers alone', () => {
    const attacks = [
      '=HYPERLINK("https://evil.example","klik")',
      '@SUM(A1:A9)',
      '=2+2',
      ' =1+1',
      '\t=1+1',
      "-1+cmd|' /C calc'!A0",
      '+31 6 1234',
      '\uFF1D1+1',
      '\rx',
    ];
    for (const dialect of ['standaard', 'nl'] as const) {
      const rows = attacks.map((note, i) => ({ name: `rij ${i}`, fte: -5, note, sources: [note], ok: true }));
      const parsed = parse(toCsv(COLUMNS, rows, dialect), {
        columns: true,
        bom: true,
        delimiter: dialect === 'nl' ? ';' : ',',
      }) as Record<string, string>[];
      expect(parsed.map((r) => r.note)).toEqual(attacks.map((a) => `'${a}`));
      expect(parsed.map((r) => r.sources)).toEqual(attacks.map((a) => `'${a}`));
      expect(parsed.every((r) => r.fte === '-5')).toBe(true);
    }
  });

  it('leaves plain numbers written as text and ordinary text unguarded', () => {
    const rows = [
      { name: '-5', fte: -1.5, note: '+31', sources: ['2024-01-01'], ok: false },
      { name: 'Den Haag', fte: 0, note: 'a = b', sources: [], ok: true },
    ];
    const parsed = parse(toCsv(COLUMNS, rows, 'nl'), { columns: true, bom: true, delimiter: ';' }) as Record<
      string,
      string
    >[];
    expect(parsed).toEqual([
      { name: '-5', fte: '-1,5', note: '+31', sources: '2024-01-01', ok: 'false' },
      { name: 'Den Haag', fte: '0', note: 'a = b', sources: '', ok: 'true' },
    ]);
  });
});
