/**
 * Regional need per province: under-representation against population (70 %) and lagging growth
 * (30 %), from the chosen dataset. Where a province's figures are missing the need is unknown:
 * it scores a neutral 0,5 and says so, rather than pretending to know.
 */
import type { Dataset } from '../../common/domain.js';
import type { Queryable } from '../common/sql.js';
import { VersionCache } from '../common/version-cache.js';
import { provincePopulation } from '../monitors/monitor.queries.js';
import { provinceSnapshot, percent } from '../monitors/monitors.public.js';
import { clamp01, oneDecimal, type CriterionScore } from './criteria.js';

export type RegionalNeed = Map<string, CriterionScore>;

interface NeedOptions {
  dataset: Dataset;
  peildatum: string;
  previousPeildatum: string | null;
}

const cache = new VersionCache<RegionalNeed>();

/**
 * The need changes only when fte, population or regions change, yet every ranking asks for it
 * (four queries, ~17 ms on the embedded database). It is kept per data version (see
 * version-cache.ts): a write by any process is seen at once.
 */
export async function regionalNeedByProvince(db: Queryable, options: NeedOptions): Promise<RegionalNeed> {
  const key = `${options.dataset}|${options.peildatum}|${options.previousPeildatum ?? ''}`;
  return cache.get(db, key, () => computeRegionalNeed(db, options));
}

async function computeRegionalNeed(db: Queryable, options: NeedOptions): Promise<RegionalNeed> {
  const now = await provinceSnapshot(db, { peildatum: options.peildatum, dataset: options.dataset });
  const before = options.previousPeildatum
    ? await provinceSnapshot(db, { peildatum: options.previousPeildatum, dataset: options.dataset })
    : null;
  const population = await provincePopulation(db, options.peildatum);
  const totalPopulation = population.reduce((s, p) => s + p.inhabitants, 0);
  const need: RegionalNeed = new Map();
  for (const p of population) {
    const fte = now.provinces.get(p.regionCode)?.fte ?? null;
    if (fte === null || now.national === null || totalPopulation === 0) {
      need.set(p.regionCode, {
        criterion: 'regionalNeed',
        score: 0.5,
        detail: 'geen cijfers voor deze provincie: behoefte onbekend (neutraal)',
      });
      continue;
    }
    const fteShare = percent(fte, now.national);
    const populationShare = percent(p.inhabitants, totalPopulation);
    const underRepresentation = clamp01((populationShare - fteShare) / populationShare);
    const trend = growthLag(p.regionCode, fte, before, now.national);
    const score = 0.7 * underRepresentation + 0.3 * trend.lag;
    const share = `${fmt(fteShare)} % van de fte bij ${fmt(populationShare)} % van de bevolking`;
    need.set(p.regionCode, {
      criterion: 'regionalNeed',
      score,
      detail: trend.text ? `${share}; ${trend.text}` : share,
    });
  }
  return need;
}

function growthLag(
  code: string,
  fte: number,
  before: Awaited<ReturnType<typeof provinceSnapshot>> | null,
  nationalNow: number,
): { lag: number; text: string } {
  const previous = before?.provinces.get(code)?.fte ?? null;
  if (!before || previous === null || before.national === null || previous === 0 || before.national === 0)
    return { lag: 0, text: '' };
  const own = (fte - previous) / previous;
  const national = (nationalNow - before.national) / before.national;
  return own < national
    ? { lag: 1, text: 'groeide trager dan het land' }
    : { lag: 0, text: 'groeide minstens zo hard als het land' };
}

const fmt = oneDecimal;
