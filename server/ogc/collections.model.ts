/**
 * The feature collections offered through OGC API Features and the exports: what each is
 * called, what it holds, and the SQL parts that read it (constants only).
 *
 * Access (access.ts): every collection is listed for everyone. The location cases
 * (locatiecasussen) are read from the viewer's visible cases (cases/visible-cases.queries.ts), the one
 * rule GraphQL follows too: a confidential case — with its advice — exists only for a planner or
 * admin (role from the bearer token). Anonymous callers and viewers get the other cases.
 */
import { visibleCases } from '../cases/visible-cases.queries.js';
import type { RegionKind } from '../../common/domain.js';
import type { FeatureSource } from './features.queries.js';

export interface Collection {
  id: string;
  title: string;
  description: string;
  source: FeatureSource;
  /** Rows carry a dataset (gepubliceerd | demo): the dataset parameter applies. */
  hasDatasets: boolean;
  /** A region level: features get the fte figures of the core aggregation. */
  regionLevel?: RegionKind;
  /** 'public': listed for everyone; which rows a viewer gets is up to the source (cases: visible-cases.queries.ts). */
  access: 'public';
}

const SITE_PROPERTIES = `json_build_object(
  'kind', s.kind, 'name', s.name, 'address', s.address, 'city', s.city, 'gemeenteCode', s.gemeente_code,
  'locationPrecision', s.location_precision, 'grossFloorAreaM2', s.gross_floor_area_m2, 'workplaces', s.workplaces,
  'tenure', s.tenure, 'inUseSince', s.in_use_since, 'ropStatus', s.rop_status, 'ropOpenedOn', s.rop_opened_on,
  'sourceUrl', s.source_url, 'note', s.note, 'dataset', s.dataset)`;

const siteSource = (filter?: string): FeatureSource => ({
  from: 'site s', id: 's.id', numericId: true, geom: 's.geom', properties: SITE_PROPERTIES, filter, datasetColumn: 's.dataset', order: 's.id',
});

const regionSource = (level: RegionKind): FeatureSource => ({
  from: 'region r',
  id: 'r.code',
  numericId: false,
  geom: 'r.geom',
  properties: `json_build_object('code', r.code, 'name', r.name, 'level', r.kind, 'year', r.year, 'boundarySource', r.source)`,
  // Constant level from REGION_COLLECTIONS below; the newest division year, as fteByRegion uses.
  filter: `r.kind = '${level}' AND r.year = (SELECT max(y.year) FROM region y WHERE y.kind = '${level}')`,
  order: 'r.code',
});

/**
 * A case has no geometry of its own: it takes the destination site's point, else the origin
 * site's, else none (such a case never matches a bbox but is listed without one).
 */
const CASE_SOURCE: FeatureSource = {
  from: (viewer) => `${visibleCases(viewer, 'lc')} LEFT JOIN site ts ON ts.id = lc.to_site_id LEFT JOIN site fs ON fs.id = lc.from_site_id`,
  id: 'lc.id',
  numericId: true,
  geom: 'COALESCE(ts.geom, fs.geom)',
  properties: `json_build_object('title', lc.title, 'organisationId', lc.organisation_id, 'organisationName', lc.organisation_name,
    'kind', lc.kind, 'kindAsWritten', lc.kind_as_written, 'fteChange', lc.fte_change, 'fteChangeAsWritten', lc.fte_change_as_written,
    'fromRegionCode', lc.from_region_code, 'toRegionCode', lc.to_region_code, 'fromSiteId', lc.from_site_id, 'toSiteId', lc.to_site_id,
    'status', lc.status, 'advice', lc.advice, 'decision', lc.decision, 'confidential', lc.confidential,
    'sourceUrl', lc.source_url, 'note', lc.note, 'dataset', lc.dataset)`,
  datasetColumn: 'lc.dataset',
  order: 'lc.id',
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
    description: 'Rijkskantoren, rijksontmoetingspleinen en andere locaties van het Rijk, elk met bron. Locaties zonder exact adres staan in hun gemeente (locationPrecision = gemeente).',
    source: siteSource(),
    hasDatasets: true,
    access: 'public',
  },
  {
    id: 'rijksontmoetingspleinen',
    title: 'Rijksontmoetingspleinen',
    description: 'Het landelijke netwerk van rijksontmoetingspleinen (ROP), open en gepland.',
    source: siteSource(`s.kind = 'rijksontmoetingsplein'`),
    hasDatasets: true,
    access: 'public',
  },
  {
    id: 'masterplanprojecten',
    title: 'Masterplanprojecten',
    description: 'Projecten uit de masterplannen rijkskantoorhuisvesting; projecten zonder bekende plek hebben geen geometrie.',
    source: {
      from: 'masterplan_project m',
      id: 'm.id',
      numericId: true,
      geom: 'm.geom',
      properties: `json_build_object('masterplan', m.masterplan, 'name', m.name, 'kind', m.kind, 'kindAsWritten', m.kind_as_written,
        'status', m.status, 'period', m.period, 'plannedWorkplaces', m.planned_workplaces, 'city', m.city,
        'gemeenteCode', m.gemeente_code, 'locationPrecision', m.location_precision, 'siteId', m.site_id,
        'sourceUrl', m.source_url, 'note', m.note, 'dataset', m.dataset)`,
      datasetColumn: 'm.dataset',
      order: 'm.id',
    },
    hasDatasets: true,
    access: 'public',
  },
  {
    id: 'stations',
    title: 'Treinstations',
    description: 'Nederlandse treinstations met type (bron: Rijden de Treinen open data, CC0).',
    source: {
      from: 'station st', id: 'st.code', numericId: false, geom: 'st.geom',
      properties: `json_build_object('code', st.code, 'name', st.name, 'type', st.type, 'sourceUrl', st.source_url)`,
      order: 'st.code',
    },
    hasDatasets: false,
    access: 'public',
  },
  {
    id: 'locatiecasussen',
    title: 'Locatiecasussen',
    description: 'Casussen voor locatieadvies van BZK (groei, krimp, nieuwe dienst, masterplan, VtW), met de bestemmings- of herkomstlocatie als punt waar die bekend is. Vertrouwelijke casussen en hun advies alleen met een token met de rol planner of beheerder.',
    source: CASE_SOURCE,
    hasDatasets: true,
    access: 'public',
  },
  ...REGION_COLLECTIONS.map(({ id, level, title }) => ({
    id,
    title: `${title} met rijkswerkgelegenheid (fte)`,
    description: `${title} (CBS-indeling, nieuwste jaar) met fte op een peildatum. Parameters: peildatum (JJJJ-MM-DD, standaard de nieuwste), dataset, sector, metric. Ontbrekende cijfers zijn leeg met status "geen gepubliceerd cijfer", nooit 0.`,
    source: regionSource(level),
    hasDatasets: true,
    regionLevel: level,
    access: 'public' as const,
  })),
];

export function findCollection(id: string): Collection | undefined {
  return COLLECTIONS.find((c) => c.id === id);
}
