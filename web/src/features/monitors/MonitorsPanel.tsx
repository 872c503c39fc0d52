/**
 * Policy monitors: Motie-De Vries (growth in Friesland, Drenthe, Zeeland, Limburg not behind
 * national growth), proportional spread, Randstad share, Drenthe not falling — between two
 * reference dates. Each verdict has a flag that reads without colour (icon + word), its figures
 * (flagged ones marked), what is missing, and its sources.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { MonitorFigureLineFragment, Verdict } from '../../gql/graphql.js';
import { usePeildatums } from '../choropleth/figures.js';
import type { Dataset, View } from '../../state/view.js';
import { Notice } from '../../app/Notice.js';
import { Sources } from '../table/RegionTable.js';
import { formatDate } from '../../lib/format.js';

/** The panel's query; FigureLine declares what it reads of each figure. */
export const MONITORS = graphql(`
  query Monitors($fromPeildatum: String!, $toPeildatum: String!, $dataset: Dataset!) {
    monitors(fromPeildatum: $fromPeildatum, toPeildatum: $toPeildatum, dataset: $dataset) {
      id title fromPeildatum toPeildatum dataset verdict explanation missing sources publishedStatements
      figures { ...MonitorFigureLine }
    }
  }
`);

export const MONITOR_FIGURE_LINE = graphql(`
  fragment MonitorFigureLine on MonitorFigure { label regionCode value unit basis flagged }
`);

const FLAGS: Record<Verdict, { icon: string; label: string; className: string }> = {
  voldoet: { icon: '✔', label: 'Voldoet', className: 'rp-flag--ok' },
  voldoet_niet: { icon: '✖', label: 'Voldoet niet', className: 'rp-flag--bad' },
  onvoldoende_gegevens: { icon: '?', label: 'Onvoldoende gegevens', className: 'rp-flag--unknown' },
};

/** What the monitors check, from the policy documents; shown until the first verdicts arrive. */
const RULES = [
  ['Motie-De Vries', 'De groei in Friesland, Drenthe, Zeeland en Limburg blijft niet achter bij de landelijke groei.'],
  ['Motie-Bisschop/Inge van Dijk', 'Een meer proportionele spreiding over de provincies.'],
  ['Aandeel Randstad', 'Krimp in principe in de Randstad; groei en verplaatsing in principe daarbuiten.'],
  ['Drenthe', 'De rijkswerkgelegenheid in Drenthe daalt per saldo niet.'],
] as const;

const number = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function MonitorsPanel({ view }: { view: View }) {
  const known = usePeildatums(view.dataset);
  const dates = known ?? [];
  // From the comparison date (or the date before) to the shown date (or the newest).
  const to = view.date ?? dates[0] ?? null;
  const from = view.compare ?? dates[dates.indexOf(to ?? '') + 1] ?? null;
  const { monitors, loading, error } = useMonitors({ from, to }, view.dataset);
  return (
    <section className="rp-panel" aria-labelledby="monitors-titel" data-testid="monitorspaneel">
      <h2 id="monitors-titel" className="rp-h2">
        Monitors spreidingsbeleid
      </h2>
      {!monitors && (
        <ul className="rp-list">
          {RULES.map(([title, rule]) => (
            <li key={title}>
              <strong>{title}:</strong> {rule}
            </li>
          ))}
        </ul>
      )}
      {known !== null && (!from || !to) && (
        <Notice kind="warning">Er zijn geen twee peildatums om te vergelijken in deze dataset.</Notice>
      )}
      {from && to && (
        <p className="rp-hint">
          Van {formatDate(from)} tot {formatDate(to)} (kies de datums links: peildatum en vergelijken met).
        </p>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {loading && !monitors && <p>Laden…</p>}
      {monitors && (
        <ul className="rp-monitors">
          {monitors.map((m) => {
            const flag = FLAGS[m.verdict] ?? FLAGS.onvoldoende_gegevens;
            return (
              <li key={m.id} className="rp-monitor" data-monitor={m.id} data-oordeel={m.verdict}>
                <h3 className="rp-h3">
                  <span className={`rp-flag ${flag.className}`} aria-hidden="true">
                    {flag.icon}
                  </span>{' '}
                  {m.title}: <span>{flag.label}</span>
                </h3>
                <p>{m.explanation}</p>
                {m.dataset === 'demo' && <span className="rp-demo-label">fictieve voorbeelddata</span>}
                <ul className="rp-list">
                  {m.figures.map((f) => (
                    <FigureLine key={`${f.label}-${f.regionCode ?? ''}`} figure={f} />
                  ))}
                </ul>
                {m.missing.length > 0 && <p className="rp-missing">Ontbreekt: {m.missing.join('; ')}</p>}
                {m.publishedStatements.length > 0 && (
                  <ul className="rp-list">
                    {m.publishedStatements.map((s) => (
                      <li key={s}>
                        <q>{s}</q>
                      </li>
                    ))}
                  </ul>
                )}
                <Sources urls={m.sources} />
              </li>
            );
          })}
        </ul>
      )}
    </section>
  );
}

function useMonitors(period: { from: string | null; to: string | null }, dataset: Dataset) {
  const { data, loading, error } = useQuery(MONITORS, {
    variables: { fromPeildatum: period.from ?? '', toPeildatum: period.to ?? '', dataset },
    skip: !period.from || !period.to,
  });
  return { monitors: data?.monitors ?? null, loading, error: error ? error.message : null };
}

function FigureLine({ figure }: { figure: MonitorFigureLineFragment }) {
  return (
    <li data-gemarkeerd={figure.flagged ? 'ja' : undefined}>
      {figure.flagged && <strong>⚠ </strong>}
      {figure.label}:{' '}
      {figure.value === null ? (
        <span className="rp-missing">geen gepubliceerd cijfer</span>
      ) : (
        `${number.format(figure.value)} ${figure.unit}`
      )}
      {figure.basis && <span className="rp-hint"> ({figure.basis})</span>}
    </li>
  );
}
