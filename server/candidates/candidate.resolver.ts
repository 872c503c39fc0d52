import { Arg, Ctx, Query, Resolver } from 'type-graphql';
import type { Geometry } from 'geojson';
import type { RequestContext } from '../graphql/context.js';
import { rankCandidates } from './candidates.service.js';
import { CRITERION_LABELS, GEMEENTE_POINT_NOTE, OCCUPANCY_UNKNOWN, PLACEHOLDER_DISTANCE_NOTE } from './criteria.js';
import type { CandidateRow } from './candidates.queries.js';
import { CandidateDemandInput } from './candidate.input.js';
import { CandidateRankingType } from './candidate.type.js';

@Resolver()
export class CandidateResolver {
  @Query(() => CandidateRankingType, {
    description:
      'Rangschik kandidaat-locaties (bestaande locaties en gemeenten) voor een vraag, met uitleg per kandidaat',
  })
  async rankCandidates(
    @Arg('demand', () => CandidateDemandInput, { description: 'De vraag: fte, herkomst, eisen en gewichten' })
    demand: CandidateDemandInput,
    @Ctx() ctx: RequestContext,
  ): Promise<CandidateRankingType> {
    const result = await rankCandidates(ctx.db, { ...demand, weights: demand.weights ? { ...demand.weights } : null });
    return {
      dataset: result.dataset,
      peildatum: result.peildatum,
      totalCandidates: result.totalCandidates,
      candidates: result.candidates.map((c) => ({
        rank: c.rank,
        kind: c.item.kind,
        siteId: c.item.siteId,
        name: c.item.name,
        gemeenteCode: c.item.gemeenteCode,
        gemeenteName: c.item.gemeenteName,
        provincieCode: c.item.provincieCode,
        isRandstad: c.item.isRandstad,
        location: JSON.parse(c.item.geojson) as Geometry,
        total: c.total,
        criteria: c.criteria.map((s) => ({
          criterion: s.criterion,
          label: CRITERION_LABELS[s.criterion],
          score: s.score,
          weight: s.weight,
          contribution: s.contribution,
          detail: s.detail,
        })),
        decisive: c.decisive,
        explanation: c.explanation,
        distanceFromOriginM: c.item.originM,
        nearestStation: c.item.stationName,
        nearestStationM: c.item.stationM,
        nearestStationNote: stationNote(c.item),
        locationPrecision: c.item.locationPrecision,
        workplaces: c.item.workplaces,
        occupiedFte: c.item.occupiedFte,
        freeWorkplaces: c.item.freeWorkplaces,
        capacityNote: c.item.kind === 'bestaande_locatie' && c.item.occupiedFte === null ? OCCUPANCY_UNKNOWN : null,
      })),
    };
  }
}

function stationNote(row: CandidateRow): string | null {
  if (row.locationPrecision !== 'gemeente') return null;
  return row.kind === 'bestaande_locatie' ? `${PLACEHOLDER_DISTANCE_NOTE}; niet gescoord` : GEMEENTE_POINT_NOTE;
}
