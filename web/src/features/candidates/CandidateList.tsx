/**
 * Ranked candidates with the explanation per criterion (score × weight → contribution). With a
 * drawn area the server searched inside it; the list says how many candidates the area holds.
 */
import { graphql } from '../../gql/index.js';
import type { CandidateItemFragment } from '../../gql/graphql.js';

/** What the list shows of each candidate; the ranking query (ranking.ts) spreads it. */
export const CANDIDATE_ITEM = graphql(`
  fragment CandidateItem on Candidate {
    rank kind siteId name gemeenteName isRandstad location total explanation nearestStation nearestStationM nearestStationNote
    freeWorkplaces capacityNote
    criteria { criterion label score weight contribution detail }
  }
`);

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });
const km = (m: number) => `${number.format(m / 1000)} km`;

interface Props {
  candidates: CandidateItemFragment[];
  total: number | null;
  /** The search ran inside a drawn area. */
  inArea: boolean;
  loading: boolean;
  demo: boolean;
}

export function CandidateList({ candidates, total, inArea, loading, demo }: Props) {
  const shown = candidates;
  const where = inArea ? ' in het getekende gebied' : '';
  return (
    <section aria-labelledby="kandidaten-titel" aria-busy={loading}>
      <h3 id="kandidaten-titel" className="rp-h3">
        Gerangschikte kandidaten
      </h3>
      <p className="rp-hint" role="status">
        {total !== null && total > shown.length
          ? `De beste ${shown.length} van ${total} kandidaten${where}`
          : `${shown.length} kandidaten${where}`}
        {loading ? ' — bijwerken…' : ''}
      </p>
      {demo && <p className="rp-demo-label">fictieve voorbeelddata</p>}
      {shown.length === 0 ? (
        <p>Geen kandidaten{where} die aan de randvoorwaarden voldoen.</p>
      ) : (
        <ol className="rp-candidates" data-testid="kandidaten">
          {shown.map((c) => (
            <li key={`${c.kind}-${c.siteId ?? c.name}`} data-naam={c.name} data-rang={c.rank}>
              <strong>{c.name}</strong> ({c.gemeenteName}
              {c.isRandstad ? ', Randstad' : ''}) — totaalscore {number.format(c.total)}
              <div className="rp-hint">
                Rang {c.rank}; dichtstbijzijnd station {c.nearestStation} op {km(c.nearestStationM)}
                {c.nearestStationNote && <em> ({c.nearestStationNote})</em>}
                {c.capacityNote
                  ? `; ${c.capacityNote}`
                  : c.freeWorkplaces !== null
                    ? `; ${c.freeWorkplaces} vrije werkplekken`
                    : ''}
              </div>
              <details>
                <summary>Waarom deze plaats?</summary>
                <p>{c.explanation}</p>
                <ul>
                  {c.criteria.map((s) => (
                    <li key={s.criterion}>
                      {s.label}: score {s.score === null ? 'n.v.t.' : number.format(s.score)} × gewicht{' '}
                      {number.format(s.weight)} → bijdrage {number.format(s.contribution)} — {s.detail}
                    </li>
                  ))}
                </ul>
              </details>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
