/**
 * The ranking criteria, each scored from 0 (worst) to 1 (best) with a short Dutch detail.
 * Scales are model choices, stated here so planners can read how a score comes about:
 * - accessibility: 1 at an intercity station, falling linearly to 0 at 25 km. Measured from the
 *   candidate's point: for an existing site placed only on its gemeente (locationPrecision
 *   gemeente, no geocoded address) that point is a placeholder, so the distance is shown with a
 *   caveat and not scored (null: its weight goes to the other criteria). A gemeente candidate is
 *   a new location anywhere in the gemeente; it is scored from the gemeente's point on surface,
 *   and the detail says so;
 * - distance from origin: 1 at the origin, 0 at the maximum distance (or 100 km without one);
 * - capacity fit: free workplaces against the workplaces the demand needs (fte × norm), capped at 1;
 *   a new location is built to size (1). An existing site whose occupancy is unknown (no fte on
 *   the peildatum) has unknown free workplaces: "bezetting onbekend", not scored (null), never
 *   counted as free;
 * - cost proxy: an existing building 1, a new location 0 (no disinvestment or new build);
 * - regional need: how far the province's share of rijkswerkgelegenheid lags its share of the
 *   population (0 when at or above it), plus whether it grew slower than the country;
 * - quality match: the share of the required core qualities found in the region's profiles.
 */
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
  regionalNeed: 'regionale behoefte',
  qualityMatch: 'aansluiting kernkwaliteiten',
  accessibility: 'bereikbaarheid per trein',
  distanceFromOrigin: 'afstand tot huidige locatie',
  capacityFit: 'capaciteit',
  cost: 'kosten (bestaand gebouw)',
};

export const ACCESSIBILITY_ZERO_AT_M = 25_000;
export const DEFAULT_ORIGIN_SCALE_M = 100_000;

export interface CriterionScore {
  criterion: Criterion;
  /**
   * null when the criterion does not apply (no origin given) or its input is unknown (occupancy,
   * a placeholder location) — then its weight is ignored and the detail says why.
   */
  score: number | null;
  detail: string;
  /** Set when score is null because an input is unknown (not merely not asked for). */
  unknown?: boolean;
}

export const clamp01 = (x: number) => Math.max(0, Math.min(1, x));

export type PlacedAs = 'adres' | 'gemeente';

/** Said beside a station distance measured from a placeholder point. */
export const PLACEHOLDER_DISTANCE_NOTE =
  'ligging alleen op gemeenteniveau bekend: afstand gemeten vanaf een punt in de gemeente, niet vanaf het adres';
export const GEMEENTE_POINT_NOTE =
  'gemeten vanaf een punt binnen de gemeente; een nieuwe locatie kan elders in de gemeente komen';

export function accessibilityScore(
  stationM: number,
  stationName: string,
  candidate: { existingSite: boolean; placedAs: PlacedAs },
): CriterionScore {
  const distance = `${km(stationM)} tot intercitystation ${stationName}`;
  if (candidate.placedAs === 'gemeente' && candidate.existingSite) {
    return {
      criterion: 'accessibility',
      score: null,
      unknown: true,
      detail: `${distance}; ${PLACEHOLDER_DISTANCE_NOTE}, daarom niet gescoord`,
    };
  }
  const score = clamp01(1 - stationM / ACCESSIBILITY_ZERO_AT_M);
  return {
    criterion: 'accessibility',
    score,
    detail: candidate.placedAs === 'gemeente' ? `${distance} (${GEMEENTE_POINT_NOTE})` : distance,
  };
}

export function originScore(originM: number | null, maxM: number | null): CriterionScore {
  if (originM === null) return { criterion: 'distanceFromOrigin', score: null, detail: 'geen herkomst opgegeven' };
  return {
    criterion: 'distanceFromOrigin',
    score: clamp01(1 - originM / (maxM ?? DEFAULT_ORIGIN_SCALE_M)),
    detail: `${km(originM)} van de huidige locatie`,
  };
}

export const OCCUPANCY_UNKNOWN = 'bezetting onbekend';

/** site null: a new location. A site with unknown occupancy has freeWorkplaces null. */
export function capacityScore(
  site: { workplaces: number | null; freeWorkplaces: number | null } | null,
  neededWorkplaces: number,
): CriterionScore {
  if (site === null) return { criterion: 'capacityFit', score: 1, detail: 'nieuwe locatie, op maat te realiseren' };
  const { freeWorkplaces } = site;
  if (freeWorkplaces === null) {
    return {
      criterion: 'capacityFit',
      score: null,
      unknown: true,
      detail: `${site.workplaces ?? 'onbekend aantal'} werkplekken, ${OCCUPANCY_UNKNOWN}: vrije werkplekken onbekend, daarom niet gescoord`,
    };
  }
  return {
    criterion: 'capacityFit',
    score: clamp01(freeWorkplaces / Math.max(neededWorkplaces, 1)),
    detail: `${freeWorkplaces} vrije werkplekken voor ${Math.ceil(neededWorkplaces)} nodig`,
  };
}

export function costScore(existing: boolean): CriterionScore {
  return {
    criterion: 'cost',
    score: existing ? 1 : 0,
    detail: existing ? 'bestaand rijksgebouw' : 'nieuwe huisvesting nodig',
  };
}

export function qualityScore(required: string[], available: string[]): CriterionScore {
  if (required.length === 0) return { criterion: 'qualityMatch', score: null, detail: 'geen kernkwaliteiten gevraagd' };
  const have = new Set(available.map((q) => q.toLowerCase()));
  const matched = required.filter((q) => have.has(q.toLowerCase()));
  if (available.length === 0)
    return { criterion: 'qualityMatch', score: 0, detail: 'geen regioprofiel met kernkwaliteiten' };
  return {
    criterion: 'qualityMatch',
    score: matched.length / required.length,
    detail: matched.length ? `past bij ${matched.join(', ')}` : 'geen van de gevraagde kernkwaliteiten',
  };
}

// One formatter, made once: toLocaleString builds a new ICU formatter on every call, which
// dominated ranking time when a thousand candidates each got their details.
const ONE_DECIMAL = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 });

export function km(metres: number): string {
  return `${ONE_DECIMAL.format(metres / 1000)} km`;
}

export function oneDecimal(value: number): string {
  return ONE_DECIMAL.format(value);
}
