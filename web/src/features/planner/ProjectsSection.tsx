/** Masterplan projects with their change requests; new/edit forms for both. */
import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type {
  ChangeRequestInput, ChangeRequestPatch, MasterplanProjectInput, MasterplanProjectPatch, PlannerChangeRequestFragment, PlannerProjectFragment,
} from '../../gql/graphql.js';
import {
  CHANGE_REQUEST_BY_ID, CREATE_CHANGE_REQUEST, CREATE_PROJECT, PROJECTS, PROJECT_BY_ID, UPDATE_CHANGE_REQUEST, UPDATE_PROJECT,
} from './projects.operations.js';
import type { Dataset } from '../../state/view.js';
import { Notice } from '../../app/Notice.js';
import { DemoLabel } from '../../app/DemoLabel.js';
import { SourceRef } from './SourceRef.js';
import { asInput, CHANGE_REQUEST_FORM, PROJECT_FORM } from './fields.js';
import { RecordForm } from './RecordForm.js';

/** What the list and the forms read of a project; the page's queries spread it. */
export const PLANNER_PROJECT = graphql(`
  fragment PlannerProject on MasterplanProject {
    id version masterplan name city kind status period plannedWorkplaces sourceUrl note dataset
    changeRequests(first: 10) { totalCount nodes { ...PlannerChangeRequest } }
  }
`);

export const PLANNER_CHANGE_REQUEST = graphql(`
  fragment PlannerChangeRequest on ChangeRequest { id version projectId title description status submittedOn decidedOn }
`);

type Editing =
  | { what: 'project'; record: PlannerProjectFragment | null }
  | { what: 'vtw'; projectId: number; record: PlannerChangeRequestFragment | null }
  | null;
const REFETCH = { refetchQueries: ['PlannerProjects'], awaitRefetchQueries: true };

export function ProjectsSection({ dataset }: { dataset: Dataset }) {
  const client = useApolloClient();
  const [editing, setEditing] = useState<Editing>(null);
  const projects = useQuery(PROJECTS, { variables: { dataset } });
  const [createProject] = useMutation(CREATE_PROJECT, REFETCH);
  const [updateProject] = useMutation(UPDATE_PROJECT, REFETCH);
  const [createVtw] = useMutation(CREATE_CHANGE_REQUEST, REFETCH);
  const [updateVtw] = useMutation(UPDATE_CHANGE_REQUEST, REFETCH);
  const list = projects.data?.masterplanProjects.nodes ?? [];
  const done = () => setEditing(null);

  const form = editing?.what === 'project' ? (
    <RecordForm key={`p${editing.record?.id ?? 'nieuw'}`} label={editing.record ? `Project ${editing.record.name} bewerken` : 'Nieuw masterplanproject'} fields={PROJECT_FORM}
      record={editing.record} onDone={done}
      save={(values, version) => (version === null
        ? createProject({ variables: { input: asInput<MasterplanProjectInput>({ ...values, dataset }) } })
        : updateProject({ variables: { id: editing.record!.id, version, patch: asInput<MasterplanProjectPatch>(values) } }))}
      loadCurrent={async () => (await client.query({ query: PROJECT_BY_ID, variables: { id: editing.record!.id }, fetchPolicy: 'network-only' })).data?.masterplanProject ?? null} />
  ) : editing?.what === 'vtw' ? (
    <RecordForm key={`v${editing.record?.id ?? 'nieuw'}`} label={editing.record ? `Verzoek tot wijziging ${editing.record.title} bewerken` : 'Nieuw verzoek tot wijziging'} fields={CHANGE_REQUEST_FORM}
      record={editing.record} defaults={{ status: 'ingediend' }} onDone={done}
      save={(values, version) => (editing.record === null
        ? createVtw({ variables: { input: asInput<ChangeRequestInput>({ ...values, projectId: editing.projectId }) } })
        : updateVtw({ variables: { id: editing.record.id, version: version!, patch: asInput<ChangeRequestPatch>(values) } }))}
      loadCurrent={async () => (await client.query({ query: CHANGE_REQUEST_BY_ID, variables: { id: editing.record!.id }, fetchPolicy: 'network-only' })).data?.changeRequest ?? null} />
  ) : null;

  return (
    <section aria-labelledby="projecten-titel">
      <div className="rp-table__head">
        <h3 id="projecten-titel" className="rp-h3">Masterplanprojecten</h3>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing({ what: 'project', record: null })}>Nieuw project</button>
      </div>
      {projects.error && <Notice kind="error">{projects.error.message}</Notice>}
      {form}
      {list.some((p) => p.dataset === 'demo') && <DemoLabel />}
      <ul className="rp-projects" data-testid="projecten">
        {list.map((p) => (
          <li key={p.id} data-project={p.id}>
            <strong>{p.name}</strong> — {p.city ?? 'plaats onbekend'} · {p.kind} · {p.status}{p.period ? ` · ${p.period}` : ''} (versie {p.version})
            {p.dataset === 'demo' && <span className="rp-demo-label">fictieve voorbeelddata</span>} <SourceRef source={p.sourceUrl} />{' '}
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setEditing({ what: 'project', record: p })}>Bewerken<span className="rp-sr-only"> {p.name}</span></button>
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setEditing({ what: 'vtw', projectId: p.id, record: null })}>Nieuw verzoek tot wijziging<span className="rp-sr-only"> voor {p.name}</span></button>
            {p.changeRequests.nodes.length > 0 && (
              <ul data-testid="vtw">
                {p.changeRequests.nodes.map((c) => (
                  <li key={c.id}>
                    VtW: {c.title} — {c.status.replace(/_/g, ' ')}{c.submittedOn ? `, ingediend ${c.submittedOn}` : ''}{c.decidedOn ? `, besloten ${c.decidedOn}` : ''} (versie {c.version}){' '}
                    <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setEditing({ what: 'vtw', projectId: p.id, record: c })}>Bewerken<span className="rp-sr-only"> {c.title}</span></button>
                  </li>
                ))}
                {p.changeRequests.totalCount > p.changeRequests.nodes.length && (
                  <li data-testid="vtw-meer">en nog {p.changeRequests.totalCount - p.changeRequests.nodes.length} eerdere verzoeken tot wijziging</li>
                )}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
