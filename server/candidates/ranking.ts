/**
 * Combines criterion scores into a weighted total, orders candidates deterministically and
 * explains each place: which criteria carry the candidate, and what sets it above the next one.
 */
import { CRITERIA, CRITERION_LABELS, type Criterion, type CriterionScore } from './criteria.js';

export type Weights = Record<Criterion, number>;

export const DEFAULT_WEIGHTS: Weights = {
  regionalNeed: 1,
  qualityMatch: 1,
  accessibility: 1,
  distanceFromOrigin: 1,
  capacityFit: 1,
  cost: 1,
};

export interface ScoredCriterion extends CriterionScore {
  weight: number;
  /** weight × score / sum of applicable weights: this criterion's part of the total. */
  contribution: number;
}

export interface Ranked<T> {
  rank: number;
  item: T;
  total: number;
  criteria: ScoredCriterion[];
  decisive: Criterion[];
  explanation: string;
}

export function scoreCandidate(
  scores: CriterionScore[],
  weights: Weights,
): { total: number; criteria: ScoredCriterion[] } {
  const applicable = scores.filter((s) => s.score !== null);
  const weightSum = applicable.reduce((sum, s) => sum + weights[s.criterion], 0);
  const criteria = scores.map((s) => ({
    ...s,
    weight: weights[s.criterion],
    contribution: s.score === null || weightSum === 0 ? 0 : (weights[s.criterion] * s.score) / weightSum,
  }));
  return { total: criteria.reduce((sum, c) => sum + c.contribution, 0), criteria };
}

/**
 * Highest total first; ties broken by a stable key so the same input always gives the same order.
 * Only the first `limit` places are explained (the rest are counted, not shown).
 */
export function rank<T>(
  items: { item: T; key: string; total: number; criteria: ScoredCriterion[] }[],
  limit = items.length,
): Ranked<T>[] {
  const sorted = [...items].sort((a, b) => b.total - a.total || (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return sorted.slice(0, limit).map((entry, index) => {
    const next = sorted[index + 1];
    const over = decisiveCriteria(entry.criteria, next?.criteria);
    // A tie with the next candidate (same scores, e.g. two sites on one gemeente point): nothing
    // sets it above that one, so name its strongest criteria instead and say it is a tie.
    const tie = next !== undefined && over.length === 0;
    const decisive = tie ? decisiveCriteria(entry.criteria, undefined) : over;
    const explanation = explain(entry.criteria, decisive, next === undefined ? 'last' : tie ? 'tie' : 'above');
    return { rank: index + 1, item: entry.item, total: entry.total, criteria: entry.criteria, decisive, explanation };
  });
}

/** The criteria by which this candidate gains most over the next one (or its strongest, when last). */
function decisiveCriteria(mine: ScoredCriterion[], next: ScoredCriterion[] | undefined): Criterion[] {
  const gain = (c: ScoredCriterion) =>
    c.contribution - (next?.find((n) => n.criterion === c.criterion)?.contribution ?? 0);
  return mine
    .filter((c) => c.score !== null && (next ? gain(c) > 1e-9 : c.contribution > 0))
    .sort(
      (a, b) =>
        (next ? gain(b) - gain(a) : b.contribution - a.contribution) ||
        CRITERIA.indexOf(a.criterion) - CRITERIA.indexOf(b.criterion),
    )
    .slice(0, 2)
    .map((c) => c.criterion);
}

function explain(criteria: ScoredCriterion[], decisive: Criterion[], position: 'above' | 'tie' | 'last'): string {
  const strong = criteria
    .filter((c) => c.score !== null && c.score >= 0.7)
    .map((c) => `${CRITERION_LABELS[c.criterion]} (${c.detail})`);
  const weak = criteria
    .filter((c) => c.score !== null && c.score < 0.3 && c.weight > 0)
    .map((c) => `${CRITERION_LABELS[c.criterion]} (${c.detail})`);
  const parts: string[] = [];
  if (decisive.length > 0) {
    const names = decisive.map((c) => CRITERION_LABELS[c]).join(' en ');
    if (position === 'above') parts.push(`Staat boven de volgende kandidaat vooral door ${names}.`);
    else parts.push(`${position === 'tie' ? 'Gelijk met de volgende kandidaat. ' : ''}Sterkst op ${names}.`);
  }
  if (strong.length) parts.push(`Sterk: ${strong.join('; ')}.`);
  if (weak.length) parts.push(`Zwak: ${weak.join('; ')}.`);
  const unknown = criteria
    .filter((c) => c.unknown && c.weight > 0)
    .map((c) => `${CRITERION_LABELS[c.criterion]} (${c.detail})`);
  // Said in words: the total leaves these out, so it rests on fewer criteria than the others'.
  if (unknown.length) parts.push(`Niet gescoord, gegevens onbekend: ${unknown.join('; ')}.`);
  return parts.join(' ');
}
