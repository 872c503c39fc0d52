/**
 * Per-collection extents for the collection documents (OGC API Features Core, 7.14.1): the
 * bounding box of the collection's own geometries, and for the region collections the interval
 * of peildatums with figures in their dataset (the features' temporal property). A collection
 * with no geometry yet falls back to the Netherlands, the area every collection is about.
 * SQL parts are the collection's pg-sql2 fragments (collections.model.ts); the dataset is a parameter.
 */
import { NETHERLANDS_EXTENT, type BBox } from '../../geo/extent.js';
import type { Dataset } from '../../common/domain.js';
import { queryRows, sql, val, type Queryable } from '../common/sql.js';
import type { Viewer } from '../auth/viewer.js';
import { peildatums } from '../fte/fte.queries.js';
import type { Collection } from './collections.model.js';

export interface Extent {
  spatial: { bbox: BBox[]; crs: string };
  temporal?: { interval: [string, string][]; trs: string };
}

const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
const GREGORIAN = 'http://www.opengis.net/def/uom/ISO-8601/0/Gregorian';

export async function collectionExtent(
  db: Queryable,
  collection: Collection,
  viewer: Viewer,
  dataset: Dataset,
): Promise<Extent> {
  const extent: Extent = { spatial: { bbox: [await spatialExtent(db, collection, viewer)], crs: CRS84 } };
  if (!collection.regionLevel) return extent;
  const dates = await peildatums(db, dataset);
  if (dates.length === 0) return extent;
  return {
    ...extent,
    temporal: { interval: [[`${dates.at(-1)}T00:00:00Z`, `${dates[0]}T00:00:00Z`]], trs: GREGORIAN },
  };
}

async function spatialExtent(db: Queryable, collection: Collection, viewer: Viewer): Promise<BBox> {
  const { source } = collection;
  const from = typeof source.from === 'function' ? source.from(viewer) : source.from;
  const column = collection.fixedDataset ? source.datasetColumn : undefined;
  const dataset = column ? sql`${column} = ${val(collection.fixedDataset)}` : sql`true`;
  const [row] = await queryRows<{ x0: number | null; y0: number; x1: number; y1: number }>(
    db,
    sql`SELECT ST_XMin(e) AS x0, ST_YMin(e) AS y0, ST_XMax(e) AS x1, ST_YMax(e) AS y1
       FROM (SELECT ST_Extent(${source.geom}) AS e FROM ${from} WHERE ${source.filter ?? sql`true`} AND ${dataset}) q`,
  );
  if (!row || row.x0 === null) return NETHERLANDS_EXTENT;
  // Six decimals (about 10 cm), rounded outwards so the box still holds every geometry.
  const out = (n: number, round: (x: number) => number) => round(Number(n) * 1e6) / 1e6;
  return [out(row.x0, Math.floor), out(row.y0, Math.floor), out(row.x1, Math.ceil), out(row.y1, Math.ceil)];
}
