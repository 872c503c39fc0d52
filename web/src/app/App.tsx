/**
 * The app shell: header, the four views (kaart, kandidaten, monitors, planner) as tabs held in
 * the URL, a skip link, and the footer with sources. Dutch throughout.
 */
import { lazy, Suspense } from 'react';
import { useView, updateView } from '../state/useView.js';
import { PANELS, type Panel, type View } from '../state/view.js';
import { DataNotices } from './DataNotices.js';
import { MapPage } from './MapPage.js';
import { CandidatePanel } from '../features/candidates/CandidatePanel.js';
import { MonitorsPanel } from '../features/monitors/MonitorsPanel.js';
import { Overview } from '../features/overview/Overview.js';

const PlannerPage = lazy(() => import('../features/planner/PlannerPage.js').then((m) => ({ default: m.PlannerPage })));

const PANEL_LABELS: Record<Panel, string> = {
  kaart: 'Kaart',
  kandidaten: 'Kandidaat-locaties',
  monitors: 'Monitors',
  planner: 'Planners',
};

/** Beside the map: the candidate search, the monitors, or on the landing view what is published. */
function sidePanel(view: View) {
  if (view.panel === 'kandidaten') return <CandidatePanel view={view} />;
  if (view.panel === 'monitors') return <MonitorsPanel view={view} />;
  // The overview is about published figures only; on the demo, and beside a region's panel, it steps aside.
  return view.dataset === 'gepubliceerd' && !view.selected ? <Overview /> : undefined;
}

export function App() {
  const view = useView();
  return (
    <div className="rhc-theme rp-app">
      <a className="rp-skiplink" href="#inhoud">
        Naar de inhoud
      </a>
      <header className="rp-header">
        <div className="rp-header__brand">
          <span className="rp-logo" aria-hidden="true" />
          <div>
            <p className="rp-header__title">Rijkspresentie</p>
            <p className="rp-header__sub">Spreiding van rijkswerkgelegenheid over Nederland</p>
          </div>
        </div>
        <nav aria-label="Onderdelen">
          <ul className="rp-tabs">
            {PANELS.map((p) => (
              <li key={p}>
                <a
                  href={`?paneel=${p}`}
                  aria-current={view.panel === p ? 'page' : undefined}
                  onClick={(e) => {
                    e.preventDefault();
                    updateView({ panel: p });
                  }}
                >
                  {PANEL_LABELS[p]}
                </a>
              </li>
            ))}
          </ul>
        </nav>
      </header>
      <main id="inhoud" tabIndex={-1}>
        <h1 className="rp-sr-only">Rijkspresentie — {PANEL_LABELS[view.panel]}</h1>
        <DataNotices />
        {view.panel === 'planner' ? (
          <Suspense fallback={<p>Laden…</p>}>
            <PlannerPage view={view} />
          </Suspense>
        ) : (
          <MapPage view={view} side={sidePanel(view)} />
        )}
      </main>
      <footer className="rp-footer">
        <p>
          Ontbrekende cijfers tonen we als ontbrekend ("geen gepubliceerd cijfer"), nooit als nul; elk cijfer heeft een
          bron. Grenzen: CBS gebiedsindelingen. API: <a href="/graphql">/graphql</a>.
        </p>
      </footer>
    </div>
  );
}
