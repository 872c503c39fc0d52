/**
 * Which parts of the API this server offers. Features whose API is built on other branches
 * (figures, sites, candidates, monitors, planner) ask for the root fields they need and show a
 * visible notice when the server lacks them, instead of failing or faking data.
 */
import { gql, type ApolloClient, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';

interface CapabilitiesData {
  __schema: { queryType: { fields: { name: string }[] }; mutationType: { fields: { name: string }[] } | null };
  region: { fields: { name: string }[] } | null;
}

export const CAPABILITIES: TypedDocumentNode<CapabilitiesData, Record<string, never>> = gql`
  query Capabilities {
    __schema {
      queryType { fields { name } }
      mutationType { fields { name } }
    }
    region: __type(name: "Region") { fields { name } }
  }
`;

/** Asks at boot, so features know what the server offers by the time they render. */
export function prefetchCapabilities(client: ApolloClient): void {
  void client.query({ query: CAPABILITIES }).catch(() => undefined);
}

export type Availability = 'laden' | 'beschikbaar' | 'ontbreekt' | 'fout';

export interface Capabilities {
  status: 'laden' | 'klaar' | 'fout';
  has(...rootFields: string[]): boolean;
  availability(...rootFields: string[]): Availability;
}

export function useCapabilities(): Capabilities {
  const { data, error } = useQuery(CAPABILITIES, { fetchPolicy: 'cache-first' });
  const names = new Set([
    ...(data?.__schema.queryType.fields.map((f) => f.name) ?? []),
    ...(data?.__schema.mutationType?.fields.map((f) => f.name) ?? []),
    // Fields of Region as "Region.field", for the detail panel's parts.
    ...(data?.region?.fields.map((f) => `Region.${f.name}`) ?? []),
  ]);
  const status = data ? 'klaar' : error ? 'fout' : 'laden';
  const has = (...fields: string[]) => fields.every((f) => names.has(f));
  return {
    status,
    has,
    availability: (...fields) => (status === 'laden' ? 'laden' : status === 'fout' ? 'fout' : has(...fields) ? 'beschikbaar' : 'ontbreekt'),
  };
}
