/**
 * The detail panel of one region: its figure in the current view, its trend, its sector
 * breakdown and its sites, each with the source of every figure.
 */
import { useEffect, useRef } from 'react';
import { useRegionDetail } from './region-detail.js';
import { FigureItem } from './FigureItem.js';
import type { ChoroplethRow } from '../choropleth/useChoropleth.js';
import { formatDate, formatFte, formatMetric } from '../../lib/format.js';
import { updateView } from '../../state/useView.js';
import { METRIC_LABELS, SECTOR_LABELS, type View } from '../../state/view.js';

const LEVEL_PLURAL: Record<View['level'], string> = {
  provincie: 'provincies',
  corop: 'COROP-gebieden',
  arbeidsmarktregio: 'arbeidsmarktregio’s',
  gemeente: 'gemeenten',
};
import { Sources } from '../table/RegionTable.js';
import { TrendChart } from './TrendChart.js';
import { DemoMark } from '../../app/DemoLabel.js';

interface Props {
  code: string;
  row: ChoroplethRow | undefined;
  /** Every region of the level as the map shows it, for the rank. */
  rows: ChoroplethRow[];
  /** The region's share of the national total (%), when known. */
  sharePct: number | null;
  view: View;
  date: string | null;
  dates: string[];
}

/** "2e van 12": the place among the regions of the level that have a value (highest first), and how many have none. */
export function rankOf(code: string, rows: ChoroplethRow[]): { rank: number; of: number; without: number } | null {
  const known = rows.filter((r) => r.value !== null).sort((a, b) => b.value! - a.value!);
  const index = known.findIndex((r) => r.code === code);
  if (index < 0) return null;
  // Equal values share a place.
  const rank = known.findIndex((r) => r.value === known[index]!.value) + 1;
  return { rank, of: known.length, without: rows.length - known.length };
}

export function RegionPanel({ code, row, rows, sharePct, view, date, dates }: Props) {
  const rank = rankOf(code, rows);
  const detail = useRegionDetail(code, { dataset: view.dataset, sector: view.sector, peildatum: date, dates });
  const heading = useRef<HTMLHeadingElement>(null);
  const opener = useRef<HTMLElement | null>(null);
  useEffect(() => {
    // Whatever opened the panel (a table link, the map) gets the focus back when it closes.
    if (!opener.current && document.activeElement instanceof HTMLElement && document.activeElement !== document.body) {
      opener.current = document.activeElement;
    }
    heading.current?.focus();
  }, [code]);
  const close = () => closePanel(opener.current);
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape' && !e.defaultPrevented) closePanel(opener.current);
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
  const base = detail.base;
  return (
    <section className="rp-panel" aria-labelledby="paneel-titel" data-testid="regiopaneel">
      <div className="rp-panel__head">
        <h2 id="paneel-titel" className="rp-h2" tabIndex={-1} ref={heading}>
          {base?.name ?? row?.name ?? code}
        </h2>
        {view.dataset === 'demo' && <DemoMark />}
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle rp-no-print"
          onClick={() => window.print()}
        >
          Regioprofiel afdrukken of als pdf bewaren
        </button>
        <button
          type="button"
          className="utrecht-button utrecht-button--subtle rp-no-print"
          onClick={close}
          aria-label="Paneel sluiten (Escape)"
        >
          Sluiten ✕
        </button>
      </div>
      <p className="rp-print-only" data-testid="profiel-kop">
        Regioprofiel uit Rijkspresentie · {view.dataset === 'demo' ? 'fictieve voorbeelddata' : 'gepubliceerde cijfers'}{' '}
        · peildatum {formatDate(date)}
      </p>
      {detail.error && (
        <p role="alert" className="utrecht-alert utrecht-alert--error">
          {detail.error}
        </p>
      )}
      <dl className="rp-facts">
        <dt>Code</dt>
        <dd>
          {code}
          {base ? ` (indeling ${base.year})` : ''}
        </dd>
        {base && (
          <>
            <dt>Randstad</dt>
            <dd>
              {base.isRandstad ? 'ja' : 'nee'}
              {base.isGrensregio ? ' · grensregio' : ''}
            </dd>
          </>
        )}
        <dt>
          {METRIC_LABELS[view.metric]} op {formatDate(date)}
        </dt>
        <dd data-testid="paneel-waarde">
          {row?.value !== null && row?.value !== undefined ? (
            formatMetric(row.value, view.metric)
          ) : (
            <span className="rp-missing">{row?.missing ?? 'geen gepubliceerd cijfer'}</span>
          )}
          {row && view.metric !== 'fte' && row.fte !== null && <> ({formatFte(row.fte)})</>}
          {row && <Sources urls={row.sources} />}
        </dd>
        {rank && (
          <>
            <dt>Rang</dt>
            <dd data-testid="paneel-rang">
              {rank.rank}e van {rank.of} ({LEVEL_PLURAL[view.level]} met een waarde, hoogste eerst
              {rank.without > 0 ? `; ${rank.without} zonder waarde` : ''})
            </dd>
          </>
        )}
        {sharePct !== null && (
          <>
            <dt>Landelijk</dt>
            <dd data-testid="paneel-landelijk">{formatMetric(sharePct, 'aandeel')} van het landelijk totaal</dd>
          </>
        )}
        {base && (
          <>
            <dt>Grens</dt>
            <dd>{base.source}</dd>
          </>
        )}
      </dl>

      <h3 className="rp-h3">Verloop</h3>
      {detail.trend && (
        <>
          <TrendChart series={detail.trend} />
          <ul className="rp-list">
            {detail.trend.map((f) => (
              <FigureItem key={f.key} label={formatDate(f.key)} figure={f} />
            ))}
          </ul>
        </>
      )}

      <h3 className="rp-h3">Naar sector</h3>
      {detail.sectors && (
        <ul className="rp-bars" data-testid="sectoren">
          {detail.sectors.map((s) => (
            <FigureItem key={s.sector} label={SECTOR_LABELS[s.sector]} figure={s} barMax={sectorMax(detail.sectors!)} />
          ))}
        </ul>
      )}

      <h3 className="rp-h3">Locaties</h3>
      {detail.sites &&
        (detail.sites.length === 0 ? (
          <p>Geen bekende rijkslocaties in deze regio.</p>
        ) : (
          <ul className="rp-list">
            {detail.sites.map((s) => (
              <li key={s.id}>
                {s.name}
                {s.city ? `, ${s.city}` : ''}
                {s.locationPrecision === 'gemeente' && <em> (op gemeenteniveau geplaatst)</em>}
                {s.dataset === 'demo' && <span className="rp-demo-label">fictieve voorbeelddata</span>}{' '}
                <Sources urls={[s.sourceUrl]} />
              </li>
            ))}
          </ul>
        ))}
    </section>
  );
}

/** The largest sector figure, the full length of a bar (0 when none is known). */
function sectorMax(sectors: { fte: { value: number | null } }[]): number {
  return Math.max(0, ...sectors.map((s) => s.fte.value ?? 0));
}

/** Closes the panel and returns the focus to its opener (or the map), never to <body>. */
function closePanel(opener: HTMLElement | null): void {
  updateView({ selected: null });
  requestAnimationFrame(() => {
    const target = opener?.isConnected ? opener : document.querySelector<HTMLElement>('.maplibregl-canvas');
    target?.focus();
  });
}
