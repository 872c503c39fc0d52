/**
 * Ministries for the ministry filter (figures per ministry are reported from 2025 on).
 * NEEDS API (branch api): organisations(filter: { sector: ministeries }). Without it the filter
 * offers only "alle ministeries" and says why.
 */
import { gql, type TypedDocumentNode } from '@apollo/client';
import { useQuery } from '@apollo/client/react';
import { useCapabilities } from './capabilities.js';

export interface Ministry {
  id: number;
  name: string;
  abbreviation: string | null;
  parentId: number | null;
}

export const MINISTRIES: TypedDocumentNode<{ organisations: { nodes: Ministry[] } }, Record<string, never>> = gql`
  query Ministries {
    organisations(filter: { sector: ministeries }, first: 200) { nodes { id name abbreviation parentId } }
  }
`;

export function useMinistries(): { ministries: Ministry[]; available: boolean } {
  const caps = useCapabilities();
  const available = caps.has('organisations');
  const { data } = useQuery(MINISTRIES, { skip: !available, fetchPolicy: 'cache-first' });
  // Only the ministries themselves (top level), not their agencies.
  const ministries = (data?.organisations.nodes ?? []).filter((o) => o.parentId === null).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
  return { ministries, available };
}
