/**
 * Planner screens (signed in with a bearer token): masterplan projects with their change
 * requests (VtW), and location cases with the advice rule's outcome; create and edit each.
 * Loaded lazily: most visitors only look at the map.
 */
import { useCapabilities } from '../../data/capabilities.js';
import { useUi } from '../../state/store.js';
import type { View } from '../../state/view.js';
import { ApiMissing } from '../../app/Notice.js';
import { SignIn } from './SignIn.js';
import { ProjectsSection } from './ProjectsSection.js';
import { CaseList } from './CaseList.js';

export function PlannerPage({ view }: { view: View }) {
  const caps = useCapabilities();
  const token = useUi((s) => s.token);
  const known = caps.status === 'klaar';
  return (
    <div className="rp-planner">
      <h2 className="rp-h2">Masterplannen, verzoeken tot wijziging en locatieadviezen</h2>
      <SignIn />
      {known && !caps.has('masterplan') && <ApiMissing what="masterplanprojecten en verzoeken tot wijziging" />}
      {known && !caps.has('locationCases') && <ApiMissing what="locatieadviezen (casussen)" />}
      {token && caps.has('masterplan') && <ProjectsSection dataset={view.dataset} />}
      {token && caps.has('locationCases') && <CaseList dataset={view.dataset} />}
    </div>
  );
}
