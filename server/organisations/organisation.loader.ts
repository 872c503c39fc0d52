/** DataLoaders for organisations: by id, and one page of the organisations housed at each site. */
import type { GraphQLResolveInfo } from 'graphql';
import type { Page } from '../common/page.js';
import { toConnection, toPage, type PageArgs } from '../graphql/connection.js';
import type { RequestContext } from '../graphql/context.js';
import { loadConnection, oneLoader } from '../graphql/loaders.js';
import { needsTotal, nodeFieldArgs, nodeFieldNames, relationSelection } from '../graphql/look-ahead.js';
import { setPlanned } from '../graphql/planned.js';
import type { PageRows } from '../search/paging.js';
import {
  organisationPagesAtSites,
  organisationsByIds,
  type OrganisationPagePlan,
  type OrganisationRow,
} from './organisation.queries.js';
import { toOrganisation, type OrganisationType } from './organisation.type.js';

export function organisationById(ctx: RequestContext) {
  return oneLoader<number, OrganisationType>(
    ctx,
    'organisation.byId',
    async (ids) => (await organisationsByIds(ctx.db, ids)).map(toOrganisation),
    (o) => o.id,
  );
}

/**
 * One page of the organisations at a site, by name. With the field's `info`, only the columns
 * and the count its selection reads (planned as for a site list's organisations); sites asking
 * with the same plan share one loader and one statement.
 */
export function organisationsAtSite(
  ctx: RequestContext,
  siteId: number,
  pageArgs: PageArgs,
  info?: GraphQLResolveInfo,
) {
  const plan: OrganisationPagePlan = info
    ? { columns: organisationColumns(nodeFieldNames(info)), count: needsTotal(info) }
    : { count: true };
  return loadConnection(
    ctx,
    'organisation.atSite',
    siteId,
    pageArgs,
    { columns: plan.columns?.join(',') ?? '*', count: plan.count },
    (ids, page) => organisationPagesAtSites(ctx.db, ids, page, plan),
    toOrganisation,
  );
}

/** The columns each Organisation field reads (organisation.type.ts toOrganisation, organisation.resolver.ts). */
const FIELD_COLUMNS: Record<string, (keyof OrganisationRow)[]> = {
  id: [],
  name: ['name'],
  abbreviation: ['abbreviation'],
  sector: ['sector'],
  parentId: ['parent_id'],
  parent: ['parent_id'],
  source: ['source'],
  dataset: ['dataset'],
  version: ['version'],
  sites: [],
  fteCounts: [],
  __typename: [],
};

/**
 * What the organisations of a list's nodes (`sites { nodes { organisations { … } } }`) read,
 * planned from the selection: the page, the columns (all when a field is not known here) and
 * whether the total is read. Undefined when the list does not select them, or selects them with
 * different page arguments (aliases), where one plan cannot serve them all.
 */
export function planOrganisationsOfNodes(
  info: GraphQLResolveInfo,
  type: string,
): { page: Page; plan: OrganisationPagePlan } | undefined {
  const args = nodeFieldArgs(info, type, 'organisations');
  if (!args) return undefined;
  let page: Page;
  try {
    page = toPage(args);
  } catch {
    return undefined; // invalid page arguments: the field resolver reports them where they belong
  }
  const { fields, total } = relationSelection(info, 'organisations');
  return { page, plan: { columns: organisationColumns(fields), count: total } };
}

/** The columns these Organisation fields read (the key always); undefined (all) for a field not known here. */
function organisationColumns(fields: Set<string>): (keyof OrganisationRow)[] | undefined {
  if (![...fields].every((f) => f in FIELD_COLUMNS)) return undefined;
  return [...new Set<keyof OrganisationRow>(['id', ...[...fields].flatMap((f) => FIELD_COLUMNS[f]!)])].sort();
}

/**
 * The organisations connection of one item, from a page its list's own statement read
 * (organisationPageOfSite); set on the item as a planned value (graphql/planned.ts) for the
 * `organisations` field, which then answers without a resolver call or a loader round trip.
 * A total that was not planned is NaN: read after all, it fails loudly (Int cannot be NaN).
 */
export function setPlannedOrganisations(item: object, page: Page, rows: PageRows<OrganisationRow>): void {
  const total = rows.total ?? Number.NaN;
  setPlanned(item, 'organisations', toConnection(rows.rows.map(toOrganisation), total, page));
}
