/**
 * Planner screens (signed in with a bearer token): masterplan projects with their change
 * requests (VtW), and location cases with the advice rule's outcome; create and edit each.
 * Loaded lazily: most visitors only look at the map.
 */
import { useUi } from '../../state/store.js';
import type { View } from '../../state/view.js';
import { SignIn } from './SignIn.js';
import { ProjectsSection } from './ProjectsSection.js';
import { CaseList } from './CaseList.js';

export function PlannerPage({ view }: { view: View }) {
  const token = useUi((s) => s.token);
  return (
    <div className="rp-planner">
      <h2 className="rp-h2">Masterplannen, verzoeken tot wijziging en locatieadviezen</h2>
      <SignIn />
      {token && <ProjectsSection dataset={view.dataset} />}
      {token && <CaseList dataset={view.dataset} />}
    </div>
  );
}
