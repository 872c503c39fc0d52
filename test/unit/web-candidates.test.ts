import { describe, expect, it } from 'vitest';
import { draftProblems, INITIAL_DRAFT, reduceDraft } from '../../web/src/features/candidates/draft.js';
import { toSearchInput } from '../../web/src/data/candidates.js';
import { sortRows } from '../../web/src/features/table/sort.js';

describe('candidate search draft (web)', () => {
  it('sets a point origin from a map click, rounded to about a metre', () => {
    const d = reduceDraft(INITIAL_DRAFT, { type: 'mapClick', lngLat: [6.5612345678, 52.9912345678] });
    expect(d.origin).toEqual({ type: 'Point', coordinates: [6.56123, 52.99123] });
    expect(draftProblems(d).origin).toBeUndefined();
  });

  it('draws a polygon from clicks and closes its ring only with three or more vertices', () => {
    let d = reduceDraft(INITIAL_DRAFT, { type: 'mode', mode: 'polygoon' });
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
    const problems = draftProblems({ ...INITIAL_DRAFT, mode: 'straal', radiusKm: 0, fte: 0, weights: { kernkwaliteiten: 0, bereikbaarheid: 0, buiten_randstad: 0, regionale_spreiding: 0, huisvesting: 0 } });
    expect(Object.keys(problems).sort()).toEqual(['fte', 'origin', 'radiusKm', 'weights']);
  });

  it('sends a region from the list as the origin instead of a point', () => {
    let d = reduceDraft(INITIAL_DRAFT, { type: 'mapClick', lngLat: [5, 52] });
    d = reduceDraft(reduceDraft(d, { type: 'mode', mode: 'regio' }), { type: 'region', code: 'GM0106' });
    expect(toSearchInput(d)).toMatchObject({ origin: null, originRegionCode: 'GM0106' });
    expect(draftProblems(d).origin).toBeUndefined();
  });

  it('clamps weights to 0–5 and sends them as a list', () => {
    const d = reduceDraft(INITIAL_DRAFT, { type: 'weight', criterion: 'huisvesting', weight: 9 });
    expect(d.weights.huisvesting).toBe(5);
    expect(toSearchInput(d).weights).toContainEqual({ criterion: 'huisvesting', weight: 5 });
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
