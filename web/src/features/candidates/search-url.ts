/**
 * A candidate search as one URL parameter (`zoek`), pure, so a search survives a reload and a
 * shared link reruns it (issue 18, finding 3). Fields are `key:value`, separated by `|`:
 *   m:gebied|fte:250|a:6.1,53.2;6.9,53.2;6.9,52.8|kk:logistiek,energie|br:0|st:10|w:330533
 * m = mode, p = point (lng,lat), l = existing site, a = the area's ring (closed on decoding),
 * r = radius (km), kk = core qualities, br:0 = also inside the Randstad, st = max km to an
 * intercity station, w = the six weights as digits. Anything unreadable gives null (no search),
 * never a broken page; the server checks the area again.
 */
import type { Polygon } from 'geojson';
import { CRITERIA, INITIAL_DRAFT, draftProblems, type CandidateDraft, type OriginMode } from './draft.js';

const MODES: readonly OriginMode[] = ['punt', 'locatie', 'gebied', 'straal'];
/** A drawn area in the URL: at most this many vertices (the server takes up to 1.000). */
export const MAX_URL_VERTICES = 200;
const NUMBER = /^\d{1,6}(\.\d{1,6})?$/;

export function encodeSearch(draft: CandidateDraft): string {
  const parts = [`m:${draft.mode}`, `fte:${draft.fte}`];
  if (draft.mode === 'locatie' && draft.originSiteId) parts.push(`l:${draft.originSiteId}`);
  if ((draft.mode === 'punt' || draft.mode === 'straal') && draft.origin)
    parts.push(`p:${pair(draft.origin.coordinates)}`);
  if (draft.mode === 'straal' && draft.radiusKm) parts.push(`r:${draft.radiusKm}`);
  if (draft.mode === 'gebied' && draft.area)
    parts.push(`a:${draft.area.coordinates[0]!.slice(0, -1).map(pair).join(';')}`);
  if (draft.coreQualities.length > 0) parts.push(`kk:${draft.coreQualities.map(encodeURIComponent).join(',')}`);
  if (!draft.outsideRandstad) parts.push('br:0');
  if (draft.maxStationDistanceKm !== null) parts.push(`st:${draft.maxStationDistanceKm}`);
  parts.push(`w:${CRITERIA.map((c) => draft.weights[c]).join('')}`);
  return parts.join('|');
}

export function decodeSearch(raw: string | null): CandidateDraft | null {
  if (!raw || raw.length > 6_000) return null;
  const fields = new Map(
    raw.split('|').map((part) => [part.slice(0, part.indexOf(':')), part.slice(part.indexOf(':') + 1)] as const),
  );
  const mode = fields.get('m') as OriginMode;
  const fte = num(fields.get('fte'));
  if (!MODES.includes(mode) || fte === null) return null;
  const draft: CandidateDraft = {
    ...INITIAL_DRAFT,
    mode,
    fte,
    originSiteId: mode === 'locatie' ? int(fields.get('l')) : null,
    origin: mode === 'punt' || mode === 'straal' ? point(fields.get('p')) : null,
    radiusKm: mode === 'straal' ? num(fields.get('r')) : INITIAL_DRAFT.radiusKm,
    area: mode === 'gebied' ? ring(fields.get('a')) : null,
    coreQualities: (fields.get('kk') ?? '')
      .split(',')
      .filter(Boolean)
      .map(safeDecode)
      .filter((q): q is string => q !== null),
    outsideRandstad: fields.get('br') !== '0',
    maxStationDistanceKm: fields.has('st') ? num(fields.get('st')) : null,
    weights: weights(fields.get('w')) ?? INITIAL_DRAFT.weights,
  };
  return Object.keys(draftProblems(draft)).length === 0 ? draft : null;
}

const pair = (c: number[]) => `${c[0]},${c[1]}`;

function num(raw: string | undefined): number | null {
  return raw !== undefined && NUMBER.test(raw) ? Number(raw) : null;
}

function int(raw: string | undefined): number | null {
  const n = num(raw);
  return n !== null && Number.isInteger(n) && n > 0 ? n : null;
}

function point(raw: string | undefined): CandidateDraft['origin'] {
  const c = coordinate(raw);
  return c ? { type: 'Point', coordinates: c } : null;
}

function coordinate(raw: string | undefined): [number, number] | null {
  const [lng, lat] = (raw ?? '').split(',').map(num);
  // The Netherlands, roughly: the server checks the exact extent.
  if (lng == null || lat == null || lng < 2 || lng > 8 || lat < 50 || lat > 54) return null;
  return [lng, lat];
}

function ring(raw: string | undefined): Polygon | null {
  const vertices = (raw ?? '').split(';').map(coordinate);
  if (vertices.length < 3 || vertices.length > MAX_URL_VERTICES || vertices.some((v) => v === null)) return null;
  const closed = [...(vertices as [number, number][]), vertices[0]!];
  return { type: 'Polygon', coordinates: [closed] };
}

function weights(raw: string | undefined): CandidateDraft['weights'] | null {
  if (!raw || !/^[0-5]{6}$/.test(raw)) return null;
  return Object.fromEntries(CRITERIA.map((c, i) => [c, Number(raw[i])])) as CandidateDraft['weights'];
}

function safeDecode(raw: string): string | null {
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
