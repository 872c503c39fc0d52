/**
 * The candidate search's draft, pure: where from (a point on the map, an existing site from the
 * list, a drawn area, or a radius around a point), how many fte, which core qualities, which
 * constraints and how each criterion weighs. The panel edits it; data/candidates.ts turns it
 * into the ranking query.
 */
import type { Point, Polygon } from 'geojson';

export type OriginMode = 'punt' | 'locatie' | 'gebied' | 'straal';

/** The ranking's criteria (names as the API uses them), with relative weights 0–5. */
export const CRITERIA = [
  'regionalNeed',
  'qualityMatch',
  'accessibility',
  'distanceFromOrigin',
  'capacityFit',
  'cost',
] as const;
export type Criterion = (typeof CRITERIA)[number];

export const CRITERION_LABELS: Record<Criterion, string> = {
  regionalNeed: 'Regionale behoefte (weinig rijkswerkgelegenheid)',
  qualityMatch: 'Aansluiting bij de kernkwaliteiten van de regio',
  accessibility: 'Bereikbaarheid per trein',
  distanceFromOrigin: 'Afstand tot de huidige locatie',
  capacityFit: 'Capaciteit (vrije werkplekken)',
  cost: 'Kosten (bestaand gebouw)',
};

export interface CandidateDraft {
  mode: OriginMode;
  origin: Point | null;
  originSiteId: number | null;
  /** Vertices being drawn; becomes `area` when the polygon is closed. */
  drawing: [number, number][];
  area: Polygon | null;
  radiusKm: number | null;
  fte: number;
  coreQualities: string[];
  outsideRandstad: boolean;
  maxStationDistanceKm: number | null;
  weights: Record<Criterion, number>;
}

export const INITIAL_DRAFT: CandidateDraft = {
  mode: 'punt',
  origin: null,
  originSiteId: null,
  drawing: [],
  area: null,
  radiusKm: 50,
  fte: 100,
  coreQualities: [],
  outsideRandstad: true,
  maxStationDistanceKm: null,
  weights: { regionalNeed: 3, qualityMatch: 3, accessibility: 3, distanceFromOrigin: 3, capacityFit: 3, cost: 3 },
};

export type DraftAction =
  | { type: 'mode'; mode: OriginMode }
  | { type: 'mapClick'; lngLat: [number, number] }
  | { type: 'site'; id: number | null }
  | { type: 'closePolygon' }
  | { type: 'clearShape' }
  | {
      type: 'set';
      patch: Partial<
        Pick<CandidateDraft, 'radiusKm' | 'fte' | 'coreQualities' | 'outsideRandstad' | 'maxStationDistanceKm'>
      >;
    }
  | { type: 'weight'; criterion: Criterion; weight: number };

export function reduceDraft(draft: CandidateDraft, action: DraftAction): CandidateDraft {
  switch (action.type) {
    case 'mode':
      return { ...draft, mode: action.mode, drawing: [], area: action.mode === 'gebied' ? draft.area : null };
    case 'mapClick': {
      if (draft.mode === 'gebied') return { ...draft, area: null, drawing: [...draft.drawing, round(action.lngLat)] };
      if (draft.mode === 'locatie') return draft;
      return { ...draft, origin: { type: 'Point', coordinates: round(action.lngLat) }, originSiteId: null };
    }
    case 'site':
      return { ...draft, originSiteId: action.id, origin: null };
    case 'closePolygon':
      if (draft.drawing.length < 3) return draft;
      return { ...draft, area: { type: 'Polygon', coordinates: [[...draft.drawing, draft.drawing[0]!]] }, drawing: [] };
    case 'clearShape':
      return { ...draft, origin: null, originSiteId: null, drawing: [], area: null };
    case 'set':
      return { ...draft, ...action.patch };
    case 'weight':
      return { ...draft, weights: { ...draft.weights, [action.criterion]: clamp(action.weight, 0, 5) } };
  }
}

/** What still stops a search, in Dutch, per field; empty when the draft can be sent. */
export function draftProblems(
  draft: CandidateDraft,
): Partial<Record<'origin' | 'fte' | 'radiusKm' | 'weights', string>> {
  const problems: Partial<Record<'origin' | 'fte' | 'radiusKm' | 'weights', string>> = {};
  if (draft.mode === 'punt' && !draft.origin) problems.origin = 'Klik op de kaart om een vertrekpunt te kiezen.';
  if (draft.mode === 'locatie' && !draft.originSiteId) problems.origin = 'Kies een locatie uit de lijst.';
  if (draft.mode === 'gebied' && !draft.area)
    problems.origin = 'Teken een gebied: klik minstens drie punten op de kaart en kies "Gebied sluiten".';
  if (draft.mode === 'straal' && !draft.origin) problems.origin = 'Klik op de kaart voor het middelpunt van de straal.';
  if (draft.mode === 'straal' && !(draft.radiusKm && draft.radiusKm > 0 && draft.radiusKm <= 300))
    problems.radiusKm = 'De straal moet tussen 0 en 300 km liggen.';
  if (!Number.isFinite(draft.fte) || draft.fte <= 0 || draft.fte > 100_000)
    problems.fte = 'Geef een aantal fte groter dan 0.';
  if (Object.values(draft.weights).every((w) => w === 0)) problems.weights = 'Geef minstens één criterium een gewicht.';
  return problems;
}

function round([lng, lat]: [number, number]): [number, number] {
  return [Math.round(lng * 1e5) / 1e5, Math.round(lat * 1e5) / 1e5];
}

function clamp(n: number, min: number, max: number): number {
  return Number.isFinite(n) ? Math.min(max, Math.max(min, n)) : min;
}
