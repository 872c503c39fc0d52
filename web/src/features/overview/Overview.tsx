/**
 * The state of the spread as published, on the landing view: the national totals per peildatum
 * with their growth and sources, the Randstad statement, and every region (and sector) that has
 * a published figure. Only published data; the demo has its own label and never mixes in here.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { OverviewFiguresQuery } from '../../gql/graphql.js';
import { formatDate, formatFte } from '../../lib/format.js';
import { SECTOR_LABELS, type Sector } from '../../state/view.js';
import { updateView } from '../../state/useView.js';
import { useUi } from '../../state/store.js';
import { Forecasts } from './Forecasts.js';
import { sourceName } from './SourceLink.js';

export const OVERVIEW_FIGURES = graphql(`
  query OverviewFigures {
    national: fteCounts(first: 100, filter: { dataset: gepubliceerd, scope: nationaal }) {
      nodes { id peildatum sector organisationId fte fteAsWritten sourceUrl sourceTitle }
    }
    regional: fteCounts(first: 200, filter: { dataset: gepubliceerd, scope: regio }) {
      totalCount
      nodes { id peildatum sector fte fteAsWritten regionCode region { id name kind } sourceUrl }
    }
  }
`);

export const OVERVIEW_GROWTH = graphql(`
  query OverviewGrowth($from: String!, $to: String!) {
    nationalGrowth(fromPeildatum: $from, toPeildatum: $to) { basis growthFte growthPercent sources discrepancies }
  }
`);

export const OVERVIEW_RANDSTAD = graphql(`
  query OverviewRandstad($from: String!, $to: String!) {
    monitors(fromPeildatum: $from, toPeildatum: $to) { id title publishedStatements sources }
  }
`);

type NationalRow = OverviewFiguresQuery['national']['nodes'][number];
type RegionalRow = OverviewFiguresQuery['regional']['nodes'][number];

const whole = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 0 });
const oneDecimal = new Intl.NumberFormat('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 });

/** The national totals (all sectors) with a number, oldest first. */
function totals(rows: NationalRow[]): NationalRow[] {
  const all = rows.filter((r) => r.sector === null && r.organisationId === null && r.fte !== null);
  return [...all].sort((a, b) => a.peildatum.localeCompare(b.peildatum));
}

export function Overview() {
  const ready = useUi((s) => s.afterFirstRender);
  const { data, error } = useQuery(OVERVIEW_FIGURES, { fetchPolicy: 'cache-first', skip: !ready });
  if (error)
    return <p className="rp-hint rp-overview rp-panel">Het overzicht kon niet worden geladen: {error.message}</p>;
  if (!data)
    return <section className="rp-overview rp-panel" aria-busy="true" aria-label="Overzicht gepubliceerde cijfers" />;
  const national = totals(data.national.nodes);
  const last = national.at(-1);
  const previous = national.at(-2);
  return (
    <section className="rp-overview rp-panel" aria-labelledby="overzicht-kop" data-testid="overzicht">
      <h2 id="overzicht-kop" className="rp-h2">
        Wat is gepubliceerd over de spreiding
      </h2>
      <NationalTable rows={national} />
      {last && previous && <RandstadStatement from={previous.peildatum} to={last.peildatum} />}
      <RegionalFigures rows={data.regional.nodes} />
      <Forecasts />
    </section>
  );
}

function NationalTable({ rows }: { rows: NationalRow[] }) {
  return (
    <table className="utrecht-table rp-overview__table" data-testid="landelijke-totalen">
      <caption>Rijkswerkgelegenheid in Nederland (fte) en groei per jaar</caption>
      <thead>
        <tr>
          <th scope="col">Peildatum</th>
          <th scope="col">Totaal en bron</th>
          <th scope="col">Groei in het jaar ervoor</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row, i) => (
          <tr key={row.id} data-peildatum={row.peildatum}>
            <th scope="row">{formatDate(row.peildatum)}</th>
            <td data-waarde={row.fte ?? ''}>
              {formatFte(row.fte)}{' '}
              <a href={row.sourceUrl} className="rp-source" title={row.sourceTitle ?? undefined}>
                {sourceName(row.sourceUrl)}
              </a>
            </td>
            <td>
              {i > 0 ? (
                <Growth from={rows[i - 1]!.peildatum} to={row.peildatum} />
              ) : (
                <span className="rp-missing">geen eerder totaal</span>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Growth({ from, to }: { from: string; to: string }) {
  const growth = useQuery(OVERVIEW_GROWTH, { variables: { from, to }, fetchPolicy: 'cache-first' }).data
    ?.nationalGrowth;
  if (!growth) return <span aria-busy="true">…</span>;
  if (growth.growthFte === null || growth.growthPercent === null) return <span className="rp-missing">onbekend</span>;
  const sign = growth.growthFte > 0 ? '+' : '';
  return (
    <span data-groei-fte={growth.growthFte}>
      {sign}
      {whole.format(growth.growthFte)} fte ({sign}
      {oneDecimal.format(growth.growthPercent)} %)
      {growth.basis === 'berekend' && <span className="rp-hint"> berekend uit de totalen</span>}
      {growth.discrepancies.map((d) => (
        <span key={d} className="rp-hint" data-verschil>
          {' '}
          {d}
        </span>
      ))}
    </span>
  );
}

function RandstadStatement({ from, to }: { from: string; to: string }) {
  const monitors = useQuery(OVERVIEW_RANDSTAD, { variables: { from, to }, fetchPolicy: 'cache-first' }).data?.monitors;
  const randstad = monitors?.find((m) => m.id === 'randstad_aandeel');
  if (!randstad || randstad.publishedStatements.length === 0) return null;
  return (
    <div data-testid="randstad-uitspraak">
      <h3 className="rp-h3">
        De Randstad, {formatDate(from)} tot {formatDate(to)}
      </h3>
      <ul className="rp-list">
        {randstad.publishedStatements.map((s) => (
          <li key={s}>{s}</li>
        ))}
      </ul>
      <p className="rp-hint">
        Bron:{' '}
        {randstad.sources.map((url) => (
          <a key={url} href={url} className="rp-source">
            {sourceName(url)}
          </a>
        ))}
      </p>
    </div>
  );
}

/** Every region with a published figure: which date, which sectors, from which source. */
function RegionalFigures({ rows }: { rows: RegionalRow[] }) {
  const groups = new Map<string, RegionalRow[]>();
  for (const row of rows) {
    const key = `${row.regionCode}|${row.peildatum}`;
    groups.set(key, [...(groups.get(key) ?? []), row]);
  }
  const sorted = [...groups.values()].sort((a, b) => b[0]!.peildatum.localeCompare(a[0]!.peildatum));
  return (
    <div data-testid="regiocijfers">
      <h3 className="rp-h3">Regio’s met een gepubliceerd cijfer</h3>
      {sorted.length === 0 && <p className="rp-missing">Er is nog geen cijfer per regio gepubliceerd.</p>}
      <ul className="rp-list">
        {sorted.map((group) => (
          <RegionalItem key={`${group[0]!.regionCode}|${group[0]!.peildatum}`} rows={group} />
        ))}
      </ul>
      <p className="rp-hint">Andere regio’s en niveaus vullen zich met de jaarlijkse levering van de ministeries.</p>
    </div>
  );
}

function RegionalItem({ rows }: { rows: RegionalRow[] }) {
  const first = rows[0]!;
  const total = rows.find((r) => r.sector === null);
  const sectors = rows.filter((r) => r.sector !== null).map((r) => SECTOR_LABELS[r.sector as Sector]);
  const show = () =>
    updateView({ level: 'provincie', date: first.peildatum, selected: first.regionCode ?? null, panel: 'kaart' });
  return (
    <li data-regio={first.regionCode} data-peildatum={first.peildatum}>
      {first.region?.kind === 'provincie' ? (
        <button type="button" className="rp-linkbutton" onClick={show}>
          {first.region?.name ?? first.regionCode}
        </button>
      ) : (
        (first.region?.name ?? first.regionCode)
      )}{' '}
      op {formatDate(first.peildatum)}:{' '}
      {total
        ? total.fte !== null
          ? formatFte(total.fte)
          : `${total.fteAsWritten} (benadering, geen exact cijfer)`
        : 'alleen per sector'}
      {sectors.length > 0 && <span className="rp-hint"> — ook per sector: {sectors.join(', ')}</span>}{' '}
      <a href={first.sourceUrl} className="rp-source">
        {sourceName(first.sourceUrl)}
      </a>
    </li>
  );
}
