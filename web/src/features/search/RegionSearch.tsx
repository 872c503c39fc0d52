/**
 * Search a gemeente, province, COROP-gebied or arbeidsmarktregio by name: the map zooms to it,
 * switches to its level and opens its panel. The results are a plain list of buttons (keyboard
 * and screen readers need nothing special), announced as they change.
 */
import { useEffect, useId, useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { RegionSearchQuery } from '../../gql/graphql.js';
import { updateView } from '../../state/useView.js';
import { LEVEL_LABELS, type Level } from '../../state/view.js';

export const REGION_SEARCH = graphql(`
  query RegionSearch($search: String!) {
    regions(search: $search, first: 8) { nodes { id code name kind bbox } }
  }
`);

export type FoundRegion = RegionSearchQuery['regions']['nodes'][number];

export function RegionSearch({ onFound }: { onFound: (region: FoundRegion) => void }) {
  const id = useId();
  const [text, setText] = useState('');
  const search = useDebounced(text.trim(), 250);
  const { data, loading } = useQuery(REGION_SEARCH, {
    variables: { search },
    skip: search.length < 2,
    fetchPolicy: 'cache-first',
  });
  const found = search.length >= 2 ? (data?.regions.nodes ?? []) : [];
  const choose = (region: FoundRegion) => {
    updateView({ level: region.kind as Level, selected: region.code, panel: 'kaart' });
    onFound(region);
    setText('');
  };
  return (
    <search className="rp-search" aria-label="Regio zoeken">
      <div className="utrecht-form-field">
        <label className="utrecht-form-label" htmlFor={`${id}-zoek`}>
          Zoek een gemeente of regio
        </label>
        <input
          id={`${id}-zoek`}
          type="search"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={text}
          autoComplete="off"
          placeholder="bijv. Maastricht"
          aria-describedby={`${id}-uitkomst`}
          onChange={(e) => setText(e.target.value)}
          onKeyDown={(e) => {
            if (e.key === 'Enter' && found[0]) {
              e.preventDefault();
              choose(found[0]);
            }
          }}
        />
      </div>
      <p id={`${id}-uitkomst`} className="rp-hint" role="status" aria-live="polite">
        {search.length < 2
          ? ''
          : loading
            ? 'Zoeken…'
            : found.length === 0
              ? `Geen regio gevonden voor "${search}".`
              : `${found.length} gevonden; Enter kiest de eerste.`}
      </p>
      {found.length > 0 && (
        <ul className="rp-search__results" data-testid="zoekresultaten">
          {found.map((r) => (
            <li key={r.id}>
              <button type="button" className="rp-linkbutton" data-code={r.code} onClick={() => choose(r)}>
                {r.name} <span className="rp-hint">({LEVEL_LABELS[r.kind as Level].toLowerCase()})</span>
              </button>
            </li>
          ))}
        </ul>
      )}
    </search>
  );
}

function useDebounced(value: string, ms: number): string {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}
