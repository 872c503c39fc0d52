/** Ministries for the ministry filter (figures per ministry are reported from 2025 on). */
import { useQuery } from '@apollo/client/react';
import { useUi } from '../../state/store.js';
import { graphql } from '../../gql/index.js';

export const MINISTRIES = graphql(`
  query Ministries {
    organisations(filter: { sector: ministeries }, first: 200) { nodes { id name abbreviation parentId } }
  }
`);

export function useMinistries() {
  // Not needed for the first render: asked once the map has drawn.
  const ready = useUi((s) => s.afterFirstRender);
  const { data } = useQuery(MINISTRIES, { fetchPolicy: 'cache-first', skip: !ready });
  // Only the ministries themselves (top level), not their agencies.
  return (data?.organisations.nodes ?? []).filter((o) => o.parentId === null).sort((a, b) => a.name.localeCompare(b.name, 'nl'));
}
