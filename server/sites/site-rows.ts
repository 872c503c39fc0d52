/**
 * Validates site rows (import kind "sites" and the seeds rop.csv / rijkskantoren.csv): name,
 * kind, address, place, optional coordinates and facts, the organisations that use it and a
 * source. A place that maps to no CBS gemeente (and no coordinate) is an error: reported,
 * never guessed.
 */
import { SITE_KINDS, type SiteKind } from '../../common/domain.js';
import { isPartialDate, PARTIAL_DATE_FORMAT } from '../common/partial-date.js';
import { mapColumns, type ColumnSpec } from '../tables/columns.js';
import { FieldError, RowErrorCollector, type RowError } from '../tables/row-errors.js';
import type { Table } from '../tables/table-reader.js';
import { parseOptionalInt, parseOptionalNumber, requireText } from '../tables/values.js';
import type { GemeenteResolver } from '../regions/gemeente-resolver.service.js';
import { isSourceRef } from '../common/source-ref.js';
import { isInsideExtent } from '../../geo/extent.js';

export const SITE_COLUMNS_SPEC: ColumnSpec[] = [
  { key: 'naam', aliases: ['name'], required: true },
  { key: 'soort', aliases: ['kind'] },
  { key: 'adres', aliases: ['address'] },
  { key: 'plaats', aliases: ['city', 'gemeente', 'municipality'], required: true },
  { key: 'gemeentecode', aliases: ['gemeente_code', 'cbs_gemeentecode'] },
  { key: 'lon', aliases: ['lengtegraad'] },
  { key: 'lat', aliases: ['breedtegraad'] },
  { key: 'locatieprecisie', aliases: ['location_precision', 'locationprecision'] },
  { key: 'bvo_m2', aliases: ['bvo', 'gross_floor_area_m2', 'grossflooraream2'] },
  { key: 'werkplekken', aliases: ['workplaces'] },
  { key: 'eigendom', aliases: ['tenure'] },
  { key: 'in_gebruik_sinds', aliases: ['in_use_since', 'inusesince'] },
  { key: 'rop_status', aliases: ['status', 'ropstatus'] },
  { key: 'rop_geopend', aliases: ['opened_on', 'ropopenedon'] },
  { key: 'organisaties', aliases: ['users', 'gebruikers'] },
  { key: 'gastgebouw', aliases: ['host_building'] },
  { key: 'source_url', aliases: ['bron', 'sourceurl'], required: true },
  { key: 'note', aliases: ['toelichting'] },
];

export interface SiteRecord {
  line: number;
  name: string;
  kind: SiteKind;
  address: string | null;
  city: string;
  gemeenteCode: string;
  point: { lon: number; lat: number } | null;
  /** False when the file has no organisations column: existing links are then left alone. */
  organisationsGiven: boolean;
  /** Given explicitly (e.g. by a GeoJSON export): a point on the municipality stays 'gemeente'. */
  locationPrecision: 'adres' | 'gemeente' | null;
  grossFloorAreaM2: number | null;
  workplaces: number | null;
  tenure: 'eigendom' | 'huur' | null;
  inUseSince: string | null;
  ropStatus: 'open' | 'gepland' | null;
  ropOpenedOn: string | null;
  organisations: string[];
  sourceUrl: string;
  note: string | null;
}

export function validateSiteRows(
  table: Table,
  options: { gemeenten: GemeenteResolver; defaultKind?: SiteKind },
): { records: SiteRecord[]; errors: RowError[] } {
  const columns = mapColumns(table, SITE_COLUMNS_SPEC);
  if (columns.errors.length > 0) return { records: [], errors: columns.errors };
  const collector = new RowErrorCollector();
  const records: SiteRecord[] = [];
  for (const row of table.rows) {
    const get = (key: string) => columns.get(row, key);
    const line = row.line;
    const before = collector.errors.length;
    const name = collector.field(line, 'naam', () => requireText(get('naam'), 'naam'));
    const kind = collector.field(line, 'soort', () => siteKind(get('soort'), options.defaultKind));
    const city = get('plaats');
    const point = collector.field(line, 'lon', () => coordinates(get('lon'), get('lat')));
    const precision = collector.field(line, 'locatieprecisie', () =>
      locationPrecision(get('locatieprecisie'), point ?? null),
    );
    // An explicit CBS code (as in our own exports) wins over resolving the place name.
    const code = get('gemeentecode');
    const gemeente = options.gemeenten.resolve(code || city);
    if (!gemeente && code)
      collector.add(line, 'gemeentecode', `gemeentecode "${code}" is geen CBS-gemeente van de nieuwste indeling`);
    else if (!gemeente)
      collector.add(line, 'plaats', `plaats "${city}" is geen bekende CBS-gemeente en staat niet in de aliastabel`);
    const source = get('source_url');
    if (!isSourceRef(source)) collector.add(line, 'source_url', 'bron (URL) ontbreekt');
    const facts = {
      grossFloorAreaM2: collector.field(line, 'bvo_m2', () => parseOptionalNumber(get('bvo_m2'), 'bvo_m2')),
      workplaces: collector.field(line, 'werkplekken', () => parseOptionalInt(get('werkplekken'), 'werkplekken')),
      tenure: collector.field(line, 'eigendom', () => tenure(get('eigendom'))),
      inUseSince: collector.field(line, 'in_gebruik_sinds', () => partialDate(get('in_gebruik_sinds'))),
      ropStatus: collector.field(line, 'rop_status', () => ropStatus(get('rop_status'), kind)),
      ropOpenedOn: collector.field(line, 'rop_geopend', () => partialDate(get('rop_geopend'))),
    };
    if (collector.errors.length > before || !name || !kind || !gemeente) continue;
    const host = get('gastgebouw');
    const note = [host ? `Gastgebouw: ${host}` : '', get('note')].filter(Boolean).join(' ');
    records.push({
      line,
      name,
      kind,
      address: get('adres') || null,
      city,
      gemeenteCode: gemeente.code,
      point: point ?? null,
      locationPrecision: precision ?? null,
      grossFloorAreaM2: facts.grossFloorAreaM2 ?? null,
      workplaces: facts.workplaces ?? null,
      tenure: facts.tenure ?? null,
      inUseSince: facts.inUseSince ?? null,
      ropStatus: facts.ropStatus ?? null,
      ropOpenedOn: facts.ropOpenedOn ?? null,
      organisations: get('organisaties')
        .split(';')
        .map((s) => s.trim())
        .filter(Boolean),
      organisationsGiven: columns.header('organisaties') !== undefined,
      sourceUrl: source,
      note: note || null,
    });
  }
  return { records, errors: collector.sorted() };
}

function locationPrecision(text: string, point: { lon: number; lat: number } | null): 'adres' | 'gemeente' | null {
  if (text === '') return null;
  if (text !== 'adres' && text !== 'gemeente')
    throw new FieldError(`locatieprecisie moet adres of gemeente zijn (gekregen: "${text}")`);
  if (text === 'adres' && !point) throw new FieldError('locatieprecisie adres vraagt om een coördinaat (lon, lat)');
  return text;
}

function siteKind(text: string, fallback?: SiteKind): SiteKind {
  const kind = text || fallback;
  if (!kind || !(SITE_KINDS as readonly string[]).includes(kind))
    throw new FieldError(`soort moet een van ${SITE_KINDS.join(', ')} zijn (gekregen: "${text}")`);
  return kind as SiteKind;
}

function coordinates(lon: string, lat: string): { lon: number; lat: number } | null {
  if (lon === '' && lat === '') return null;
  const point = { lon: Number(lon.replace(',', '.')), lat: Number(lat.replace(',', '.')) };
  if (!Number.isFinite(point.lon) || !Number.isFinite(point.lat) || !isInsideExtent(point.lon, point.lat)) {
    throw new FieldError(`coördinaat (${lon}, ${lat}) ligt niet in Nederland (verwacht WGS84 lengte- en breedtegraad)`);
  }
  return point;
}

function tenure(text: string): 'eigendom' | 'huur' | null {
  if (text === '') return null;
  if (text === 'eigendom' || text === 'huur') return text;
  throw new FieldError(`eigendom moet "eigendom" of "huur" zijn (gekregen: "${text}")`);
}

function partialDate(text: string): string | null {
  if (text === '') return null;
  if (!isPartialDate(text)) throw new FieldError(`"${text}" is geen bestaande datum (${PARTIAL_DATE_FORMAT})`);
  return text;
}

function ropStatus(text: string, kind: SiteKind | undefined): 'open' | 'gepland' | null {
  if (kind !== 'rijksontmoetingsplein') {
    if (text !== '') throw new FieldError('alleen een rijksontmoetingsplein heeft een status');
    return null;
  }
  if (text === 'open') return 'open';
  if (text === 'gepland' || text === 'planned') return 'gepland';
  throw new FieldError(`status van een rijksontmoetingsplein moet open of gepland zijn (gekregen: "${text}")`);
}
