/** CSV writing: RFC 4180 quoting, the Dutch Excel dialect, and missing values as empty cells. */
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { toCsv } from '../../server/exports/csv.js';

const COLUMNS = ['name', 'fte', 'note', 'sources', 'ok'];
const ROWS = [
  { name: 'Den Haag, centrum', fte: 1234.5, note: 'zegt "bijna"\nnieuwe regel', sources: ['https://a.example', 'https://b.example'], ok: true },
  { name: 'Assen; Drenthe', fte: null, note: '-5 is tekst', sources: [], ok: false },
];

describe('toCsv', () => {
  it('writes standard CSV that parses back to the same values', () => {
    const text = toCsv(COLUMNS, ROWS, 'standaard');
    expect(text.endsWith('\r\n')).toBe(true);
    expect(parse(text, { columns: true })).toEqual([
      { name: 'Den Haag, centrum', fte: '1234.5', note: 'zegt "bijna"\nnieuwe regel', sources: 'https://a.example; https://b.example', ok: 'true' },
      { name: 'Assen; Drenthe', fte: '', note: '-5 is tekst', sources: '', ok: 'false' },
    ]);
  });

  it('writes the Dutch dialect: BOM, semicolons, decimal comma, formula guard', () => {
    const text = toCsv(COLUMNS, ROWS, 'nl');
    expect(text.startsWith('\uFEFFname;fte;note;sources;ok\r\n')).toBe(true);
    const rows = parse(text, { columns: true, bom: true, delimiter: ';' }) as Record<string, string>[];
    expect(rows[0]).toMatchObject({ name: 'Den Haag, centrum', fte: '1234,5' });
    expect(rows[1]).toMatchObject({ name: 'Assen; Drenthe', fte: '', note: "'-5 is tekst" });
  });
});
