/**
 * The spatial part of every search filter, as GraphQL sees it (nearby, intersects, bbox,
 * withinRegion), turned into checked SQL inputs. Each problem is a typed error naming the
 * filter field: INVALID_GEOMETRY for geometry, BAD_USER_INPUT for radius, bbox or region code.
 */
import type { Geometry } from 'geojson';
import { ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { regionsByCodes } from '../regions/region-search.queries.js';
import type { SpatialFilter } from '../search/spatial.queries.js';
import { areaArg, bboxArg, nearbyArg, type BBoxInput, type NearbyInput } from './geometry.input.js';

export interface SpatialFilterInput {
  nearby?: NearbyInput | null;
  intersects?: Geometry | null;
  bbox?: BBoxInput | null;
  withinRegion?: string | null;
}

export async function toSpatialFilter(
  db: Queryable,
  input: SpatialFilterInput | undefined,
  prefix = 'filter',
): Promise<SpatialFilter> {
  if (!input) return {};
  const filter: SpatialFilter = {};
  if (input.nearby) filter.nearby = nearbyArg(input.nearby, `${prefix}.nearby`);
  if (input.intersects) filter.intersects = await areaArg(db, input.intersects, `${prefix}.intersects`);
  if (input.bbox) filter.bbox = bboxArg(input.bbox, `${prefix}.bbox`);
  if (input.withinRegion)
    filter.withinRegionId = await regionIdForCode(db, input.withinRegion, `${prefix}.withinRegion`);
  return filter;
}

/** The newest division year's region with this CBS code; unknown codes are refused. */
export async function regionIdForCode(db: Queryable, code: string, field: string): Promise<number> {
  const [region] = await regionsByCodes(db, [code.trim().toUpperCase()]);
  if (!region)
    throw new ValidationError(
      field,
      `Onbekende regiocode "${code}" (verwacht een CBS-code zoals PV22, CR07, GM0106 of AM18)`,
    );
  return region.id;
}
