/** Ministries for the ministry filter (figures per ministry are reported from 2025 on). */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';

export const MINISTRIES = graphql(`
  query Ministries {
    organisations(filter: { sector: ministeries }, first: 200) { nodes { id name abbreviation parentId } }
  }
`);

export function useMinistries() {
  const { data } = useQuery(MINISTRIES, { fetchPolicy: 'cache-first' });
  // Only the ministries themselves (top level), not their agencies.
  return (data?.organisations.nodes ?? []).filter((o) => o.parentId === null).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
