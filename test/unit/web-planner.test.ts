/** The planner workspace's pure parts (issue 18, finding 2): table rows, map points, history. */
import { describe, expect, it } from 'vitest';
import {
  nextSort,
  visibleRows,
  EMPTY_TABLE_STATE,
  filterOptions,
  type Column,
} from '../../web/src/features/planner/table-model.js';
import { changesOf, actionLabel } from '../../web/src/features/planner/history.js';
import { plannerPoints } from '../../web/src/features/planner/planner-points.js';
import type { PlannerCaseFragment, PlannerProjectFragment } from '../../web/src/gql/graphql.js';

interface Row {
  name: string;
  status: string;
  fte: number | null;
}
const rows: Row[] = [
  { name: 'Zwolle kantoor', status: 'gepland', fte: 120 },
  { name: 'Assen kantoor 2', status: 'gerealiseerd', fte: null },
  { name: 'Assen kantoor 10', status: 'gepland', fte: 40 },
];
const columns: Column<Row>[] = [
  { key: 'name', label: 'Naam', value: (r) => r.name },
  { key: 'status', label: 'Status', value: (r) => r.status, filter: true },
  { key: 'fte', label: 'fte', value: (r) => r.fte },
];

describe('planner tables (web)', () => {
  it('sorts names naturally and numbers numerically, empty values last both ways', () => {
    const byName = visibleRows(rows, columns, { ...EMPTY_TABLE_STATE, sort: { key: 'name', direction: 'asc' } });
    expect(byName.map((r) => r.name)).toEqual(['Assen kantoor 2', 'Assen kantoor 10', 'Zwolle kantoor']);
    const byFte = visibleRows(rows, columns, { ...EMPTY_TABLE_STATE, sort: { key: 'fte', direction: 'desc' } });
    expect(byFte.map((r) => r.fte)).toEqual([120, 40, null]);
    expect(
      visibleRows(rows, columns, { ...EMPTY_TABLE_STATE, sort: { key: 'fte', direction: 'asc' } }).map((r) => r.fte),
    ).toEqual([40, 120, null]);
  });

  it('searches every word in any column and filters on exact values', () => {
    expect(visibleRows(rows, columns, { ...EMPTY_TABLE_STATE, search: 'assen 10' }).map((r) => r.name)).toEqual([
      'Assen kantoor 10',
    ]);
    expect(visibleRows(rows, columns, { ...EMPTY_TABLE_STATE, filters: { status: 'gepland' } }).length).toBe(2);
    expect(filterOptions(rows, columns[1]!)).toEqual(['gepland', 'gerealiseerd']);
  });

  it('toggles the sort direction on the same column and starts ascending on another', () => {
    const asc = nextSort(EMPTY_TABLE_STATE, 'name');
    expect(asc).toEqual({ key: 'name', direction: 'asc' });
    expect(nextSort({ ...EMPTY_TABLE_STATE, sort: asc }, 'name')).toEqual({ key: 'name', direction: 'desc' });
    expect(nextSort({ ...EMPTY_TABLE_STATE, sort: asc }, 'fte')).toEqual({ key: 'fte', direction: 'asc' });
  });
});

describe('planner history (web)', () => {
  it('lists the changed fields, without bookkeeping columns', () => {
    const entry = {
      actor: 'planner-a',
      action: 'update',
      at: '2026-01-01T10:00:00Z',
      before: { status: 'gepland', version: 1, note: null },
      after: { status: 'gereed', version: 2, note: null },
    };
    expect(changesOf(entry)).toEqual([{ field: 'status', from: 'gepland', to: 'gereed' }]);
    expect(actionLabel('create')).toBe('aangemaakt');
  });
});

describe('planner map points (web)', () => {
  it('places projects at their location and cases at their region, and counts what it cannot place', () => {
    const project = (id: number, location: unknown) =>
      ({ id, name: `p${id}`, status: 'gepland', location }) as unknown as PlannerProjectFragment;
    const kase = (id: number, region: { name: string; bbox: number[] } | null) =>
      ({ id, title: `c${id}`, status: 'open', toRegion: region, fromRegion: null }) as unknown as PlannerCaseFragment;
    const points = plannerPoints(
      [project(1, { type: 'Point', coordinates: [6.5, 53] }), project(2, null)],
      [kase(3, { name: 'Drenthe', bbox: [6, 52.5, 7, 53.2] }), kase(4, null)],
    );
    expect(points.unplaced).toBe(2);
    expect(points.collection.features.map((f) => [f.properties?.soort, f.geometry.coordinates])).toEqual([
      ['project', [6.5, 53]],
      ['casus', [6.5, 52.85]],
    ]);
    expect(points.collection.features[1]!.properties?.approximate).toBe(true);
  });
});

describe('planner session (web)', () => {
  it('reads a JWT expiry and ignores a token that is no JWT', async () => {
    const { jwtExpiry } = await import('../../web/src/features/planner/session.js');
    const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
    expect(jwtExpiry(`${part({ alg: 'RS256' })}.${part({ exp: 1_900_000_000 })}.handtekening`)).toBe(1_900_000_000_000);
    expect(jwtExpiry(`${part({ alg: 'RS256' })}.${part({ sub: 'x' })}.handtekening`)).toBeNull();
    expect(jwtExpiry('e2e-statisch-token')).toBeNull();
  });
});
