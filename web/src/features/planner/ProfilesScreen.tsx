/**
 * Region profiles (ontwikkelprofielen): each region's core qualities and opportunities, as a
 * table, with a link that runs the candidate search around that region with its qualities
 * (issue 18, finding 2). The link is a URL (search-url.ts): it can be shared or bookmarked.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { PlannerProfileFragment } from '../../gql/graphql.js';
import { Notice } from '../../app/Notice.js';
import { updateView } from '../../state/useView.js';
import { INITIAL_DRAFT } from '../candidates/draft.js';
import { encodeSearch } from '../candidates/search-url.js';
import { PlannerTable } from './PlannerTable.js';
import { SourceRef } from './SourceRef.js';
import type { Column } from './table-model.js';

export const PLANNER_PROFILE = graphql(`
  fragment PlannerProfile on RegionProfile {
    id
    version
    regionCode
    coreQualities
    opportunities
    receivedOn
    source
    region {
      id
      code
      name
      kind
      bbox
    }
  }
`);

export const PROFILES = graphql(`
  query PlannerProfiles {
    regionProfiles(first: 500) {
      totalCount
      nodes {
        ...PlannerProfile
      }
    }
  }
`);

const COLUMNS: Column<PlannerProfileFragment>[] = [
  { key: 'region', label: 'Regio', value: (p) => p.region?.name ?? p.regionCode },
  { key: 'kind', label: 'Soort regio', value: (p) => p.region?.kind ?? null, filter: true },
  { key: 'qualities', label: 'Kernkwaliteiten', value: (p) => p.coreQualities.join(', ') },
  { key: 'opportunities', label: 'Kansen', value: (p) => p.opportunities ?? null },
  { key: 'receivedOn', label: 'Ontvangen', value: (p) => p.receivedOn ?? null },
  { key: 'source', label: 'Bron', value: (p) => p.source ?? null },
];

const round = (n: number) => Math.round(n * 1e5) / 1e5;

/** The candidate search within the region's bounding box, asking for its core qualities. */
export function profileSearch(profile: PlannerProfileFragment): string | null {
  const bbox = profile.region?.bbox;
  if (!bbox || bbox.length !== 4) return null;
  const [w, s, e, n] = bbox.map(round) as [number, number, number, number];
  return encodeSearch({
    ...INITIAL_DRAFT,
    mode: 'gebied',
    outsideRandstad: false,
    coreQualities: profile.coreQualities,
    area: {
      type: 'Polygon',
      coordinates: [
        [
          [w, s],
          [e, s],
          [e, n],
          [w, n],
          [w, s],
        ],
      ],
    },
    weights: { ...INITIAL_DRAFT.weights, qualityMatch: 5 },
  });
}

export function ProfilesScreen() {
  const { data, error, loading } = useQuery(PROFILES);
  const profiles = data?.regionProfiles.nodes ?? [];
  return (
    <section aria-labelledby="profielen-titel" data-testid="profielen-scherm">
      <h3 id="profielen-titel" className="rp-h3">
        Regioprofielen: kernkwaliteiten en kansen
      </h3>
      <p className="rp-hint">
        Wat regio's zelf als hun sterke punten en kansen voor rijkswerk noemen. "Kandidaten zoeken" zoekt plaatsen in en
        rond de regio die bij deze kernkwaliteiten passen.
      </p>
      {error && <Notice kind="error">{error.message}</Notice>}
      {loading && !data && <p role="status">Regioprofielen laden…</p>}
      {data && profiles.length === 0 && <p>Er zijn nog geen regioprofielen vastgelegd.</p>}
      {profiles.length > 0 && (
        <PlannerTable
          caption="Regioprofielen"
          testId="profielen"
          rows={profiles}
          columns={COLUMNS}
          rowKey={(p) => String(p.id)}
          render={{ source: (p) => <SourceRef source={p.source} /> }}
          actions={(p) => {
            const search = profileSearch(p);
            if (!search) return null;
            const href = `?paneel=kandidaten&zoek=${encodeURIComponent(search)}`;
            return (
              <a
                href={href}
                data-zoek-profiel={p.regionCode}
                onClick={(e) => {
                  e.preventDefault();
                  updateView({ panel: 'kandidaten', search });
                }}
              >
                Kandidaten zoeken
                <span className="rp-sr-only"> met de kernkwaliteiten van {p.region?.name ?? p.regionCode}</span>
              </a>
            );
          }}
        />
      )}
    </section>
  );
}
