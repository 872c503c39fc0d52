/**
 * Location cases as a table (search, filters on status, advice and dataset, sort), with the
 * advice rule's outcome (server: adviceRequired) in words, new/edit through the shared record form
 * and a detail view with the history. Confidential cases appear only when the API returns them
 * to this viewer; nothing of them is kept past the session (session.ts empties the cache).
 */
import { useState } from 'react';
import { useApolloClient, useMutation, useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import type { LocationCaseInput, LocationCasePatch, PlannerCaseFragment } from '../../gql/graphql.js';
import { CASES, CASE_BY_ID, CREATE_CASE, UPDATE_CASE } from './cases.operations.js';
import type { Dataset } from '../../state/view.js';
import { Notice } from '../../app/Notice.js';
import { DemoLabel } from '../../app/DemoLabel.js';
import { SourceRef } from './SourceRef.js';
import { adviceExplanation } from './advice.js';
import { asInput, CASE_FORM } from './fields.js';
import { RecordForm } from './RecordForm.js';
import { PlannerTable } from './PlannerTable.js';
import { RecordDetail } from './RecordDetail.js';
import type { Column } from './table-model.js';

/** What the table, map and form read of a case; the page's queries spread it. */
export const PLANNER_CASE = graphql(`
  fragment PlannerCase on LocationCase {
    id
    version
    title
    organisationName
    kind
    fteChange
    fteChangeAsWritten
    fromRegionCode
    toRegionCode
    status
    advice
    decision
    confidential
    adviceRequired
    crossesProvinceBorder
    sourceUrl
    note
    dataset
    fteMoving
    fromRegion {
      id
      code
      name
      bbox
    }
    toRegion {
      id
      code
      name
      bbox
    }
  }
`);

const REFETCH = { refetchQueries: ['PlannerCases'], awaitRefetchQueries: true };

const fte = (c: PlannerCaseFragment) => c.fteChange ?? null;

export const CASE_COLUMNS: Column<PlannerCaseFragment>[] = [
  { key: 'title', label: 'Casus', value: (c) => c.title },
  { key: 'organisationName', label: 'Organisatie', value: (c) => c.organisationName ?? null },
  { key: 'kind', label: 'Soort', value: (c) => c.kind.replace(/_/g, ' '), filter: true },
  { key: 'fteChange', label: 'Verandering (fte)', value: fte },
  { key: 'from', label: 'Van', value: (c) => c.fromRegion?.name ?? c.fromRegionCode ?? null },
  { key: 'to', label: 'Naar', value: (c) => c.toRegion?.name ?? c.toRegionCode ?? null },
  { key: 'status', label: 'Status', value: (c) => c.status, filter: true },
  {
    key: 'adviceRequired',
    label: 'Locatieadvies',
    value: (c) => (c.adviceRequired === null ? 'onbekend' : c.adviceRequired ? 'nodig' : 'niet nodig'),
    filter: true,
  },
  { key: 'confidential', label: 'Vertrouwelijk', value: (c) => c.confidential, filter: true },
  {
    key: 'dataset',
    label: 'Dataset',
    value: (c) => (c.dataset === 'demo' ? 'fictieve voorbeelddata' : 'gepubliceerd'),
    filter: true,
  },
  { key: 'source', label: 'Bron', value: (c) => c.sourceUrl ?? null },
];

export function useCases(dataset: Dataset) {
  const { data, error } = useQuery(CASES, { variables: { dataset } });
  return { cases: data?.locationCases.nodes ?? [], error };
}

export function CaseList({ dataset }: { dataset: Dataset }) {
  const client = useApolloClient();
  const { cases, error } = useCases(dataset);
  const [create] = useMutation(CREATE_CASE, REFETCH);
  const [update] = useMutation(UPDATE_CASE, REFETCH);
  const [editing, setEditing] = useState<PlannerCaseFragment | 'nieuw' | null>(null);
  const [showing, setShowing] = useState<PlannerCaseFragment | null>(null);
  const record = editing === 'nieuw' ? null : editing;
  const edit = (next: PlannerCaseFragment | 'nieuw') => {
    setShowing(null);
    setEditing(next);
  };
  return (
    <section aria-labelledby="casussen-titel">
      <div className="rp-table__head">
        <h3 id="casussen-titel" className="rp-h3">
          Locatieadviezen (casussen)
        </h3>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => edit('nieuw')}>
          Nieuwe casus
        </button>
      </div>
      {error && <Notice kind="error">{error.message}</Notice>}
      {editing && (
        <RecordForm
          key={record?.id ?? 'nieuw'}
          label={record ? `Casus ${record.title} bewerken` : 'Nieuwe casus'}
          fields={CASE_FORM}
          record={record}
          onDone={() => setEditing(null)}
          save={(values, version) =>
            version === null
              ? create({ variables: { input: asInput<LocationCaseInput>({ ...values, dataset }) } })
              : update({ variables: { id: record!.id, version, patch: asInput<LocationCasePatch>(values) } })
          }
          loadCurrent={async () =>
            (await client.query({ query: CASE_BY_ID, variables: { id: record!.id }, fetchPolicy: 'network-only' })).data
              ?.locationCase ?? null
          }
        />
      )}
      {showing && (
        <RecordDetail
          key={showing.id}
          title={`Casus ${showing.title}`}
          entity="location_case"
          id={showing.id}
          onClose={() => setShowing(null)}
          fields={[
            ...CASE_COLUMNS.filter((c) => c.key !== 'source').map(
              (c) =>
                [
                  c.label,
                  String(c.value(showing) ?? '—')
                    .replace(/^true$/, 'ja')
                    .replace(/^false$/, 'nee'),
                ] as [string, string],
            ),
            ['Adviesregel', adviceExplanation(showing)],
            ['Advies', showing.advice ?? '—'],
            ['Besluit', showing.decision ?? '—'],
            ['Toelichting', showing.note ?? '—'],
            ['Versie', String(showing.version)],
          ]}
        />
      )}
      {cases.some((c) => c.dataset === 'demo') && <DemoLabel />}
      <PlannerTable
        caption="Locatieadviezen (casussen)"
        testId="casussen"
        rows={cases}
        columns={CASE_COLUMNS}
        rowKey={(c) => String(c.id)}
        render={{
          adviceRequired: (c) => (
            <span data-testid="adviesregel" title={adviceExplanation(c)}>
              {c.adviceRequired ? <strong>nodig</strong> : c.adviceRequired === null ? 'onbekend' : 'niet nodig'}
            </span>
          ),
          fteChange: (c) =>
            c.fteChange !== null ? `${c.fteChange > 0 ? '+' : ''}${c.fteChange}` : (c.fteChangeAsWritten ?? '—'),
          source: (c) => <SourceRef source={c.sourceUrl} />,
        }}
        actions={(c) => (
          <>
            <button
              type="button"
              className="utrecht-button utrecht-button--subtle"
              onClick={() => {
                setEditing(null);
                setShowing(c);
              }}
            >
              Details<span className="rp-sr-only"> {c.title}</span>
            </button>
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => edit(c)}>
              Bewerken<span className="rp-sr-only"> {c.title}</span>
            </button>
          </>
        )}
      />
    </section>
  );
}
