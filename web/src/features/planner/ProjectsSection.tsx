/**
 * Masterplan projects and their change requests (VtW) as two tables (search, filters, sort),
 * with new/edit forms and a detail view with the record's history (issue 18, finding 2).
 */
import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type {
  ChangeRequestInput,
  ChangeRequestPatch,
  MasterplanProjectInput,
  MasterplanProjectPatch,
  PlannerChangeRequestFragment,
  PlannerProjectFragment,
} from '../../gql/graphql.js';
import {
  CHANGE_REQUEST_BY_ID,
  CREATE_CHANGE_REQUEST,
  CREATE_PROJECT,
  PROJECTS,
  PROJECT_BY_ID,
  UPDATE_CHANGE_REQUEST,
  UPDATE_PROJECT,
} from './projects.operations.js';
import type { Dataset } from '../../state/view.js';
import { Notice } from '../../app/Notice.js';
import { DemoLabel } from '../../app/DemoLabel.js';
import { SourceRef } from './SourceRef.js';
import { asInput, CHANGE_REQUEST_FORM, PROJECT_FORM } from './fields.js';
import { RecordForm } from './RecordForm.js';
import { PlannerTable } from './PlannerTable.js';
import { RecordDetail } from './RecordDetail.js';
import type { Column } from './table-model.js';

/** What the tables, map and forms read of a project; the page's queries spread it. */
export const PLANNER_PROJECT = graphql(`
  fragment PlannerProject on MasterplanProject {
    id
    version
    masterplan
    name
    city
    kind
    status
    period
    plannedWorkplaces
    sourceUrl
    note
    dataset
    location
    changeRequests(first: 10) {
      totalCount
      nodes {
        ...PlannerChangeRequest
      }
    }
  }
`);

export const PLANNER_CHANGE_REQUEST = graphql(`
  fragment PlannerChangeRequest on ChangeRequest {
    id
    version
    projectId
    title
    description
    status
    submittedOn
    decidedOn
  }
`);

type Vtw = PlannerChangeRequestFragment & { project: PlannerProjectFragment };

type Editing =
  | { what: 'project'; record: PlannerProjectFragment | null }
  | { what: 'vtw'; projectId: number; record: PlannerChangeRequestFragment | null }
  | null;
type Showing = { what: 'project'; record: PlannerProjectFragment } | { what: 'vtw'; record: Vtw } | null;
const REFETCH = { refetchQueries: ['PlannerProjects'], awaitRefetchQueries: true };

const DATASET_LABEL = (d: string) => (d === 'demo' ? 'fictieve voorbeelddata' : 'gepubliceerd');

const PROJECT_COLUMNS: Column<PlannerProjectFragment>[] = [
  { key: 'name', label: 'Project', value: (p) => p.name },
  { key: 'masterplan', label: 'Masterplan', value: (p) => p.masterplan ?? null, filter: true },
  { key: 'city', label: 'Plaats', value: (p) => p.city ?? null },
  { key: 'kind', label: 'Soort', value: (p) => p.kind, filter: true },
  { key: 'status', label: 'Status', value: (p) => p.status, filter: true },
  { key: 'period', label: 'Periode', value: (p) => p.period ?? null },
  { key: 'plannedWorkplaces', label: 'Werkplekken', value: (p) => p.plannedWorkplaces ?? null },
  { key: 'vtw', label: "VtW's", value: (p) => p.changeRequests.totalCount },
  { key: 'dataset', label: 'Dataset', value: (p) => DATASET_LABEL(p.dataset), filter: true },
  { key: 'source', label: 'Bron', value: (p) => p.sourceUrl },
];

const VTW_COLUMNS: Column<Vtw>[] = [
  { key: 'title', label: 'Verzoek tot wijziging', value: (v) => v.title },
  { key: 'project', label: 'Project', value: (v) => v.project.name, filter: true },
  { key: 'status', label: 'Status', value: (v) => v.status.replace(/_/g, ' '), filter: true },
  { key: 'submittedOn', label: 'Ingediend', value: (v) => v.submittedOn ?? null },
  { key: 'decidedOn', label: 'Besloten', value: (v) => v.decidedOn ?? null },
  // The advice rule (advice.ts, server evaluateAdvice): BZK advises on every VtW.
  { key: 'advice', label: 'Locatieadvies', value: () => 'nodig: elk verzoek tot wijziging' },
  { key: 'dataset', label: 'Dataset', value: (v) => DATASET_LABEL(v.project.dataset), filter: true },
];

export function useProjects(dataset: Dataset) {
  const { data, error } = useQuery(PROJECTS, { variables: { dataset } });
  return { projects: data?.masterplanProjects.nodes ?? [], error };
}

export function ProjectsSection({ dataset }: { dataset: Dataset }) {
  const client = useApolloClient();
  const [editing, setEditing] = useState<Editing>(null);
  const [showing, setShowing] = useState<Showing>(null);
  const { projects: list, error } = useProjects(dataset);
  const [createProject] = useMutation(CREATE_PROJECT, REFETCH);
  const [updateProject] = useMutation(UPDATE_PROJECT, REFETCH);
  const [createVtw] = useMutation(CREATE_CHANGE_REQUEST, REFETCH);
  const [updateVtw] = useMutation(UPDATE_CHANGE_REQUEST, REFETCH);
  const vtws: Vtw[] = list.flatMap((p) => p.changeRequests.nodes.map((c) => ({ ...c, project: p })));
  const done = () => setEditing(null);
  const edit = (next: Editing) => {
    setShowing(null);
    setEditing(next);
  };

  const form =
    editing?.what === 'project' ? (
      <RecordForm
        key={`p${editing.record?.id ?? 'nieuw'}`}
        label={editing.record ? `Project ${editing.record.name} bewerken` : 'Nieuw masterplanproject'}
        fields={PROJECT_FORM}
        record={editing.record}
        onDone={done}
        save={(values, version) =>
          version === null
            ? createProject({ variables: { input: asInput<MasterplanProjectInput>({ ...values, dataset }) } })
            : updateProject({
                variables: { id: editing.record!.id, version, patch: asInput<MasterplanProjectPatch>(values) },
              })
        }
        loadCurrent={async () =>
          (
            await client.query({
              query: PROJECT_BY_ID,
              variables: { id: editing.record!.id },
              fetchPolicy: 'network-only',
            })
          ).data?.masterplanProject ?? null
        }
      />
    ) : editing?.what === 'vtw' ? (
      <RecordForm
        key={`v${editing.record?.id ?? 'nieuw'}`}
        label={
          editing.record ? `Verzoek tot wijziging ${editing.record.title} bewerken` : 'Nieuw verzoek tot wijziging'
        }
        fields={CHANGE_REQUEST_FORM}
        record={editing.record}
        defaults={{ status: 'ingediend' }}
        onDone={done}
        save={(values, version) =>
          editing.record === null
            ? createVtw({
                variables: { input: asInput<ChangeRequestInput>({ ...values, projectId: editing.projectId }) },
              })
            : updateVtw({
                variables: { id: editing.record.id, version: version!, patch: asInput<ChangeRequestPatch>(values) },
              })
        }
        loadCurrent={async () =>
          (
            await client.query({
              query: CHANGE_REQUEST_BY_ID,
              variables: { id: editing.record!.id },
              fetchPolicy: 'network-only',
            })
          ).data?.changeRequest ?? null
        }
      />
    ) : null;

  const detail =
    showing?.what === 'project' ? (
      <RecordDetail
        key={`p${showing.record.id}`}
        title={`Project ${showing.record.name}`}
        entity="masterplan_project"
        id={showing.record.id}
        onClose={() => setShowing(null)}
        fields={PROJECT_COLUMNS.map(
          (c) => [c.label, String(c.value(showing.record) ?? '—')] as [string, string],
        ).concat([
          ['Toelichting', showing.record.note ?? '—'],
          ['Versie', String(showing.record.version)],
        ])}
      />
    ) : showing?.what === 'vtw' ? (
      <RecordDetail
        key={`v${showing.record.id}`}
        title={`Verzoek tot wijziging ${showing.record.title}`}
        entity="change_request"
        id={showing.record.id}
        onClose={() => setShowing(null)}
        fields={VTW_COLUMNS.map((c) => [c.label, String(c.value(showing.record) ?? '—')] as [string, string]).concat([
          ['Omschrijving', showing.record.description ?? '—'],
          ['Versie', String(showing.record.version)],
        ])}
      />
    ) : null;

  return (
    <>
      <section aria-labelledby="projecten-titel">
        <div className="rp-table__head">
          <h3 id="projecten-titel" className="rp-h3">
            Masterplanprojecten
          </h3>
          <button
            type="button"
            className="utrecht-button utrecht-button--secondary-action"
            onClick={() => edit({ what: 'project', record: null })}
          >
            Nieuw project
          </button>
        </div>
        {error && <Notice kind="error">{error.message}</Notice>}
        {form}
        {detail}
        {list.some((p) => p.dataset === 'demo') && <DemoLabel />}
        <PlannerTable
          caption="Masterplanprojecten"
          testId="projecten"
          rows={list}
          columns={PROJECT_COLUMNS}
          rowKey={(p) => String(p.id)}
          render={{ source: (p) => <SourceRef source={p.sourceUrl} /> }}
          actions={(p) => (
            <>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => {
                  setEditing(null);
                  setShowing({ what: 'project', record: p });
                }}
              >
                Details<span className="rp-sr-only"> {p.name}</span>
              </button>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => edit({ what: 'project', record: p })}
              >
                Bewerken<span className="rp-sr-only"> {p.name}</span>
              </button>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => edit({ what: 'vtw', projectId: p.id, record: null })}
              >
                Nieuw VtW<span className="rp-sr-only"> voor {p.name}</span>
              </button>
            </>
          )}
        />
      </section>
      <section aria-labelledby="vtw-titel">
        <h3 id="vtw-titel" className="rp-h3">
          Verzoeken tot wijziging (VtW)
        </h3>
        <PlannerTable
          caption="Verzoeken tot wijziging"
          testId="vtw"
          rows={vtws}
          columns={VTW_COLUMNS}
          rowKey={(v) => String(v.id)}
          actions={(v) => (
            <>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => {
                  setEditing(null);
                  setShowing({ what: 'vtw', record: v });
                }}
              >
                Details<span className="rp-sr-only"> {v.title}</span>
              </button>
              <button
                type="button"
                className="utrecht-button utrecht-button--subtle"
                onClick={() => edit({ what: 'vtw', projectId: v.project.id, record: v })}
              >
                Bewerken<span className="rp-sr-only"> {v.title}</span>
              </button>
            </>
          )}
        />
        {list.some((p) => p.changeRequests.totalCount > p.changeRequests.nodes.length) && (
          <p className="rp-hint" data-testid="vtw-meer">
            Per project staan de tien nieuwste verzoeken hier; oudere staan in de API (changeRequests).
          </p>
        )}
      </section>
    </>
  );
}
