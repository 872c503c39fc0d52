/**
 * The feature properties of each collection as JSON Schema (draft 2020-12), served as
 * /collections/{id}/schema (the feature schema, linked as describedby) and /queryables (OGC API -
 * Features - Part 3: the properties a request can select by). GIS clients type their fields from
 * these: without them QGIS and GDAL guess from the first page and make an empty fte a text field.
 * Every property may be null (unknown stays unknown): none is required. Types are single names
 * ("number", not ["number", "null"]): GDAL 3.6 reads only those.
 */
import { DATASETS, SECTORS } from '../../common/domain.js';
import { METRICS } from '../fte/region-figures.service.js';

export interface PropertyType {
  type: 'string' | 'number' | 'integer' | 'boolean' | 'array';
  title: string;
  format?: 'date' | 'uri';
  enum?: readonly string[];
  /** Part 3: the property can be used to select features (a query parameter of items). */
  queryable?: boolean;
}

export type PropertyTypes = Record<string, PropertyType>;

const text = (title: string): PropertyType => ({ type: 'string', title });
const uri = (title: string): PropertyType => ({ type: 'string', format: 'uri', title });
const integer = (title: string): PropertyType => ({ type: 'integer', title });
const number = (title: string): PropertyType => ({ type: 'number', title });
const dataset: PropertyType = {
  type: 'string',
  title: 'Gepubliceerd of fictieve voorbeelddata',
  enum: DATASETS,
  queryable: true,
};

export const SITE_PROPERTY_TYPES: PropertyTypes = {
  kind: text('Soort locatie'),
  name: text('Naam'),
  address: text('Adres'),
  city: text('Plaats'),
  gemeenteCode: text('CBS-gemeentecode'),
  locationPrecision: text('Nauwkeurigheid van de ligging'),
  grossFloorAreaM2: number('Bruto vloeroppervlak (m²)'),
  workplaces: integer('Werkplekken'),
  tenure: text('Eigendom of huur'),
  inUseSince: text('In gebruik sinds (zo precies als de bron)'),
  ropStatus: text('Status rijksontmoetingsplein'),
  ropOpenedOn: text('Rijksontmoetingsplein geopend op'),
  sourceUrl: uri('Bron'),
  note: text('Toelichting'),
  dataset,
};

export const PROJECT_PROPERTIES: PropertyTypes = {
  masterplan: text('Masterplan'),
  name: text('Naam'),
  kind: text('Soort project'),
  kindAsWritten: text('Soort zoals de bron schrijft'),
  status: text('Status'),
  period: text('Periode'),
  plannedWorkplaces: integer('Geplande werkplekken'),
  city: text('Plaats'),
  gemeenteCode: text('CBS-gemeentecode'),
  locationPrecision: text('Nauwkeurigheid van de ligging'),
  siteId: integer('Locatie (sleutel)'),
  sourceUrl: uri('Bron'),
  note: text('Toelichting'),
  dataset,
};

export const STATION_PROPERTIES: PropertyTypes = {
  code: text('Stationscode'),
  name: text('Naam'),
  type: text('Soort station'),
  sourceUrl: uri('Bron'),
};

export const CASE_PROPERTIES: PropertyTypes = {
  title: text('Titel'),
  organisationId: integer('Organisatie (sleutel)'),
  organisationName: text('Organisatie'),
  kind: text('Soort casus'),
  kindAsWritten: text('Soort zoals de bron schrijft'),
  fteChange: number('Verandering in fte'),
  fteChangeAsWritten: text('Verandering zoals de bron schrijft'),
  fromRegionCode: text('Herkomstregio'),
  toRegionCode: text('Bestemmingsregio'),
  fromSiteId: integer('Herkomstlocatie (sleutel)'),
  toSiteId: integer('Bestemmingslocatie (sleutel)'),
  status: text('Status'),
  advice: text('Advies'),
  decision: text('Besluit'),
  confidential: { type: 'boolean', title: 'Vertrouwelijk' },
  sourceUrl: uri('Bron'),
  note: text('Toelichting'),
  dataset,
};

export const REGION_PROPERTIES: PropertyTypes = {
  code: text('CBS-code'),
  name: text('Naam'),
  level: text('Niveau'),
  year: integer('Jaar van de indeling'),
  boundarySource: text('Bron van de grens'),
  peildatum: {
    type: 'string',
    format: 'date',
    title: 'Peildatum van de cijfers (ook als datetime te kiezen)',
    queryable: true,
  },
  dataset,
  sector: { type: 'string', title: 'Sector (alle = alle sectoren)', enum: ['alle', ...SECTORS], queryable: true },
  metric: { type: 'string', title: 'Maat van value', enum: METRICS, queryable: true },
  organisationId: { ...integer('Alleen de cijfers van deze organisatie'), queryable: true },
  comparePeildatum: {
    type: 'string',
    format: 'date',
    title: 'Eerdere peildatum voor verandering en groei',
    queryable: true,
  },
  fte: number('Rijkswerkgelegenheid in fte; leeg = geen cijfer'),
  value: number('Waarde van de gekozen maat (metric)'),
  valueMissingReason: text('Waarom value ontbreekt'),
  status: text('Status van het cijfer'),
  basis: text('Grondslag (regiocijfer of leveringen)'),
  fteAsWritten: text('Cijfer zoals de bron het in woorden geeft'),
  sources: { type: 'array', title: 'Bronnen (URL’s)' },
};

const JSON_SCHEMA = 'https://json-schema.org/draft/2020-12/schema';

function schemaOf(type: PropertyType): Record<string, unknown> {
  const { queryable: _queryable, ...rest } = type;
  return rest.type === 'array' ? { ...rest, items: { type: 'string', format: 'uri' } } : rest;
}

/**
 * The feature schema (describedby): a GeoJSON Feature whose `properties` member lists every
 * property with its type — the form GDAL's OAPIF driver types its fields from.
 */
export function featureSchema(id: string, title: string, types: PropertyTypes, numericId: boolean) {
  return {
    $schema: JSON_SCHEMA,
    $id: id,
    title,
    type: 'object',
    required: ['type', 'geometry', 'properties'],
    properties: {
      type: { type: 'string', enum: ['Feature'] },
      id: { type: numericId ? 'integer' : 'string' },
      geometry: { $ref: 'https://geojson.org/schema/Geometry.json' },
      properties: {
        type: 'object',
        properties: Object.fromEntries(Object.entries(types).map(([name, type]) => [name, schemaOf(type)])),
      },
    },
  };
}

/**
 * Part 3 queryables: the properties a request may select by, here as query parameters of
 * items (for regions: peildatum, also as datetime). additionalProperties false: no others.
 */
export function queryables(id: string, title: string, types: PropertyTypes, accepted: readonly string[]) {
  const names = Object.entries(types).filter(([name, type]) => type.queryable && accepted.includes(name));
  return {
    $schema: JSON_SCHEMA,
    $id: id,
    type: 'object',
    title,
    properties: Object.fromEntries(names.map(([name, type]) => [name, schemaOf(type)])),
    additionalProperties: false,
  };
}
