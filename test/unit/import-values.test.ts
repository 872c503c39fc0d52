/** Value parsing, CSV reading, gemeente names and the progress output of imports. */
import { describe, expect, it } from 'vitest';
import { parseFte, parsePeildatum, parseSector } from '../../server/tables/values.js';
import { parseCsvTable, TableReadError } from '../../server/tables/table-reader.js';
import { GemeenteResolver } from '../../server/regions/gemeente-resolver.service.js';
import { createProgress } from '../../server/imports/progress.js';
import { projectKind } from '../../server/masterplan/project-rows.js';

describe('import values', () => {
  it('reads fte with a decimal comma and refuses negatives, thousands separators and words', () => {
    expect(parseFte('12,5')).toBe(12.5);
    expect(parseFte('40')).toBe(40);
    expect(() => parseFte('-3')).toThrow(/0 of meer/);
    expect(() => parseFte('1.234')).toThrow(/twee decimalen/);
    expect(() => parseFte('veel')).toThrow();
  });

  it('accepts only 1 January as peildatum, ISO or Dutch notation', () => {
    expect(parsePeildatum('2024-01-01')).toBe('2024-01-01');
    expect(parsePeildatum('1-1-2024')).toBe('2024-01-01');
    expect(() => parsePeildatum('2024-03-01')).toThrow(/1 januari/);
    expect(() => parsePeildatum('2024-02-30')).toThrow(/bestaande datum/);
  });

  it('maps the sector labels used in letters to the vocabulary', () => {
    expect(parseSector('Nationale Politie')).toBe('nationale_politie');
    expect(parseSector("zbo's")).toBe('zbo');
    expect(parseSector('gevangeniswezen_dji')).toBe('gevangeniswezen_dji');
    expect(() => parseSector('brandweer')).toThrow(/onbekende sector/);
  });

  it('reads semicolon CSV (Dutch Excel) with spreadsheet line numbers', () => {
    const table = parseCsvTable('\uFEFFOrganisatie;FTE\nA;1\n\nB;2\n');
    expect(table.columns).toEqual(['organisatie', 'fte']);
    expect(table.rows.map((r) => [r.line, r.values.organisatie])).toEqual([
      [2, 'A'],
      [4, 'B'],
    ]);
    expect(() => parseCsvTable('a,b\n1,2,3\n')).toThrow(TableReadError);
  });

  it('resolves gemeenten by code, CBS name, alias and unique base name, and nothing else', () => {
    const resolver = new GemeenteResolver(
      [
        { code: 'GM0518', name: "'s-Gravenhage" },
        { code: 'GM0687', name: 'Middelburg (Z.)' },
        { code: 'GM0106', name: 'Assen' },
        { code: 'GM1701', name: 'Westerveld' },
        { code: 'GM0373', name: 'Bergen (NH.)' },
        { code: 'GM0893', name: 'Bergen (L.)' },
      ],
      [
        { alias: 'Den Haag', cbsName: "'s-Gravenhage" },
        { alias: 'Havelte (gem. Westerveld)', cbsName: 'Westerveld' },
      ],
    );
    expect(resolver.resolve('Den Haag')?.code).toBe('GM0518');
    expect(resolver.resolve('ASSEN')?.code).toBe('GM0106');
    expect(resolver.resolve('106')?.code).toBe('GM0106');
    expect(resolver.resolve('Middelburg')?.code).toBe('GM0687');
    expect(resolver.resolve('Havelte (gem. Westerveld)')?.code).toBe('GM1701');
    expect(resolver.resolve('Bergen')).toBeNull();
    expect(resolver.resolve('Atlantis')).toBeNull();
  });

  it('maps a project kind as written to its first category word', () => {
    expect(projectKind('renovatie + uitbreiding (PPS/DBFMO)')).toBe('renovatie');
    expect(projectKind('aankoop + renovatie')).toBe('aankoop');
    expect(projectKind('huur + herhuisvesting')).toBe('overig');
  });

  it('draws a bar on a terminal and plain percentage lines otherwise', () => {
    const out: string[] = [];
    const plain = createProgress({ isTTY: false, write: (t: string) => out.push(t) }, 'Import');
    for (let i = 0; i <= 100; i += 5) plain('schrijven', i, 100);
    expect(out).toHaveLength(11);
    expect(out[10]).toBe('Import schrijven: 100% (100/100)\n');
    const tty: string[] = [];
    const bar = createProgress({ isTTY: true, write: (t: string) => tty.push(t) }, 'Import');
    bar('schrijven', 50, 100);
    bar.done();
    expect(tty[0]).toMatch(/^\rImport schrijven +\[#{15}-{15}\] +50% 50\/100$/);
    expect(tty[1]).toBe('\n');
  });
});
