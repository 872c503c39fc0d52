/**
 * The table twin of the map: the same rows, values, classes and colours, sortable, with each
 * figure's sources. It is also the accessible path: every region can be opened from here by
 * keyboard. Export as CSV gives exactly what the table shows.
 */
import { DemoMark } from '../../app/DemoLabel.js';
import { useState } from 'react';
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
  const sorted = sortRows(rows, sort.key, sort.dir);
  const header = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <th scope="col" className="utrecht-table__header-cell" aria-sort={active ? (sort.dir === 'asc' ? 'ascending' : 'descending') : 'none'}>
        <button type="button" className="rp-sort" onClick={() => setSort({ key, dir: active && sort.dir === 'asc' ? 'desc' : 'asc' })}>
          {label} <span aria-hidden="true">{active ? (sort.dir === 'asc' ? '▲' : '▼') : '↕'}</span>
        </button>
      </th>
    );
  };
  return (
    <section className="rp-table" aria-labelledby="tabel-titel" id="tabel">
      <div className="rp-table__head">
        <h2 id="tabel-titel" className="rp-h2">Tabel bij de kaart</h2>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => exportCsv(sorted, view).then(() => setCsvFailed(false), () => setCsvFailed(true))}>Tabel downloaden (CSV)</button>
      </div>
      {csvFailed && <p role="alert" className="utrecht-alert utrecht-alert--error">Het CSV-bestand kon niet worden gemaakt. Probeer het opnieuw.</p>}
      <div className="rp-table__scroll">
        <table className="utrecht-table utrecht-table--html-table" data-testid="tabel">
          <caption className="utrecht-table__caption">{caption}{view.dataset === 'demo' && <> <DemoMark /></>}</caption>
          <thead className="utrecht-table__header">
            <tr className="utrecht-table__row">
              {header('name', LEVEL_LABELS[view.level])}
              {header('code', 'Code')}
              {header('value', METRIC_LABELS[view.metric])}
              {view.metric !== 'fte' && header('fte', 'fte')}
              <th scope="col" className="utrecht-table__header-cell">Klasse</th>
              <th scope="col" className="utrecht-table__header-cell">Bron / toelichting</th>
            </tr>
          </thead>
          <tbody className="utrecht-table__body">
            {sorted.map((row) => (
              <tr key={row.code} className="utrecht-table__row" data-code={row.code} data-klasse={row.cls} data-geselecteerd={view.selected === row.code ? "ja" : undefined}>
                <th scope="row" className="utrecht-table__header-cell">
                  <button type="button" className="rp-linkbutton" onClick={() => updateView({ selected: row.code })}>{row.name}</button>
                </th>
                <td className="utrecht-table__cell">{row.code}</td>
                <td className="utrecht-table__cell utrecht-table__cell--numeric" data-waarde={row.value ?? ''}>{formatMetric(row.value, view.metric)}</td>
                {view.metric !== 'fte' && <td className="utrecht-table__cell utrecht-table__cell--numeric">{formatFte(row.fte)}</td>}
                <td className="utrecht-table__cell">
                  {row.cls >= 0 ? <><span className="rp-swatch" style={{ background: row.color! }} aria-hidden="true" /> {row.cls + 1}</> : <><span className="rp-swatch rp-swatch--missing" aria-hidden="true" /> geen</>}
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

export function Sources({ urls }: { urls: string[] }) {
  if (urls.length === 0) return null;
  return (
    <span className="rp-sources">
      {urls.map((url, i) => (
        <a key={url} href={url} target="_blank" rel="noopener noreferrer">bron{urls.length > 1 ? ` ${i + 1}` : ''}<span className="rp-sr-only"> (opent in nieuw venster: {hostOf(url)})</span></a>
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
  downloadText(`rijkspresentie-${view.level}-${view.metric}${view.date ? `-${view.date}` : ''}.csv`, await toCsv(columns, rows));
}
