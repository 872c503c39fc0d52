/**
 * Planner screens (signed in): masterplan projects with their change requests (VtW), location
 * cases with the advice rule's outcome, and the project form. Loaded lazily: most visitors
 * only look at the map.
 */
import { useState } from 'react';
import { useQuery } from '@apollo/client/react';
import { CASE_FIELDS, PLANNER_FIELDS, PROJECTS, type MasterplanProject } from '../../data/planner.js';
import { useCapabilities } from '../../data/capabilities.js';
import { useUi } from '../../state/store.js';
import type { View } from '../../state/view.js';
import { ApiMissing, Notice } from '../../app/Notice.js';
import { DemoLabel } from '../../app/DemoLabel.js';
import { Sources } from '../table/RegionTable.js';
import { SignIn } from './SignIn.js';
import { ProjectForm } from './ProjectForm.js';
import { CaseList } from './CaseList.js';

export function PlannerPage({ view }: { view: View }) {
  const caps = useCapabilities();
  const token = useUi((s) => s.token);
  const [editing, setEditing] = useState<MasterplanProject | 'nieuw' | null>(null);
  const projectsAvailable = caps.has(...PLANNER_FIELDS);
  const projects = useQuery(PROJECTS, { variables: { dataset: view.dataset }, skip: !projectsAvailable || !token });
  const list = projects.data?.masterplanProjects.nodes ?? [];
  return (
    <div className="rp-planner">
      <h2 className="rp-h2">Masterplannen, verzoeken tot wijziging en locatieadviezen</h2>
      <SignIn />
      {caps.status === 'klaar' && !projectsAvailable && <ApiMissing what="masterplanprojecten en verzoeken tot wijziging" />}
      {projects.error && <Notice kind="error">{projects.error.message}</Notice>}
      {token && projectsAvailable && (
        <section aria-labelledby="projecten-titel">
          <div className="rp-table__head">
            <h3 id="projecten-titel" className="rp-h3">Masterplanprojecten</h3>
            <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing('nieuw')}>Nieuw project</button>
          </div>
          {editing && <ProjectForm key={editing === 'nieuw' ? 'nieuw' : editing.id} project={editing === 'nieuw' ? null : editing} onDone={() => setEditing(null)} />}
          {list.some((p) => p.dataset === 'demo') && <DemoLabel />}
          <ul className="rp-projects" data-testid="projecten">
            {list.map((p) => (
              <li key={p.id} data-project={p.id}>
                <strong>{p.name}</strong> — {p.city ?? 'plaats onbekend'} · {p.kind} · {p.status}{p.period ? ` · ${p.period}` : ''} (versie {p.version})
                {p.dataset === 'demo' && <span className="rp-demo-label"> fictieve voorbeelddata</span>} <Sources urls={[p.sourceUrl]} />{' '}
                <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setEditing(p)}>Bewerken<span className="rp-sr-only"> {p.name}</span></button>
                {p.changeRequests.length > 0 && (
                  <ul>
                    {p.changeRequests.map((c) => <li key={c.id}>VtW: {c.title} — {c.status}{c.submittedOn ? `, ingediend ${c.submittedOn}` : ''}{c.decidedOn ? `, besloten ${c.decidedOn}` : ''}</li>)}
                  </ul>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      {token && (caps.has(...CASE_FIELDS) ? <CaseList dataset={view.dataset} /> : caps.status === 'klaar' && <ApiMissing what="locatieadviezen (casussen)" />)}
    </div>
  );
}
