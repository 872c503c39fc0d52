import { describe, expect, it } from 'vitest';
import { draftProblems, INITIAL_DRAFT, reduceDraft } from '../../web/src/features/candidates/draft.js';
import { toDemand } from '../../web/src/features/candidates/ranking.js';
import { pointInPolygon } from '../../web/src/features/candidates/geometry.js';
import { sortRows } from '../../web/src/features/table/sort.js';

describe('candidate search draft (web)', () => {
  it('sets a point origin from a map click, rounded to about a metre', () => {
    const d = reduceDraft(INITIAL_DRAFT, { type: 'mapClick', lngLat: [6.5612345678, 52.9912345678] });
    expect(d.origin).toEqual({ type: 'Point', coordinates: [6.56123, 52.99123] });
    expect(draftProblems(d).origin).toBeUndefined();
  });

  it('draws a polygon from clicks and closes its ring only with three or more vertices', () => {
    let d = reduceDraft(INITIAL_DRAFT, { type: 'mode', mode: 'gebied' });
    d = reduceDraft(d, { type: 'mapClick', lngLat: [5, 52] });
    d = reduceDraft(d, { type: 'mapClick', lngLat: [6, 52] });
    expect(reduceDraft(d, { type: 'closePolygon' }).area).toBeNull();
    d = reduceDraft(d, { type: 'mapClick', lngLat: [6, 53] });
    d = reduceDraft(d, { type: 'closePolygon' });
    expect(d.area!.coordinates[0]).toEqual([[5, 52], [6, 52], [6, 53], [5, 52]]);
    expect(d.drawing).toEqual([]);
    expect(draftProblems(d).origin).toBeUndefined();
  });

  it('names what still blocks a search, per field', () => {
    const problems = draftProblems({ ...INITIAL_DRAFT, mode: 'straal', radiusKm: 0, fte: 0, weights: { regionalNeed: 0, qualityMatch: 0, accessibility: 0, distanceFromOrigin: 0, capacityFit: 0, cost: 0 } });
    expect(Object.keys(problems).sort()).toEqual(['fte', 'origin', 'radiusKm', 'weights']);
  });

  it('sends the origin the mode asks for: a site from the list, or a point with a radius', () => {
    const clicked = reduceDraft(INITIAL_DRAFT, { type: 'mapClick', lngLat: [5, 52] });
    const fromSite = reduceDraft(reduceDraft(clicked, { type: 'mode', mode: 'locatie' }), { type: 'site', id: 12 });
    expect(toDemand(fromSite, { dataset: 'demo', peildatum: null })).toMatchObject({ originSiteId: 12, originPoint: null, maxDistanceFromOriginKm: null, dataset: 'demo' });
    const radius = reduceDraft(reduceDraft(INITIAL_DRAFT, { type: 'mode', mode: 'straal' }), { type: 'mapClick', lngLat: [6.5, 53] });
    expect(toDemand(radius, { dataset: 'gepubliceerd', peildatum: '2024-01-01' })).toMatchObject({ originPoint: { type: 'Point', coordinates: [6.5, 53] }, maxDistanceFromOriginKm: 50, peildatum: '2024-01-01' });
  });

  it('clamps weights to 0–5 and sends them by criterion', () => {
    const d = reduceDraft(INITIAL_DRAFT, { type: 'weight', criterion: 'cost', weight: 9 });
    expect(d.weights.cost).toBe(5);
    expect(toDemand(d, { dataset: 'gepubliceerd', peildatum: null }).weights).toMatchObject({ cost: 5, regionalNeed: 3 });
  });

  it('tells whether a candidate lies in the drawn area', () => {
    const area = { type: 'Polygon' as const, coordinates: [[[5, 52], [6, 52], [6, 53], [5, 53], [5, 52]]] };
    expect(pointInPolygon({ type: 'Point', coordinates: [5.5, 52.5] }, area)).toBe(true);
    expect(pointInPolygon({ type: 'Point', coordinates: [6.5, 52.5] }, area)).toBe(false);
  });
});

describe('table sorting (web)', () => {
  const rows = [
    { name: 'Utrecht', code: 'PV26', value: null, fte: null },
    { name: 'Drenthe', code: 'PV22', value: 8000, fte: 8000 },
    { name: 'Limburg', code: 'PV31', value: 12691, fte: 12691 },
  ];
  it('keeps regions without a figure last in both directions', () => {
    expect(sortRows(rows, 'value', 'asc').map((r) => r.code)).toEqual(['PV22', 'PV31', 'PV26']);
    expect(sortRows(rows, 'value', 'desc').map((r) => r.code)).toEqual(['PV31', 'PV22', 'PV26']);
  });
  it('sorts names the Dutch way', () => {
    expect(sortRows(rows, 'name', 'asc').map((r) => r.name)).toEqual(['Drenthe', 'Limburg', 'Utrecht']);
  });
});
