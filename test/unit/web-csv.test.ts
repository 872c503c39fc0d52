import { describe, expect, it } from 'vitest';
import { toCsv, type CsvColumn } from '../../web/src/lib/csv.js';

interface Row {
  name: string;
  fte: number | null;
  note: string;
}
const columns: CsvColumn<Row>[] = [
  { header: 'regio', value: (r) => r.name },
  { header: 'fte', value: (r) => r.fte },
  { header: 'toelichting', value: (r) => r.note },
];

describe('CSV export (web table twin)', () => {
  it('writes a BOM, a header and ;-separated rows with decimal commas', async () => {
    const csv = await toCsv(columns, [{ name: 'Fryslân', fte: 1234.567, note: '' }]);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual(['regio;fte;toelichting', 'Fryslân;1234,57;', '']);
  });

  it('leaves missing figures empty, never 0', async () => {
    const csv = await toCsv(columns, [{ name: 'Utrecht', fte: null, note: 'geen gepubliceerd cijfer' }], {
      bom: false,
    });
    expect(csv.split('\r\n')[1]).toBe('Utrecht;;geen gepubliceerd cijfer');
  });

  it('quotes fields with separators, quotes and line breaks', async () => {
    const csv = await toCsv(columns, [{ name: 'A;B', fte: 1, note: 'zei "bijna 95.000"\nregel 2' }], { bom: false });
    expect(csv.split('\r\n')[1]).toBe('"A;B";1;"zei ""bijna 95.000""\nregel 2"');
  });

  it('defuses text that a spreadsheet would run as a formula', async () => {
    const csv = await toCsv(columns, [{ name: '=HYPERLINK("x")', fte: -5, note: '@SUM' }], { bom: false });
    expect(csv.split('\r\n')[1]).toBe(`"'=HYPERLINK(""x"")";-5;'@SUM`);
  });

  it('defuses a formula behind a number or whitespace, keeps negative figures as numbers', async () => {
    const csv = await toCsv(
      columns,
      [
        { name: "-1+cmd|' /C calc'!A0", fte: -5, note: ' =1+1' },
        { name: '=2+2', fte: -0.5, note: '\t@SUM(A1)' },
      ],
      { bom: false },
    );
    expect(csv.split('\r\n').slice(1, 3)).toEqual([`'-1+cmd|' /C calc'!A0;-5;' =1+1`, `'=2+2;-0,5;'\t@SUM(A1)`]);
  });
});
