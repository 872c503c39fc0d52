/**
 * The planner's records as map points, pure: projects at their own location (when the source
 * gives one), cases at the middle of their destination region (else their region of origin),
 * marked as approximate — a case names a region, not an address. Records without either are
 * counted, not guessed.
 */
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { PlannerCaseFragment, PlannerProjectFragment } from '../../gql/graphql.js';

export interface PlannerPoints {
  collection: FeatureCollection<Point>;
  /** Records that could not be placed: no location, no region. */
  unplaced: number;
}

function bboxMiddle(bbox: readonly number[] | null | undefined): [number, number] | null {
  if (!bbox || bbox.length !== 4) return null;
  return [(bbox[0]! + bbox[2]!) / 2, (bbox[1]! + bbox[3]!) / 2];
}

export function plannerPoints(
  projects: readonly PlannerProjectFragment[],
  cases: readonly PlannerCaseFragment[],
): PlannerPoints {
  const features: Feature<Point>[] = [];
  let unplaced = 0;
  for (const p of projects) {
    const location = p.location as Point | null | undefined;
    if (location?.type !== 'Point') {
      unplaced++;
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: location,
      properties: { soort: 'project', id: p.id, name: p.name, status: p.status, approximate: false },
    });
  }
  for (const c of cases) {
    const region = c.toRegion ?? c.fromRegion;
    const middle = bboxMiddle(region?.bbox);
    if (!region || !middle) {
      unplaced++;
      continue;
    }
    features.push({
      type: 'Feature',
      geometry: { type: 'Point', coordinates: middle },
      properties: { soort: 'casus', id: c.id, name: c.title, status: c.status, region: region.name, approximate: true },
    });
  }
  return { collection: { type: 'FeatureCollection', features }, unplaced };
}
