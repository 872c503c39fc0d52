/**
 * The feature collections offered through OGC API Features and the exports: what each is
 * called, what it holds, and the SQL parts that read it (constants only).
 *
 * Access (access.ts): every collection is listed for everyone. The location cases
 * (locatiecasussen) are read from the viewer's visible cases (cases/visible-cases.ts), the one
 * rule GraphQL follows too: a confidential case — with its advice — exists only for a planner or
 * admin (role from the bearer token). Anonymous callers and viewers get the other cases.
 */
import { visibleCases } from '../cases/visible-cases.queries.js';
import type { Dataset, RegionKind } from '../../common/domain.js';
import { sql, type SQL } from '../common/sql.js';
import type { FeatureSource } from './features.queries.js';
import {
  CASE_PROPERTIES,
  PROJECT_PROPERTIES,
  REGION_PROPERTIES,
  SITE_PROPERTY_TYPES,
  STATION_PROPERTIES,
  type PropertyTypes,
} from './ogc.schema.js';

export interface Collection {
  id: string;
  title: string;
  description: string;
  source: FeatureSource;
  /** Rows carry a dataset (gepubliceerd | demo): the dataset parameter applies. */
  hasDatasets: boolean;
  /** A region level: features get the fte figures of the core aggregation. */
  regionLevel?: RegionKind;
  /**
   * The one dataset of this collection (e.g. provincies-demo): no dataset parameter, so a GIS
   * client that cannot add parameters (QGIS, GDAL) still reaches the demonstration figures.
   */
  fixedDataset?: Dataset;
  /** The properties of its features as JSON Schema types (/schema, /queryables, describedby). */
  propertyTypes: PropertyTypes;
  /** 'public': listed for everyone; which rows a viewer gets is up to the source (cases: visible-cases.ts). */
  access: 'public';
}

// Keep the keys in step with the JSON Schema types in ogc.schema.ts (the OGC test compares them).
const SITE_PROPERTIES = sql`json_build_object(
  'kind', s.kind, 'name', s.name, 'address', s.address, 'city', s.city, 'gemeenteCode', s.gemeente_code,
  'locationPrecision', s.location_precision, 'grossFloorAreaM2', s.gross_floor_area_m2, 'workplaces', s.workplaces,
  'tenure', s.tenure, 'inUseSince', s.in_use_since, 'ropStatus', s.rop_status, 'ropOpenedOn', s.rop_opened_on,
  'sourceUrl', s.source_url, 'note', s.note, 'dataset', s.dataset)`;

const siteSource = (filter?: SQL): FeatureSource => ({
  from: sql`site s`,
  id: sql`s.id`,
  numericId: true,
  geom: sql`s.geom`,
  properties: SITE_PROPERTIES,
  filter,
  datasetColumn: sql`s.dataset`,
  order: sql`s.id`,
});

const regionSource = (level: RegionKind): FeatureSource => ({
  from: sql`region r`,
  id: sql`r.code`,
  numericId: false,
  geom: sql`r.geom`,
  properties: sql`json_build_object('code', r.code, 'name', r.name, 'level', r.kind, 'year', r.year, 'boundarySource', r.source)`,
  // Constant level from REGION_COLLECTIONS below; the newest division year, as fteByRegion uses.
  filter: sql`r.kind = ${sql.literal(level)} AND r.year = (SELECT max(y.year) FROM region y WHERE y.kind = ${sql.literal(level)})`,
  order: sql`r.code`,
});

/**
 * A case has no geometry of its own: it takes the destination site's point, else the origin
 * site's, else none (such a case never matches a bbox but is listed without one).
 */
const CASE_SOURCE: FeatureSource = {
  from: (viewer) =>
    sql`${visibleCases(viewer, 'lc')} LEFT JOIN site ts ON ts.id = lc.to_site_id LEFT JOIN site fs ON fs.id = lc.from_site_id`,
  id: sql`lc.id`,
  numericId: true,
  geom: sql`COALESCE(ts.geom, fs.geom)`,
  properties: sql`json_build_object('title', lc.title, 'organisationId', lc.organisation_id, 'organisationName', lc.organisation_name,
    'kind', lc.kind, 'kindAsWritten', lc.kind_as_written, 'fteChange', lc.fte_change, 'fteChangeAsWritten', lc.fte_change_as_written,
    'fromRegionCode', lc.from_region_code, 'toRegionCode', lc.to_region_code, 'fromSiteId', lc.from_site_id, 'toSiteId', lc.to_site_id,
    'status', lc.status, 'advice', lc.advice, 'decision', lc.decision, 'confidential', lc.confidential,
    'sourceUrl', lc.source_url, 'note', lc.note, 'dataset', lc.dataset)`,
  datasetColumn: sql`lc.dataset`,
  order: sql`lc.id`,
};

const REGION_COLLECTIONS: { id: string; level: RegionKind; title: string }[] = [
  { id: 'provincies', level: 'provincie', title: 'Provincies' },
  { id: 'corop-gebieden', level: 'corop', title: 'COROP-gebieden' },
  { id: 'gemeenten', level: 'gemeente', title: 'Gemeenten' },
  { id: 'arbeidsmarktregios', level: 'arbeidsmarktregio', title: 'Arbeidsmarktregio’s' },
];

export const COLLECTIONS: Collection[] = [
  {
    id: 'sites',
    title: 'Rijkslocaties',
    description:
      'Rijkskantoren, rijksontmoetingspleinen en andere locaties van het Rijk, elk met bron. Locaties zonder exact adres staan in hun gemeente (locationPrecision = gemeente).',
    source: siteSource(),
    hasDatasets: true,
    propertyTypes: SITE_PROPERTY_TYPES,
    access: 'public',
  },
  {
    id: 'rijksontmoetingspleinen',
    title: 'Rijksontmoetingspleinen',
    description: 'Het landelijke netwerk van rijksontmoetingspleinen (ROP), open en gepland.',
    source: siteSource(sql`s.kind = 'rijksontmoetingsplein'`),
    hasDatasets: true,
    propertyTypes: SITE_PROPERTY_TYPES,
    access: 'public',
  },
  {
    id: 'masterplanprojecten',
    title: 'Masterplanprojecten',
    description:
      'Projecten uit de masterplannen rijkskantoorhuisvesting; projecten zonder bekende plek hebben geen geometrie.',
    source: {
      from: sql`masterplan_project m`,
      id: sql`m.id`,
      numericId: true,
      geom: sql`m.geom`,
      properties: sql`json_build_object('masterplan', m.masterplan, 'name', m.name, 'kind', m.kind, 'kindAsWritten', m.kind_as_written,
        'status', m.status, 'period', m.period, 'plannedWorkplaces', m.planned_workplaces, 'city', m.city,
        'gemeenteCode', m.gemeente_code, 'locationPrecision', m.location_precision, 'siteId', m.site_id,
        'sourceUrl', m.source_url, 'note', m.note, 'dataset', m.dataset)`,
      datasetColumn: sql`m.dataset`,
      order: sql`m.id`,
    },
    hasDatasets: true,
    propertyTypes: PROJECT_PROPERTIES,
    access: 'public',
  },
  {
    id: 'stations',
    title: 'Treinstations',
    description: 'Nederlandse treinstations met type (bron: Rijden de Treinen open data, CC0).',
    source: {
      from: sql`station st`,
      id: sql`st.code`,
      numericId: false,
      geom: sql`st.geom`,
      properties: sql`json_build_object('code', st.code, 'name', st.name, 'type', st.type, 'sourceUrl', st.source_url)`,
      order: sql`st.code`,
    },
    hasDatasets: false,
    propertyTypes: STATION_PROPERTIES,
    access: 'public',
  },
  {
    id: 'locatiecasussen',
    title: 'Locatiecasussen',
    description:
      'Casussen voor locatieadvies van BZK (groei, krimp, nieuwe dienst, masterplan, VtW), met de bestemmings- of herkomstlocatie als punt waar die bekend is. Vertrouwelijke casussen en hun advies alleen met een token met de rol planner of beheerder.',
    source: CASE_SOURCE,
    hasDatasets: true,
    propertyTypes: CASE_PROPERTIES,
    access: 'public',
  },
  ...REGION_COLLECTIONS.flatMap((region) => [regionCollection(region), regionCollection(region, 'demo')]),
];

/**
 * A region level with its fte figures. Without peildatum or datetime the figures are those of
 * the newest peildatum that has a figure for this level (ogc.peildatum.ts), so a client that
 * sends no parameters (QGIS, GDAL) still gets numbers. The -demo twin holds the demonstration
 * figures only: datasets never mix, and no parameter is needed to choose them.
 */
function regionCollection(
  { id, level, title }: (typeof REGION_COLLECTIONS)[number],
  fixedDataset?: Dataset,
): Collection {
  const demo = fixedDataset === 'demo';
  return {
    id: demo ? `${id}-demo` : id,
    title: demo
      ? `${title} met rijkswerkgelegenheid (fte), fictieve voorbeelddata`
      : `${title} met rijkswerkgelegenheid (fte)`,
    description:
      `${title} (CBS-indeling, nieuwste jaar) met fte op een peildatum` +
      (demo ? ', uit de fictieve voorbeelddata (nooit gemengd met gepubliceerde cijfers)' : '') +
      '. Parameters: peildatum (JJJJ-MM-DD) of datetime (OGC), standaard de nieuwste peildatum mét cijfers op dit niveau; ' +
      (demo ? '' : 'dataset; ') +
      'sector, metric. Ontbrekende cijfers zijn leeg met status "geen gepubliceerd cijfer", nooit 0.',
    source: regionSource(level),
    hasDatasets: true,
    fixedDataset,
    regionLevel: level,
    propertyTypes: REGION_PROPERTIES,
    access: 'public',
  };
}

export function findCollection(id: string): Collection | undefined {
  return COLLECTIONS.find((c) => c.id === id);
}
