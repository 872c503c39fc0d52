/**
 * Ministries for the ministry filter: only those with figures in the chosen dataset. Figures per
 * ministry are delivered from 2025 on (DESIGN.md), so the published dataset has none yet; the
 * demo has them for its fictional ministries. Each comes with its newest reference date.
 */
import { useQuery } from '@apollo/client/react';
import { useUi } from '../../state/store.js';
import { graphql } from '../../gql/index.js';
import type { Dataset } from '../../state/view.js';

export const MINISTRIES = graphql(`
  query Ministries($dataset: Dataset!) {
    organisations(filter: { sector: ministeries }, first: 200) {
      nodes { id name abbreviation parentId fteCounts(dataset: $dataset, first: 1) { totalCount nodes { peildatum } } }
    }
  }
`);

export interface MinistryChoice {
  id: number;
  label: string;
  /** Newest reference date with a figure of this ministry in the dataset. */
  newest: string;
}

/** null while not yet known. */
export function useMinistries(dataset: Dataset): MinistryChoice[] | null {
  // Not needed for the first render: asked once the map has drawn.
  const ready = useUi((s) => s.afterFirstRender);
  const { data } = useQuery(MINISTRIES, { variables: { dataset }, fetchPolicy: 'cache-first', skip: !ready });
  if (!data) return null;
  // Only the ministries themselves (top level), not their agencies, and only with figures.
  return data.organisations.nodes
    .filter((o) => o.parentId === null && o.fteCounts.totalCount > 0)
    .map((o) => ({
      id: o.id,
      label: o.abbreviation ? `${o.name} (${o.abbreviation})` : o.name,
      newest: o.fteCounts.nodes[0]!.peildatum,
    }))
    .sort((a, b) => a.label.localeCompare(b.label, 'nl'));
}
