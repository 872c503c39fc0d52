/**
 * Vocabularies shared by database constraints, GraphQL enums, importers and the web app. It lives
 * in the top-level common/ folder because both server/ and web/ import it, and neither may import
 * the other; it imports nothing, so it is safe to bundle for the browser.
 * The database CHECK constraints in the migrations list the same values.
 */
export const SECTORS = [
  'ministeries',
  'nationale_politie',
  'rechtspraak',
  'gevangeniswezen_dji',
  'defensie',
  'zbo',
] as const;
export type Sector = (typeof SECTORS)[number];

/** How the letters to parliament name the six sectors of rijkswerkgelegenheid. */
export const SECTOR_LABELS: Record<Sector, string> = {
  ministeries: 'Ministeries',
  nationale_politie: 'Nationale Politie',
  rechtspraak: 'Rechtspraak',
  gevangeniswezen_dji: 'Gevangeniswezen (DJI)',
  defensie: 'Defensie',
  zbo: "Zelfstandige bestuursorganen (zbo's)",
};

export const REGION_KINDS = ['provincie', 'corop', 'gemeente', 'arbeidsmarktregio'] as const;
export type RegionKind = (typeof REGION_KINDS)[number];

export const REGION_CODE_PREFIX: Record<RegionKind, string> = {
  provincie: 'PV',
  corop: 'CR',
  gemeente: 'GM',
  arbeidsmarktregio: 'AM',
};

export const SITE_KINDS = ['rijkskantoor', 'rijksontmoetingsplein', 'overig'] as const;
export type SiteKind = (typeof SITE_KINDS)[number];

export const LOCATION_PRECISIONS = ['adres', 'gemeente'] as const;
export type LocationPrecision = (typeof LOCATION_PRECISIONS)[number];

export const ROP_STATUSES = ['open', 'gepland'] as const;
export type RopStatus = (typeof ROP_STATUSES)[number];

export const TENURES = ['eigendom', 'huur', 'onbekend'] as const;
export type Tenure = (typeof TENURES)[number];

export const DATASETS = ['gepubliceerd', 'demo'] as const;
export type Dataset = (typeof DATASETS)[number];

export const PROJECT_KINDS = [
  'nieuwbouw',
  'renovatie',
  'afstoot',
  'aankoop',
  'rijksontmoetingsplein',
  'overig',
] as const;
export type ProjectKind = (typeof PROJECT_KINDS)[number];

export const CHANGE_REQUEST_STATUSES = [
  'ingediend',
  'in_behandeling',
  'goedgekeurd',
  'afgewezen',
  'ingetrokken',
] as const;
export type ChangeRequestStatus = (typeof CHANGE_REQUEST_STATUSES)[number];

export const CASE_KINDS = ['groei', 'krimp', 'nieuwe_dienst', 'masterplan', 'vtw', 'overig'] as const;
export type CaseKind = (typeof CASE_KINDS)[number];

export const FTE_SCOPES = ['nationaal', 'regio', 'locatie'] as const;
export type FteScope = (typeof FTE_SCOPES)[number];

/**
 * How precisely a source states a figure: exact (a count: 17.527 fte), afgerond (a rounded
 * number: "3 procent", "5,2 procent"), benadering (words around a number: "ruim 9.300",
 * "rond 2 procent") or richting (only the direction: "afname"). Comparisons are made at the
 * precision of the weaker side (server/statements/precision.ts).
 */
export const PRECISIONS = ['exact', 'afgerond', 'benadering', 'richting'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const PRECISION_LABELS: Record<Precision, string> = {
  exact: 'exact',
  afgerond: 'afgerond',
  benadering: 'benadering',
  richting: 'alleen richting',
};
