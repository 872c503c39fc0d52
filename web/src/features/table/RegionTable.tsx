/**
 * The table twin of the map: the same rows, values, classes and colours, sortable, with each
 * figure's sources. It is also the accessible path: every region can be opened from here by
 * keyboard. Export as CSV gives exactly what the table shows.
 */
import { DemoMark } from '../../app/DemoLabel.js';
import { useEffect, useId, useState } from 'react';
import type { ChoroplethRow } from '../choropleth/useChoropleth.js';
import { formatFte, formatMetric } from '../../lib/format.js';
import { downloadText, toCsv, type CsvColumn } from '../../lib/csv.js';
import { sortRows, type SortDir, type SortKey } from './sort.js';
import { updateView } from '../../state/useView.js';
import { LEVEL_LABELS, METRIC_LABELS, type View } from '../../state/view.js';

interface Props {
  rows: ChoroplethRow[];
  view: View;
  caption: string;
}

export function RegionTable({ rows, view, caption }: Props) {
  const [sort, setSort] = useState<{ key: SortKey; dir: SortDir }>({ key: 'name', dir: 'asc' });
  const [csvFailed, setCsvFailed] = useState(false);
  const [query, setQuery] = useState('');
  const [page, setPage] = useState(0);
  const searchId = useId();
  const sorted = filterRows(sortRows(rows, sort.key, sort.dir), query);
  const pages = Math.max(1, Math.ceil(sorted.length / PAGE_SIZE));
  const current = Math.min(page, pages - 1);
  const shown = sorted.slice(current * PAGE_SIZE, (current + 1) * PAGE_SIZE);
  // A region chosen elsewhere (map, search) is on the page shown.
  useEffect(() => {
    const index = sorted.findIndex((r) => r.code === view.selected);
    if (index >= 0) setPage(Math.floor(index / PAGE_SIZE));
  }, [view.selected]); // only when the selection changes, not on every search or sort
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th
        scope="col"
        className="utrecht-table__header-cell"
        aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}
      >
        <button
          type="button"
          className="rp-sort"
          onClick={() => setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}
        >
          {label} <span aria-hidden="true">{active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <section className="rp-table" aria-labelledby="tabel-titel" id="tabel">
      <div className="rp-table__head">
        <h2 id="tabel-titel" className="rp-h2">
          Tabel bij de kaart
        </h2>
        <button
          type="button"
          className="utrecht-button utrecht-button--secondary-action"
          onClick={() =>
            exportCsv(sorted, view).then(
              () => setCsvFailed(false),
              () => setCsvFailed(true),
            )
          }
        >
          Tabel downloaden (CSV)
        </button>
      </div>
      {csvFailed && (
        <p role="alert" className="utrecht-alert utrecht-alert--error">
          Het CSV-bestand kon niet worden gemaakt. Probeer het opnieuw.
        </p>
      )}
      {rows.length > PAGE_SIZE && (
        <div className="rp-table__tools">
          <div className="utrecht-form-field">
            <label className="utrecht-form-label" htmlFor={searchId}>
              Zoek in de tabel (naam of code)
            </label>
            <input
              id={searchId}
              type="search"
              className="utrecht-textbox utrecht-textbox--html-input"
              value={query}
              onChange={(e) => {
                setQuery(e.target.value);
                setPage(0);
              }}
            />
          </div>
          <Pager current={current} pages={pages} total={sorted.length} of={rows.length} onPage={setPage} />
        </div>
      )}
      <div className="rp-table__scroll">
        <table className="utrecht-table utrecht-table--html-table" data-testid="tabel">
          <caption className="utrecht-table__caption">
            {caption}
            {view.dataset === 'demo' && (
              <>
                {' '}
                <DemoMark />
              </>
            )}
          </caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {header('name', LEVEL_LABELS[view.level])}
              {header('code', 'Code')}
              {header('value', METRIC_LABELS[view.metric])}
              {view.metric !== 'fte' && header('fte', 'fte')}
              <th scope="col" className="utrecht-table__header-cell">
                Klasse
              </th>
              <th scope="col" className="utrecht-table__header-cell">
                Bron / toelichting
              </th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {shown.map((row) => (
              <tr
                key={row.code}
                className="utrecht-table__row"
                data-code={row.code}
                data-klasse={row.cls}
                data-geselecteerd={view.selected === row.code ? 'ja' : undefined}
              >
                <th scope="row" className="utrecht-table__header-cell">
                  <button type="button" className="rp-linkbutton" onClick={() => updateView({ selected: row.code })}>
                    {row.name}
                  </button>
                </th>
                <td className="utrecht-table__cell">{row.code}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric" data-waarde={row.value ?? ''}>
                  {formatMetric(row.value, view.metric)}
                </td>
                {view.metric !== 'fte' && (
                  <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatFte(row.fte)}</td>
                )}
                <td className="utrecht-table__cell">
                  {row.cls >= 0 ? (
                    <>
                      <span className="rp-swatch" style={{ background: row.color! }} aria-hidden="true" /> {row.cls + 1}
                    </>
                  ) : (
                    <>
                      <span className="rp-swatch rp-swatch--missing" aria-hidden="true" /> geen
                    </>
                  )}
                </td>
                <td className="utrecht-table__cell">
                  {row.missing && <span className="rp-missing">{row.missing}</span>}
                  <Sources urls={row.sources} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}

/** Rows per page: the 342 gemeenten in 7 pages, the smaller levels on one. */
export const PAGE_SIZE = 50;

/** Rows whose name or code contains the query (case and accents ignored). */
export function filterRows(rows: ChoroplethRow[], query: string): ChoroplethRow[] {
  const wanted = fold(query.trim());
  if (!wanted) return rows;
  return rows.filter((r) => fold(r.name).includes(wanted) || r.code.toLowerCase().includes(wanted));
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase();

function Pager({
  current,
  pages,
  total,
  of,
  onPage,
}: {
  current: number;
  pages: number;
  total: number;
  of: number;
  onPage: (page: number) => void;
}) {
  const from = total === 0 ? 0 : current * PAGE_SIZE + 1;
  const to = Math.min(total, (current + 1) * PAGE_SIZE);
  return (
    <nav className="rp-pager" aria-label="Pagina’s van de tabel">
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={current === 0}
        onClick={() => onPage(current - 1)}
      >
        Vorige
      </button>
      <p role="status" data-testid="tabel-status">
        {total === 0
          ? `Geen rijen gevonden (van ${of})`
          : `Rij ${from}–${to} van ${total}${total < of ? ` gevonden (van ${of})` : ''}`}
      </p>
      <button
        type="button"
        className="utrecht-button utrecht-button--secondary-action"
        disabled={current >= pages - 1}
        onClick={() => onPage(current + 1)}
      >
        Volgende
      </button>
    </nav>
  );
}

export function Sources({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null;
  return (
    <span className="rp-sources">
      {urls.map((url, i) => (
        <a key={url} href={url} target="_blank" rel="noopener noreferrer">
          bron{urls.length > 1 ? ` ${i + 1}` : ''}
          <span className="rp-sr-only"> (opent in nieuw venster: {hostOf(url)})</span>
        </a>
      ))}
    </span>
  );
}

function hostOf(url: string): string {
  try {
    return new URL(url).host;
  } catch {
    return url;
  }
}

async function exportCsv(rows: ChoroplethRow[], view: View): Promise<void> {
  const columns: CsvColumn<ChoroplethRow>[] = [
    { header: LEVEL_LABELS[view.level].toLowerCase(), value: (r) => r.name },
    { header: 'code', value: (r) => r.code },
    { header: METRIC_LABELS[view.metric], value: (r) => r.value },
    ...(view.metric === 'fte' ? [] : [{ header: 'fte', value: (r: ChoroplethRow) => r.fte }]),
    { header: 'klasse', value: (r) => (r.cls >= 0 ? r.cls + 1 : null) },
    { header: 'toelichting', value: (r) => r.missing },
    { header: 'bronnen', value: (r) => r.sources.join(' ') },
    { header: 'dataset', value: () => (view.dataset === 'demo' ? 'fictieve voorbeelddata' : 'gepubliceerd') },
  ];
  downloadText(
    `rijkspresentie-${view.level}-${view.metric}${view.date ? `-${view.date}` : ''}.csv`,
    await toCsv(columns, rows),
  );
}
