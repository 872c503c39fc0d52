/**
 * Which optional parts of the API this server offers, from `serviceInfo { features }`: the
 * server derives the list from the schema it runs, so this works with introspection switched off
 * (as in production). Features ask for what they need and show a visible notice when the server
 * lacks it, instead of failing or faking data.
 */
import { gql, type ApolloClient, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import type { ServiceFeature } from '../../../server/common/features.js';

export type { ServiceFeature };

interface CapabilitiesData {
  serviceInfo: { features: ServiceFeature[] };
}

export const CAPABILITIES: TypedDocumentNode<CapabilitiesData, Record<string, never>> = gql`
  query Capabilities {
    serviceInfo { features }
  }
`;

/** Asks at boot, so features know what the server offers by the time they render. */
export function prefetchCapabilities(client: ApolloClient): void {
  void client.query({ query: CAPABILITIES }).catch(() => undefined);
}

export type Availability = 'laden' | 'beschikbaar' | 'ontbreekt' | 'fout';

export interface Capabilities {
  status: 'laden' | 'klaar' | 'fout';
  has(...features: ServiceFeature[]): boolean;
  availability(...features: ServiceFeature[]): Availability;
}

/** The capability check as plain logic (no React), for the hook and the unit tests. */
export function capabilitiesFrom(data: CapabilitiesData | undefined, error: unknown): Capabilities {
  const offered = new Set<string>(data?.serviceInfo.features ?? []);
  const status = data ? 'klaar' : error ? 'fout' : 'laden';
  const has = (...features: ServiceFeature[]) => status === 'klaar' && features.every((f) => offered.has(f));
  return {
    status,
    has,
    availability: (...features) => (status === 'laden' ? 'laden' : status === 'fout' ? 'fout' : has(...features) ? 'beschikbaar' : 'ontbreekt'),
  };
}

export function useCapabilities(): Capabilities {
  const { data, error } = useQuery(CAPABILITIES, { fetchPolicy: 'cache-first' });
  return capabilitiesFrom(data, error);
}
