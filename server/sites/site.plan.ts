/**
 * SQL planned from the GraphQL selection for a site list (issue 19), as Grafast plans it: the
 * columns the selected fields need (the geometry only when `location` is selected), the window
 * count only when the total is read, and the organisations of each site — when the selection
 * follows them — as a json column of the same statement (only the columns and the count their
 * selection reads), set on each site as a planned value (graphql/planned.ts): the field sends
 * nothing and runs no resolver. Anything not recognised here falls back to reading everything.
 */
import type { GraphQLResolveInfo } from 'graphql';
import { sql, type SQL } from '../common/sql.js';
import { fieldsAt, needsTotal, nodeFieldNames } from '../graphql/look-ahead.js';
import { planOrganisationsOfNodes, setPlannedOrganisations } from '../organisations/organisation.loader.js';
import { organisationPageOfSite, type OrganisationRow } from '../organisations/organisation.queries.js';
import type { PageRows } from '../search/paging.js';
import type { SiteListPlan } from './site-search.queries.js';

/** Columns by name (each with the alias s); `geojson` is the only costly one. */
const COLUMN: Record<string, SQL> = {
  kind: sql`s.kind`,
  name: sql`s.name`,
  address: sql`s.address`,
  city: sql`s.city`,
  gemeente_code: sql`s.gemeente_code`,
  geojson: sql`ST_AsGeoJSON(s.geom, 6) AS geojson`,
  location_precision: sql`s.location_precision`,
  gross_floor_area_m2: sql`s.gross_floor_area_m2`,
  workplaces: sql`s.workplaces`,
  tenure: sql`s.tenure`,
  in_use_since: sql`s.in_use_since`,
  rop_status: sql`s.rop_status`,
  rop_opened_on: sql`s.rop_opened_on`,
  source_url: sql`s.source_url`,
  note: sql`s.note`,
  dataset: sql`s.dataset`,
  version: sql`s.version`,
  import_id: sql`s.import_id`,
};

/**
 * The columns each Site field reads from its row (site.type.ts toSite, site-fields.resolver.ts).
 * Fields that need only the id (organisations, masterplanProjects, nearestStations, distanceM,
 * __typename) are absent: the id and the distance are always read.
 */
const FIELD_COLUMNS: Record<string, string[]> = {
  kind: ['kind'],
  name: ['name'],
  address: ['address'],
  city: ['city'],
  gemeenteCode: ['gemeente_code'],
  location: ['geojson'],
  locationPrecision: ['location_precision'],
  grossFloorAreaM2: ['gross_floor_area_m2'],
  workplaces: ['workplaces'],
  tenure: ['tenure'],
  inUseSince: ['in_use_since'],
  ropStatus: ['rop_status'],
  ropOpenedOn: ['rop_opened_on'],
  sourceUrl: ['source_url'],
  note: ['note'],
  dataset: ['dataset'],
  version: ['version'],
  fteCounts: ['dataset'],
  gemeente: ['gemeente_code'],
  importRun: ['import_id'],
};
const ID_ONLY = new Set(['id', 'distanceM', 'organisations', 'masterplanProjects', 'nearestStations', '__typename']);

export interface PlannedSiteList {
  plan: SiteListPlan;
  /** Call with the rows read and the items made of them: sets the relations read with them. */
  after(rows: readonly Record<string, unknown>[], sites: readonly object[]): void;
}

/**
 * The columns a connection's nodes need; `key` names them for loader keys (nested lists share a
 * loader per plan). Undefined columns (an unknown field was selected) mean all of SITE_COLUMNS.
 */
export function planSiteColumns(info: GraphQLResolveInfo): { columns?: SQL; key: string } {
  return siteColumnsFor(nodeFieldNames(info));
}

/** The same for a field whose sites sit at `path` below it (nearestSites: ['site']). */
export function planSiteColumnsAt(info: GraphQLResolveInfo, path: readonly string[]): { columns?: SQL; key: string } {
  return siteColumnsFor(new Set(fieldsAt(info, path).map((f) => f.name.value)));
}

function siteColumnsFor(fields: Set<string>): { columns?: SQL; key: string } {
  if (![...fields].every((f) => ID_ONLY.has(f) || f in FIELD_COLUMNS)) return { key: '*' };
  const names = [...new Set([...fields].flatMap((f) => FIELD_COLUMNS[f] ?? []))].sort();
  return { columns: sql.join([sql`s.id`, ...names.map((n) => COLUMN[n]!)], ', '), key: names.join(',') };
}

export function planSiteList(info: GraphQLResolveInfo): PlannedSiteList {
  const { columns } = planSiteColumns(info);
  const organisations = planOrganisationsOfNodes(info, 'Site');
  const plan: SiteListPlan = {
    columns,
    count: needsTotal(info),
    extra: organisations
      ? sql`${organisationPageOfSite(sql`s.id`, organisations.page, organisations.plan)} AS organisations_page`
      : undefined,
  };
  const after = (rows: readonly Record<string, unknown>[], sites: readonly object[]) => {
    if (!organisations) return;
    rows.forEach((row, i) =>
      setPlannedOrganisations(sites[i]!, organisations.page, row.organisations_page as PageRows<OrganisationRow>),
    );
  };
  return { plan, after };
}
