/** The one formula rule (common/csv.ts) as the importer applies it to spreadsheet cells. */
import { describe, expect, it } from 'vitest';
import { startsLikeFormula } from '../../common/csv.js';
import { refuseFormulaCells } from '../../server/tables/formula-cells.js';
import type { Table } from '../../server/tables/table-reader.js';

describe('formula rule', () => {
  it('knows formulas by their first character, also behind whitespace, and spares plain numbers', () => {
    for (const text of ['=1+1', ' =1+1', '+A1', '-1+cmd|x', '@SUM(A1)', '\uFF1D1', '\tx', '\rx', '- opmerking'])
      expect(startsLikeFormula(text), text).toBe(true);
    for (const text of ['', 'Assen', 'a = b', '-5', '+31', '-1,5', '12.5', '2024-01-01', "'=1"])
      expect(startsLikeFormula(text), text).toBe(false);
  });
});

describe('refuseFormulaCells', () => {
  const table = (format: Table['format']): Table => ({
    columns: ['naam', 'note'],
    rows: [
      { line: 2, values: { naam: 'A', note: ' =1+1' } },
      { line: 3, values: { naam: 'B', note: 'gewoon' } },
    ],
    format,
  });

  it('takes rows with a formula cell out of spreadsheet tables and reports line and column', () => {
    for (const format of ['csv', 'xlsx'] as const) {
      const checked = refuseFormulaCells(table(format));
      expect(checked.table.rows.map((r) => r.line)).toEqual([3]);
      expect(checked.errors).toEqual([
        { line: 2, column: 'note', reason: expect.stringMatching(/^"=1\+1" begint met "=": .*formule/) },
      ]);
    }
  });

  it('leaves GeoJSON properties as they are (typed data, not spreadsheet cells)', () => {
    expect(refuseFormulaCells(table('geojson'))).toEqual({ table: table('geojson'), errors: [] });
  });
});
