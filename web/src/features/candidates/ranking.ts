/**
 * Candidate search: ranked candidate locations for a growing or new service, with explanations.
 * The panel keeps its own draft (draft.ts); this module turns a draft into the demand the API
 * takes (CandidateDemandInput) and runs the query. The list's fields are CandidateList's fragment.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { CandidateDemandInput } from '../../gql/graphql.js';
import type { Dataset } from '../../state/view.js';
import type { CandidateDraft } from './draft.js';

export const RANK_CANDIDATES = graphql(`
  query RankCandidates($demand: CandidateDemandInput!) {
    rankCandidates(demand: $demand) {
      totalCandidates peildatum
      candidates { ...CandidateItem }
    }
  }
`);

/** Existing sites to start from ("herkomstlocatie"). */
export const ORIGIN_SITES = graphql(`
  query OriginSites($dataset: Dataset!) { sites(filter: { dataset: $dataset }, first: 500) { nodes { id name city } } }
`);

interface DemandOptions {
  dataset: Dataset;
  peildatum: string | null;
}

export function toDemand(draft: CandidateDraft, options: DemandOptions): CandidateDemandInput {
  const withOrigin = draft.mode === 'punt' || draft.mode === 'straal' || draft.mode === 'locatie';
  return {
    fte: draft.fte,
    originSiteId: draft.mode === 'locatie' ? draft.originSiteId : null,
    originPoint: withOrigin && draft.mode !== 'locatie' ? draft.origin : null,
    requiredQualities: draft.coreQualities,
    outsideRandstad: draft.outsideRandstad,
    maxDistanceFromOriginKm: draft.mode === 'straal' ? draft.radiusKm : null,
    maxDistanceToIntercityKm: draft.maxStationDistanceKm,
    // The drawn area is a filter on the server: the search runs inside it (not on a national top 20).
    area: draft.mode === 'gebied' ? draft.area : null,
    weights: { ...draft.weights },
    dataset: options.dataset,
    peildatum: options.peildatum,
  };
}

export function useCandidates(draft: CandidateDraft, run: boolean, options: DemandOptions) {
  const { data, previousData, loading, error } = useQuery(RANK_CANDIDATES, {
    variables: { demand: toDemand(draft, options) },
    skip: !run,
  });
  // Keep the previous ranking on screen while the new one loads, so a weight change reads as a reorder.
  const shown = data ?? previousData;
  return {
    candidates: shown?.rankCandidates.candidates ?? null,
    total: shown?.rankCandidates.totalCandidates ?? null,
    loading,
    error: error ? error.message : null,
  };
}

export function useOriginSites(dataset: Dataset, wanted: boolean) {
  const { data } = useQuery(ORIGIN_SITES, { variables: { dataset }, skip: !wanted });
  return data?.sites.nodes ?? [];
}
