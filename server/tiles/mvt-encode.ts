/**
 * The Node MVT encoder (for databases whose PostGIS lacks protobuf, such as embedded PGlite):
 * turns tile-space features from tiles.queries.ts into a Mapbox Vector Tile v2 with
 * @maplibre/vt-pbf, the writer MapLibre maintains. Like ST_AsMVT it writes one layer per tile
 * (none when there are no features), extent 4096, the feature id when there is one, and no
 * attribute for a NULL value. Polygon rings are oriented as the MVT spec requires: exterior
 * rings with positive area (surveyor's formula, tile coordinates), holes negative.
 */
import Point from '@mapbox/point-geometry';
import { fromVectorTileJs, type VectorTileFeatureLike, type VectorTileLayerLike } from '@maplibre/vt-pbf';
import type { TileFeatureRow } from './tiles.queries.js';
import { EXTENT } from './tiles.queries.js';

type Ring = [number, number][];

export function encodeTile(layerName: string, rows: readonly TileFeatureRow[]): Uint8Array {
  const features = rows.map(toFeature).filter((f): f is VectorTileFeatureLike => f !== null);
  if (features.length === 0) return new Uint8Array(0);
  const layer: VectorTileLayerLike = {
    version: 2,
    name: layerName,
    extent: EXTENT,
    length: features.length,
    feature: (i: number) => features[i]!,
  };
  return fromVectorTileJs({ layers: { [layerName]: layer } });
}

function toFeature(row: TileFeatureRow): VectorTileFeatureLike | null {
  const shape = toRings(row.geometry);
  if (!shape || shape.rings.length === 0) return null;
  const points = shape.rings.map((ring) => ring.map(([x, y]) => new Point(x, y)));
  return {
    type: shape.type,
    id: row.id ?? undefined,
    properties: row.props,
    extent: EXTENT,
    loadGeometry: () => points,
  };
}

function toRings(geometry: TileFeatureRow['geometry']): { type: 1 | 2 | 3; rings: Ring[] } | null {
  const c = geometry.coordinates as never;
  switch (geometry.type) {
    case 'Point':
      return { type: 1, rings: [[c as [number, number]]] };
    case 'MultiPoint':
      return { type: 1, rings: [c as Ring] };
    case 'LineString':
      return { type: 2, rings: [c as Ring] };
    case 'MultiLineString':
      return { type: 2, rings: c as Ring[] };
    case 'Polygon':
      return { type: 3, rings: orientPolygon(c as Ring[]) };
    case 'MultiPolygon':
      return { type: 3, rings: (c as Ring[][]).flatMap(orientPolygon) };
    default:
      return null;
  }
}

/** Integer coordinates without consecutive repeats: what the tile will hold once written. */
function onGrid(ring: Ring): Ring {
  const out: Ring = [];
  for (const [x, y] of ring) {
    const point: [number, number] = [Math.round(x), Math.round(y)];
    const last = out.at(-1);
    if (!last || last[0] !== point[0] || last[1] !== point[1]) out.push(point);
  }
  return out;
}

/**
 * Exterior first with positive area, then holes with negative area. Rings that collapse on the
 * integer grid (fewer than four points, no area) are dropped: GEOS calls them invalid.
 */
function orientPolygon(input: Ring[]): Ring[] {
  const rings = input.map(onGrid);
  const out: Ring[] = [];
  rings.forEach((ring, index) => {
    const area = signedArea(ring);
    if (ring.length < 4 || area === 0) return;
    if (index > 0 && out.length === 0) return; // a hole without its exterior
    const wantPositive = index === 0;
    out.push(area > 0 === wantPositive ? ring : [...ring].reverse());
  });
  return out;
}

function signedArea(ring: Ring): number {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    sum += ring[j]![0] * ring[i]![1] - ring[i]![0] * ring[j]![1];
  }
  return sum / 2;
}
