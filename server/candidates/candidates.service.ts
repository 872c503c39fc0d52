/**
 * Ranks candidate locations for a demand: validates it, lets PostGIS apply the hard constraints,
 * scores the survivors on every criterion, and ranks them with explanations.
 */
import { requireSitesInDataset } from '../common/dataset-rules.js';
import type { Dataset } from '../../common/domain.js';
import { UserFacingError, ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { validateGeometry } from '../../geo/geojson.js';
import { GeometryError } from '../../geo/errors.js';
import { checkGeometry } from '../common/spatial.js';
import { peildatums } from '../fte/fte.queries.js';
import { VersionCache } from '../common/version-cache.js';
import {
  accessibilityScore,
  capacityScore,
  CRITERIA,
  costScore,
  DEFAULT_ORIGIN_SCALE_M,
  originScore,
  qualityScore,
} from './criteria.js';
import {
  coreQualitiesByRegion,
  currentGemeenten,
  rankedCandidates,
  siteLocation,
  type CandidateQuery,
  type CandidateRow,
} from './candidates.queries.js';
import { DEFAULT_WEIGHTS, rank, scoreCandidate, type Ranked, type ScoredCriterion, type Weights } from './ranking.js';
import { regionalNeedByProvince, type RegionalNeed } from './regional-need.js';

/**
 * Workplaces per fte: the norm of 0,7 werkplek per fte
 * (masterplannen 2013; "70 werkplekken per 100 ambtenaren", 2018).
 */
export const DEFAULT_WORKPLACES_PER_FTE = 0.7;
export const MAX_CANDIDATES = 200;

export interface Demand {
  fte: number;
  originSiteId?: number | null;
  originPoint?: unknown;
  requiredQualities?: string[] | null;
  outsideRandstad?: boolean | null;
  maxDistanceFromOriginKm?: number | null;
  maxDistanceToIntercityKm?: number | null;
  minFreeWorkplaces?: number | null;
  weights?: Partial<Weights> | null;
  dataset: Dataset;
  peildatum?: string | null;
  include?: 'beide' | 'bestaande_locaties' | 'gemeenten' | null;
  limit?: number | null;
  workplacesPerFte?: number | null;
  /** Search only inside this area (GeoJSON Polygon or MultiPolygon in WGS84). */
  area?: unknown;
}

export interface RankingResult {
  dataset: Dataset;
  peildatum: string | null;
  candidates: Ranked<CandidateRow>[];
  totalCandidates: number;
}

export async function rankCandidates(db: Queryable, demand: Demand): Promise<RankingResult> {
  const { query, context, limit, peildatum, gemeenten } = await prepareRanking(db, demand);
  const { weights, norm, need, qualities, required } = context;
  // The database scores every candidate and returns the best (plus the next, whose scores the
  // last place's explanation compares with); here they are scored again with their details.
  const best = await rankedCandidates(db, query, {
    weights: CRITERIA.map((c) => weights[c]),
    neededWorkplaces: demand.fte * norm,
    originScaleM: maxDistanceFromOriginM(demand) ?? DEFAULT_ORIGIN_SCALE_M,
    need: { codes: [...need.keys()], scores: [...need.values()].map((n) => n.score) },
    quality:
      required.length > 0
        ? {
            codes: gemeenten.map((g) => g.code),
            scores: gemeenten.map((g) => qualityScore(required, availableQualities(qualities, g)).score),
          }
        : null,
    take: limit + 1,
  });
  return {
    dataset: demand.dataset,
    peildatum,
    candidates: rank(
      best.rows.map(({ total: _sqlTotal, ...row }) => scoreRow(row, context)),
      limit,
    ),
    totalCandidates: best.total,
  };
}

/**
 * A demand checked and turned into the candidate query and everything the scores depend on.
 * Separate from rankCandidates so that a test can rank every candidate in Node (findCandidates,
 * scoreRow, rank) and compare with what the database chose.
 */
export async function prepareRanking(db: Queryable, demand: Demand) {
  const weights = validate(demand);
  const origin = await resolveOrigin(db, demand);
  const area = demand.area != null ? await searchArea(db, demand.area) : null;
  const dates = await peildatums(db, demand.dataset);
  const peildatum = demand.peildatum ?? dates[0] ?? null;
  const previous = peildatum ? (dates.find((d) => d < peildatum) ?? null) : null;
  const norm = demand.workplacesPerFte ?? DEFAULT_WORKPLACES_PER_FTE;
  const query: CandidateQuery = {
    dataset: demand.dataset,
    peildatum: peildatum ?? '1900-01-01',
    originGeoJson: origin,
    outsideRandstad: demand.outsideRandstad ?? false,
    maxDistanceFromOriginM: origin ? maxDistanceFromOriginM(demand) : null,
    maxDistanceToStationM: demand.maxDistanceToIntercityKm != null ? demand.maxDistanceToIntercityKm * 1000 : null,
    minFreeWorkplaces: demand.minFreeWorkplaces ?? null,
    workplacesPerFte: norm,
    includeSites: demand.include !== 'gemeenten',
    includeGemeenten: demand.include !== 'bestaande_locaties',
    areaGeoJson: area,
  };
  const required = demand.requiredQualities ?? [];
  const noNeed: RegionalNeed = new Map();
  // Independent reads: on PostgreSQL they run side by side (the embedded pool of one queues them).
  const [need, qualities, gemeenten] = await Promise.all([
    peildatum
      ? regionalNeedByProvince(db, { dataset: demand.dataset, peildatum, previousPeildatum: previous })
      : noNeed,
    coreQualitiesByRegion(db),
    required.length > 0 ? gemeentenCache.get(db, 'gemeenten', () => currentGemeenten(db)) : [],
  ]);
  const context: ScoringContext = { demand, weights, norm, need, qualities, required };
  return { query, context, limit: demand.limit ?? 20, peildatum, gemeenten };
}

/** Everything a candidate's scores depend on besides the candidate itself. */
export interface ScoringContext {
  demand: Demand;
  weights: Weights;
  norm: number;
  need: RegionalNeed;
  qualities: Map<string, string[]>;
  required: string[];
}

const NEUTRAL_NEED = {
  criterion: 'regionalNeed' as const,
  score: 0.5,
  detail: 'geen cijfers: behoefte onbekend (neutraal)',
};

const gemeentenCache = new VersionCache<Awaited<ReturnType<typeof currentGemeenten>>>(4);

function maxDistanceFromOriginM(demand: Demand): number | null {
  return demand.maxDistanceFromOriginKm != null ? demand.maxDistanceFromOriginKm * 1000 : null;
}

function availableQualities(
  qualities: Map<string, string[]>,
  region: { code: string; coropCode: string | null; provincieCode: string | null },
): string[] {
  return [region.code, region.coropCode, region.provincieCode].flatMap((code) =>
    code ? (qualities.get(code) ?? []) : [],
  );
}

/**
 * One candidate's criterion scores with their details, its total and its tie-break key. The
 * statement in candidates.queries.ts (rankedCandidates) computes the same totals for all
 * candidates; this is the definition it follows.
 */
export function scoreRow(
  row: CandidateRow,
  ctx: ScoringContext,
): { item: CandidateRow; key: string; total: number; criteria: ScoredCriterion[] } {
  const { demand, weights, norm } = ctx;
  const scores = [
    ctx.need.get(row.provincieCode ?? '') ?? NEUTRAL_NEED,
    qualityScore(ctx.required, availableQualities(ctx.qualities, { ...row, code: row.gemeenteCode })),
    accessibilityScore(row.stationM, row.stationName, {
      existingSite: row.kind === 'bestaande_locatie',
      placedAs: row.locationPrecision,
    }),
    originScore(row.originM, maxDistanceFromOriginM(demand)),
    capacityScore(row.kind === 'bestaande_locatie' ? row : null, demand.fte * norm),
    costScore(row.kind === 'bestaande_locatie'),
  ];
  const key = `${row.kind === 'bestaande_locatie' ? 0 : 1}:${row.gemeenteCode}:${String(row.siteId ?? 0).padStart(9, '0')}`;
  return { item: row, key, ...scoreCandidate(scores, weights) };
}

function validate(demand: Demand): Weights {
  if (!(demand.fte > 0) || demand.fte > 100_000)
    throw new ValidationError('fte', 'fte moet groter dan 0 en hoogstens 100.000 zijn');
  const limit = demand.limit ?? 20;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_CANDIDATES)
    throw new ValidationError('limit', `limit moet tussen 1 en ${MAX_CANDIDATES} liggen`);
  for (const field of ['maxDistanceFromOriginKm', 'maxDistanceToIntercityKm'] as const) {
    const v = demand[field];
    if (v != null && !(v > 0 && v <= 500)) throw new ValidationError(field, `${field} moet tussen 0 en 500 km liggen`);
  }
  if (
    demand.minFreeWorkplaces != null &&
    !(Number.isInteger(demand.minFreeWorkplaces) && demand.minFreeWorkplaces >= 0)
  ) {
    throw new ValidationError('minFreeWorkplaces', 'minFreeWorkplaces moet een geheel getal van 0 of meer zijn');
  }
  if (demand.workplacesPerFte != null && !(demand.workplacesPerFte > 0 && demand.workplacesPerFte <= 2)) {
    throw new ValidationError('workplacesPerFte', 'workplacesPerFte moet tussen 0 en 2 liggen');
  }
  const weights = { ...DEFAULT_WEIGHTS, ...stripNulls(demand.weights ?? {}) };
  for (const c of CRITERIA) {
    if (!(weights[c] >= 0 && weights[c] <= 100))
      throw new ValidationError(`weights.${c}`, 'Een gewicht ligt tussen 0 en 100');
  }
  if (CRITERIA.every((c) => weights[c] === 0))
    throw new ValidationError('weights', 'Minstens één gewicht moet groter dan 0 zijn');
  if (demand.originSiteId != null && demand.originPoint != null)
    throw new ValidationError('originPoint', 'Geef een herkomstlocatie óf een herkomstpunt, niet beide');
  if (demand.maxDistanceFromOriginKm != null && demand.originSiteId == null && demand.originPoint == null) {
    throw new ValidationError('maxDistanceFromOriginKm', 'Een maximale afstand tot de herkomst vraagt om een herkomst');
  }
  return weights;
}

async function resolveOrigin(db: Queryable, demand: Demand): Promise<string | null> {
  if (demand.originSiteId != null) {
    const location = await siteLocation(db, demand.originSiteId);
    if (!location) throw new ValidationError('originSiteId', `Locatie ${demand.originSiteId} bestaat niet`);
    // A demand ranks within one dataset; its origin is part of it (issue 14).
    await requireSitesInDataset(db, demand.dataset, [{ field: 'originSiteId', id: demand.originSiteId }]);
    return location;
  }
  if (demand.originPoint != null) return JSON.stringify(validateGeometry(demand.originPoint, { allowed: ['Point'] }));
  return null;
}

/** The drawn area, checked (shape, extent, PostGIS validity), as GeoJSON text for the query. */
async function searchArea(db: Queryable, area: unknown): Promise<string> {
  try {
    return JSON.stringify(await checkGeometry(db, area, { allowed: ['Polygon', 'MultiPolygon'] }));
  } catch (error) {
    if (error instanceof GeometryError)
      throw new UserFacingError('INVALID_GEOMETRY', error.message, { field: 'area', problem: error.problem });
    throw error;
  }
}

function stripNulls<T extends object>(value: T): Partial<T> {
  return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== null && v !== undefined)) as Partial<T>;
}
