/**
 * Policy monitors: Motie-De Vries (growth in Friesland, Drenthe, Zeeland, Limburg not behind
 * national growth), proportional spread, Randstad share, Drenthe not falling. Each verdict has a
 * flag that reads without colour (icon + word) and lists its figures and sources.
 */
import { useMonitors, type Verdict } from '../../data/monitors.js';
import type { View } from '../../state/view.js';
import { ApiMissing, Notice } from '../../app/Notice.js';
import { DemoLabel } from '../../app/DemoLabel.js';
import { Sources } from '../table/RegionTable.js';
import { formatDate } from '../../lib/format.js';

const FLAGS: Record<Verdict, { icon: string; label: string; className: string }> = {
  voldaan: { icon: '✔', label: 'Voldaan', className: 'rp-flag--ok' },
  aandacht: { icon: '!', label: 'Aandacht nodig', className: 'rp-flag--warn' },
  niet_voldaan: { icon: '✖', label: 'Niet voldaan', className: 'rp-flag--bad' },
  onbekend: { icon: '?', label: 'Onbekend: cijfers ontbreken', className: 'rp-flag--unknown' },
};

/** What the monitors check, from the policy documents; shown even before the API exists. */
const RULES = [
  ['Motie-De Vries', 'De groei in Friesland, Drenthe, Zeeland en Limburg blijft niet achter bij de landelijke groei.'],
  ['Motie-Bisschop/Inge van Dijk', 'Een meer proportionele spreiding over de provincies.'],
  ['Aandeel Randstad', 'Krimp in principe in de Randstad; groei en verplaatsing in principe daarbuiten.'],
  ['Drenthe', 'De rijkswerkgelegenheid in Drenthe daalt per saldo niet.'],
] as const;

export function MonitorsPanel({ view }: { view: View }) {
  const { availability, monitors, loading, error } = useMonitors(view.date, view.dataset);
  return (
    <section className="rp-panel" aria-labelledby="monitors-titel" data-testid="monitorspaneel">
      <h2 id="monitors-titel" className="rp-h2">Monitors spreidingsbeleid</h2>
      {view.dataset === 'demo' && <DemoLabel />}
      {availability === 'ontbreekt' && (
        <>
          <ApiMissing what="de beleidsmonitors" />
          <ul className="rp-list">{RULES.map(([title, rule]) => <li key={title}><strong>{title}:</strong> {rule}</li>)}</ul>
        </>
      )}
      {error && <Notice kind="error">{error}</Notice>}
      {loading && !monitors && <p>Laden…</p>}
      {monitors && (
        <ul className="rp-monitors">
          {monitors.map((m) => {
            const flag = FLAGS[m.verdict] ?? FLAGS.onbekend;
            return (
              <li key={m.id} className="rp-monitor" data-oordeel={m.verdict}>
                <h3 className="rp-h3"><span className={`rp-flag ${flag.className}`} aria-hidden="true">{flag.icon}</span> {m.title}: <span>{flag.label}</span></h3>
                <p className="rp-hint">{m.rule}</p>
                <p>{m.explanation}</p>
                {m.dataset === 'demo' && <DemoLabel />}
                <ul className="rp-list">
                  {m.figures.map((f) => (
                    <li key={f.label}>{f.label}: {f.value ?? <span className="rp-missing">{f.asWritten ? `benadering "${f.asWritten}"` : 'geen gepubliceerd cijfer'}</span>} {f.sourceUrl && <Sources urls={[f.sourceUrl]} />}</li>
                  ))}
                </ul>
                <Sources urls={m.sources} />
              </li>
            );
          })}
        </ul>
      )}
      {view.date && <p className="rp-hint">Peildatum: {formatDate(view.date)}</p>}
    </section>
  );
}
