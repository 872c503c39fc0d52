/**
 * Policy monitors (De Vries, proportionality, Randstad share, Drenthe) with verdicts, figures and
 * sources. NEEDS API (branch analysis): monitors(fromPeildatum, toPeildatum, dataset) — names as
 * on that branch today. A monitor compares two reference dates.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { Dataset } from '../state/view.js';
import { useCapabilities, type Availability } from './capabilities.js';

export type Verdict = 'voldoet' | 'voldoet_niet' | 'onvoldoende_gegevens';

export interface MonitorFigure {
  label: string;
  regionCode: string | null;
  value: number | null;
  unit: string;
  basis: string;
  flagged: boolean;
}

export interface MonitorResult {
  id: string;
  title: string;
  fromPeildatum: string;
  toPeildatum: string;
  dataset: Dataset;
  verdict: Verdict;
  explanation: string;
  figures: MonitorFigure[];
  missing: string[];
  sources: string[];
  publishedStatements: string[];
}

export const MONITORS: TypedDocumentNode<{ monitors: MonitorResult[] }, { fromPeildatum: string; toPeildatum: string; dataset: Dataset }> = gql`
  query Monitors($fromPeildatum: String!, $toPeildatum: String!, $dataset: Dataset!) {
    monitors(fromPeildatum: $fromPeildatum, toPeildatum: $toPeildatum, dataset: $dataset) {
      id title fromPeildatum toPeildatum dataset verdict explanation missing sources publishedStatements
      figures { label regionCode value unit basis flagged }
    }
  }
`;

export interface MonitorsResult {
  availability: Availability;
  monitors: MonitorResult[] | null;
  loading: boolean;
  error: string | null;
}

export function useMonitors(period: { from: string | null; to: string | null }, dataset: Dataset): MonitorsResult {
  const caps = useCapabilities();
  const availability = caps.availability('monitors');
  const { data, loading, error } = useQuery(MONITORS, {
    variables: { fromPeildatum: period.from ?? '', toPeildatum: period.to ?? '', dataset },
    skip: availability !== 'beschikbaar' || !period.from || !period.to,
  });
  return { availability, monitors: data?.monitors ?? null, loading, error: error ? error.message : null };
}
