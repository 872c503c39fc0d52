/**
 * The planner's workspace (signed in with a bearer token): tables of masterplan projects, VtW's
 * and location cases with details and history, a map of them, region profiles linked to the
 * candidate search, and scenarios (issue 18, finding 2). Loaded lazily: most visitors only look
 * at the map. The screen choice is local: each screen is one click from the others.
 */
import { useMemo, useState } from 'react';
import { useUi } from '../../state/store.js';
import type { View } from '../../state/view.js';
import { SignIn } from './SignIn.js';
import { ProjectsSection, useProjects } from './ProjectsSection.js';
import { CaseList, useCases } from './CaseList.js';
import { PlannerMap } from './PlannerMap.js';
import { plannerPoints } from './planner-points.js';
import { ProfilesScreen } from './ProfilesScreen.js';
import { ScenarioScreen } from './ScenarioScreen.js';

const SCREENS = [
  ['werk', 'Projecten en casussen'],
  ['kaart', 'Kaart'],
  ['profielen', 'Regioprofielen'],
  ['scenario', "Scenario's"],
] as const;
type Screen = (typeof SCREENS)[number][0];

export function PlannerPage({ view }: { view: View }) {
  const token = useUi((s) => s.token);
  const [screen, setScreen] = useState<Screen>('werk');
  return (
    <div className="rp-planner">
      <h2 className="rp-h2">Werkruimte voor planners</h2>
      <SignIn />
      {token && (
        <>
          <nav aria-label="Plannersschermen">
            <ul className="rp-subtabs">
              {SCREENS.map(([id, label]) => (
                <li key={id}>
                  <button
                    type="button"
                    className="rp-subtab"
                    aria-current={screen === id ? 'page' : undefined}
                    onClick={() => setScreen(id)}
                  >
                    {label}
                  </button>
                </li>
              ))}
            </ul>
          </nav>
          {screen === 'werk' && (
            <>
              <ProjectsSection dataset={view.dataset} />
              <CaseList dataset={view.dataset} />
            </>
          )}
          {screen === 'kaart' && <MapScreen view={view} />}
          {screen === 'profielen' && <ProfilesScreen />}
          {screen === 'scenario' && <ScenarioScreen dataset={view.dataset} />}
        </>
      )}
    </div>
  );
}

function MapScreen({ view }: { view: View }) {
  const { projects } = useProjects(view.dataset);
  const { cases } = useCases(view.dataset);
  const points = useMemo(() => plannerPoints(projects, cases), [projects, cases]);
  return <PlannerMap view={view} points={points} />;
}
