/**
 * Validates an fte delivery: the columns a ministry sends (organisatie, sector, locatie or
 * gemeente, peildatum, fte). Every row is checked and every problem reported; valid rows
 * become records keyed by their cell, so two rows for one cell are caught here too.
 */
import type { Sector } from '../../common/domain.js';
import type { GemeenteResolver } from '../regions/gemeente-resolver.service.js';
import { mapColumns, type ColumnSpec } from '../tables/columns.js';
import { FieldError, RowErrorCollector, type RowError } from '../tables/row-errors.js';
import type { Table } from '../tables/table-reader.js';
import { parseFte, parsePeildatum, parseSector, requireText } from '../tables/values.js';

export const FTE_COLUMNS: ColumnSpec[] = [
  { key: 'organisatie', aliases: ['organisation', 'organisatienaam', 'dienst'], required: true },
  { key: 'sector', aliases: [], required: true },
  { key: 'locatie', aliases: ['site', 'vestiging', 'locatienaam'] },
  { key: 'gemeente', aliases: ['municipality', 'plaats', 'gemeentecode'] },
  { key: 'peildatum', aliases: ['reference_date', 'datum'], required: true },
  { key: 'fte', aliases: ['aantal_fte'], required: true },
];

export interface FteLookups {
  organisations: Map<string, { id: number; name: string; sector: Sector }>;
  /** Sites of the dataset by lower-cased name; several when names repeat across gemeenten. */
  sites: Map<string, { id: number; gemeenteCode: string | null }[]>;
  gemeenten: GemeenteResolver;
}

export interface FteRecord {
  line: number;
  peildatum: string;
  scope: 'locatie' | 'regio';
  region_code: string | null;
  site_id: number | null;
  sector: Sector;
  organisation: string;
  fte: number;
  fte_as_written: string;
}

export function validateFteRows(
  table: Table,
  lookups: FteLookups,
  onRow?: (done: number) => void,
): { records: FteRecord[]; errors: RowError[] } {
  const columns = mapColumns(table, FTE_COLUMNS);
  if (columns.errors.length > 0) return { records: [], errors: columns.errors };
  if (!columns.header('locatie') && !columns.header('gemeente')) {
    return {
      records: [],
      errors: [
        { line: 1, column: 'locatie/gemeente', reason: 'kolom locatie of gemeente ontbreekt (minstens één van beide)' },
      ],
    };
  }
  const collector = new RowErrorCollector();
  const seen = new Map<string, number>();
  /** Sector of organisations that are new in this file: one organisation, one sector. */
  const fileSectors = new Map<string, Sector>();
  const records: FteRecord[] = [];
  table.rows.forEach((row, index) => {
    const { line } = row;
    const before = collector.errors.length;
    const organisation = collector.field(line, 'organisatie', () =>
      requireText(columns.get(row, 'organisatie'), 'organisatie'),
    );
    const sector = collector.field(line, 'sector', () => parseSector(columns.get(row, 'sector')));
    const peildatum = collector.field(line, 'peildatum', () => parsePeildatum(columns.get(row, 'peildatum')));
    const fteText = columns.get(row, 'fte');
    const fte = collector.field(line, 'fte', () => parseFte(fteText));
    const known = organisation ? lookups.organisations.get(organisation.toLowerCase()) : undefined;
    const expectedSector = known?.sector ?? (organisation ? fileSectors.get(organisation.toLowerCase()) : undefined);
    if (expectedSector && sector && expectedSector !== sector) {
      collector.add(line, 'sector', `organisatie "${organisation}" hoort bij sector ${expectedSector}, niet ${sector}`);
    } else if (organisation && sector && !expectedSector) {
      fileSectors.set(organisation.toLowerCase(), sector);
    }
    const place = placeOf(collector, line, columns.get(row, 'locatie'), columns.get(row, 'gemeente'), lookups);
    if (collector.errors.length > before || !place || !organisation || !sector || !peildatum || fte === undefined)
      return;
    const key = [peildatum, place.site_id ?? place.region_code, sector, organisation.toLowerCase()].join('|');
    const first = seen.get(key);
    if (first !== undefined) {
      collector.add(line, 'fte', `dubbele cel: zelfde organisatie, sector, plaats en peildatum als regel ${first}`);
      return;
    }
    seen.set(key, line);
    records.push({
      line,
      peildatum,
      ...place,
      sector,
      organisation: known?.name ?? organisation,
      fte,
      fte_as_written: fteText,
    });
    if (onRow && index % 10_000 === 0) onRow(index);
  });
  return { records, errors: collector.sorted() };
}

function placeOf(
  collector: RowErrorCollector,
  line: number,
  siteName: string,
  gemeenteText: string,
  lookups: FteLookups,
) {
  const gemeente = gemeenteText ? lookups.gemeenten.resolve(gemeenteText) : null;
  if (gemeenteText && !gemeente) {
    collector.add(
      line,
      'gemeente',
      `onbekende gemeente "${gemeenteText}" (gebruik de CBS-naam of -code, bijvoorbeeld GM0106)`,
    );
    return null;
  }
  if (siteName) {
    const candidates = (lookups.sites.get(siteName.toLowerCase()) ?? []).filter(
      (s) => !gemeente || s.gemeenteCode === gemeente.code,
    );
    if (candidates.length === 1) return { scope: 'locatie' as const, site_id: candidates[0]!.id, region_code: null };
    const reason =
      candidates.length === 0
        ? `onbekende locatie "${siteName}"${gemeente ? ` in ${gemeente.name}` : ''} (importeer eerst de locaties)`
        : `locatie "${siteName}" bestaat in meerdere gemeenten; vul de kolom gemeente in`;
    collector.add(line, 'locatie', reason);
    return null;
  }
  if (gemeente) return { scope: 'regio' as const, site_id: null, region_code: gemeente.code };
  collector.add(line, 'locatie', 'locatie en gemeente ontbreken (vul minstens één in)');
  return null;
}

export { FieldError };
