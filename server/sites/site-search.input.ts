/**
 * SiteFilter and SiteOrder as GraphQL receives them → the checked SiteSearch and order that
 * the SQL in site-search.queries.ts takes. Sorting by distance needs a point to measure from.
 */
import { ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { OrderDirection } from '../graphql/enums.js';
import { toSpatialFilter } from '../spatial/spatial-filter.input.js';
import type { SiteOrder, SiteSearch } from './site-search.queries.js';
import type { SiteFilter, SiteOrderInput } from './site-filter.input.js';

export async function toSiteSearch(
  db: Queryable,
  filter: SiteFilter | undefined,
  prefix = 'filter',
): Promise<SiteSearch> {
  const spatial = await toSpatialFilter(db, filter, prefix);
  return {
    kinds: filter?.kinds ?? undefined,
    dataset: filter?.dataset ?? 'gepubliceerd',
    search: filter?.search?.trim() || undefined,
    gemeenteCode: filter?.gemeenteCode?.trim().toUpperCase() || undefined,
    organisationId: filter?.organisationId ?? undefined,
    sector: filter?.sector ?? undefined,
    ropStatus: filter?.ropStatus ?? undefined,
    spatial,
  };
}

/** Default: nearest first when searching around a point, otherwise by name. */
export function toSiteOrder(order: SiteOrderInput | undefined, search: SiteSearch): SiteOrder {
  const field = order?.field ?? (search.spatial.nearby ? 'DISTANCE' : 'NAME');
  if (field === 'DISTANCE' && !search.spatial.nearby) {
    throw new ValidationError(
      'orderBy.field',
      'Sorteren op afstand kan alleen bij zoeken rond een punt (filter.nearby)',
    );
  }
  return { field, direction: order?.direction === OrderDirection.DESC ? 'DESC' : 'ASC' };
}
