import { describe, expect, it } from 'vitest';
import { draftProblems, INITIAL_DRAFT, reduceDraft } from '../../web/src/features/candidates/draft.js';
import { toDemand } from '../../web/src/features/candidates/ranking.js';
import { decodeSearch, encodeSearch } from '../../web/src/features/candidates/search-url.js';
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
    expect(d.area!.coordinates[0]).toEqual([
      [5, 52],
      [6, 52],
      [6, 53],
      [5, 52],
    ]);
    expect(d.drawing).toEqual([]);
    expect(draftProblems(d).origin).toBeUndefined();
  });

  it('names what still blocks a search, per field', () => {
    const problems = draftProblems({
      ...INITIAL_DRAFT,
      mode: 'straal',
      radiusKm: 0,
      fte: 0,
      weights: { regionalNeed: 0, qualityMatch: 0, accessibility: 0, distanceFromOrigin: 0, capacityFit: 0, cost: 0 },
    });
    expect(Object.keys(problems).sort()).toEqual(['fte', 'origin', 'radiusKm', 'weights']);
  });

  it('sends the origin the mode asks for: a site from the list, or a point with a radius', () => {
    const clicked = reduceDraft(INITIAL_DRAFT, { type: 'mapClick', lngLat: [5, 52] });
    const fromSite = reduceDraft(reduceDraft(clicked, { type: 'mode', mode: 'locatie' }), { type: 'site', id: 12 });
    expect(toDemand(fromSite, { dataset: 'demo', peildatum: null })).toMatchObject({
      originSiteId: 12,
      originPoint: null,
      maxDistanceFromOriginKm: null,
      dataset: 'demo',
    });
    const radius = reduceDraft(reduceDraft(INITIAL_DRAFT, { type: 'mode', mode: 'straal' }), {
      type: 'mapClick',
      lngLat: [6.5, 53],
    });
    expect(toDemand(radius, { dataset: 'gepubliceerd', peildatum: '2024-01-01' })).toMatchObject({
      originPoint: { type: 'Point', coordinates: [6.5, 53] },
      maxDistanceFromOriginKm: 50,
      peildatum: '2024-01-01',
    });
  });

  it('clamps weights to 0–5 and sends them by criterion', () => {
    const d = reduceDraft(INITIAL_DRAFT, { type: 'weight', criterion: 'cost', weight: 9 });
    expect(d.weights.cost).toBe(5);
    expect(toDemand(d, { dataset: 'gepubliceerd', peildatum: null }).weights).toMatchObject({
      cost: 5,
      regionalNeed: 3,
    });
  });

  it('sends a drawn area to the server as the search area (issue 18, finding 3)', () => {
    let d = reduceDraft(INITIAL_DRAFT, { type: 'mode', mode: 'gebied' });
    for (const lngLat of [
      [5, 52],
      [6, 52],
      [6, 53],
    ] as [number, number][])
      d = reduceDraft(d, { type: 'mapClick', lngLat });
    d = reduceDraft(d, { type: 'closePolygon' });
    expect(toDemand(d, { dataset: 'demo', peildatum: null }).area).toEqual({
      type: 'Polygon',
      coordinates: [
        [
          [5, 52],
          [6, 52],
          [6, 53],
          [5, 52],
        ],
      ],
    });
    expect(
      toDemand(reduceDraft(d, { type: 'mode', mode: 'punt' }), { dataset: 'demo', peildatum: null }).area,
    ).toBeNull();
  });

  it('writes a search into one URL parameter and reads it back exactly', () => {
    let d = reduceDraft(INITIAL_DRAFT, { type: 'mode', mode: 'gebied' });
    for (const lngLat of [
      [5.1, 52.2],
      [6.3, 52.2],
      [6.3, 53.1],
    ] as [number, number][])
      d = reduceDraft(d, { type: 'mapClick', lngLat });
    d = reduceDraft(reduceDraft(d, { type: 'closePolygon' }), {
      type: 'set',
      patch: { fte: 250, coreQualities: ['logistiek', 'a|b'], outsideRandstad: false, maxStationDistanceKm: 12.5 },
    });
    d = reduceDraft(d, { type: 'weight', criterion: 'cost', weight: 0 });
    const raw = encodeSearch(d);
    expect(decodeSearch(raw)).toEqual(d);
    const point = reduceDraft(INITIAL_DRAFT, { type: 'mapClick', lngLat: [6.56, 53.21] });
    expect(decodeSearch(encodeSearch(point))).toEqual(point);
  });

  it('reads nothing from a damaged search parameter', () => {
    expect(decodeSearch('m:gebied|fte:100|a:5,52;6,52')).toBeNull();
    expect(decodeSearch('m:punt|fte:100|p:120,0')).toBeNull();
    expect(decodeSearch('m:kasteel|fte:100')).toBeNull();
    expect(decodeSearch('m:punt|fte:-4|p:6,53')).toBeNull();
    expect(decodeSearch(null)).toBeNull();
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
