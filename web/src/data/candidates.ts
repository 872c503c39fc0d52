/**
 * Candidate search: ranked candidate locations for a growing or new service, with explanations.
 * NEEDS API (branch analysis): rankCandidates(demand: CandidateDemandInput!) — names as on that
 * branch today. The panel keeps its own draft (features/candidates/draft.ts); this module turns a
 * draft into the demand and runs the query, so the names can be realigned at merge in one place.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { Point } from 'geojson';
import type { CandidateDraft } from '../features/candidates/draft.js';
import type { Dataset } from '../state/view.js';
import { useCapabilities, type Availability } from './capabilities.js';

export interface CriterionScore {
  criterion: string;
  label: string;
  score: number | null;
  weight: number;
  contribution: number;
  detail: string;
}

export interface Candidate {
  rank: number;
  kind: string;
  siteId: number | null;
  name: string;
  gemeenteName: string;
  isRandstad: boolean;
  location: Point;
  total: number;
  criteria: CriterionScore[];
  explanation: string;
  nearestStation: string;
  nearestStationM: number;
}

export interface CandidateDemand {
  fte: number;
  originSiteId: number | null;
  originPoint: Point | null;
  requiredQualities: string[];
  outsideRandstad: boolean;
  maxDistanceFromOriginKm: number | null;
  maxDistanceToIntercityKm: number | null;
  weights: Record<string, number>;
  dataset: Dataset;
  peildatum: string | null;
}

export const RANK_CANDIDATES: TypedDocumentNode<{ rankCandidates: { totalCandidates: number; peildatum: string | null; candidates: Candidate[] } }, { demand: CandidateDemand }> = gql`
  query RankCandidates($demand: CandidateDemandInput!) {
    rankCandidates(demand: $demand) {
      totalCandidates peildatum
      candidates {
        rank kind siteId name gemeenteName isRandstad location total explanation nearestStation nearestStationM
        criteria { criterion label score weight contribution detail }
      }
    }
  }
`;

/** Existing sites to start from ("herkomstlocatie"). */
export const ORIGIN_SITES: TypedDocumentNode<{ sites: { nodes: { id: number; name: string; city: string | null }[] } }, { dataset: Dataset }> = gql`
  query OriginSites($dataset: Dataset!) { sites(filter: { dataset: $dataset }, first: 500) { nodes { id name city } } }
`;

export function toDemand(draft: CandidateDraft, options: { dataset: Dataset; peildatum: string | null }): CandidateDemand {
  const withOrigin = draft.mode === 'punt' || draft.mode === 'straal' || draft.mode === 'locatie';
  return {
    fte: draft.fte,
    originSiteId: draft.mode === 'locatie' ? draft.originSiteId : null,
    originPoint: withOrigin && draft.mode !== 'locatie' ? draft.origin : null,
    requiredQualities: draft.coreQualities,
    outsideRandstad: draft.outsideRandstad,
    maxDistanceFromOriginKm: draft.mode === 'straal' ? draft.radiusKm : null,
    maxDistanceToIntercityKm: draft.maxStationDistanceKm,
    weights: { ...draft.weights },
    dataset: options.dataset,
    peildatum: options.peildatum,
  };
}

export interface CandidateResult {
  availability: Availability;
  candidates: Candidate[] | null;
  total: number | null;
  loading: boolean;
  error: string | null;
}

export function useCandidates(draft: CandidateDraft, run: boolean, options: { dataset: Dataset; peildatum: string | null }): CandidateResult {
  const caps = useCapabilities();
  const availability = caps.availability('candidates');
  const { data, previousData, loading, error } = useQuery(RANK_CANDIDATES, {
    variables: { demand: toDemand(draft, options) },
    skip: !run || availability !== 'beschikbaar',
  });
  // Keep the previous ranking on screen while the new one loads, so a weight change reads as a reorder.
  const shown = data ?? previousData;
  return { availability, candidates: shown?.rankCandidates.candidates ?? null, total: shown?.rankCandidates.totalCandidates ?? null, loading, error: error ? error.message : null };
}

export function useOriginSites(dataset: Dataset, wanted: boolean) {
  const caps = useCapabilities();
  const { data } = useQuery(ORIGIN_SITES, { variables: { dataset }, skip: !wanted || !caps.has('sites') });
  return { available: caps.has('sites'), sites: data?.sites.nodes ?? [] };
}
