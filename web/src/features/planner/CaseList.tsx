/**
 * Location cases with the advice rule's outcome (server: adviceRequired) explained in words,
 * the advice and the decision, each with its source; new/edit through the shared record form.
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

/** What the list and the form read of a case; the page's queries spread it. */
export const PLANNER_CASE = graphql(`
  fragment PlannerCase on LocationCase {
    id version title organisationName kind fteChange fteChangeAsWritten fromRegionCode toRegionCode status
    advice decision confidential adviceRequired crossesProvinceBorder sourceUrl note dataset
  }
`);

const REFETCH = { refetchQueries: ['PlannerCases'], awaitRefetchQueries: true };

export function CaseList({ dataset }: { dataset: Dataset }) {
  const client = useApolloClient();
  const { data, error } = useQuery(CASES, { variables: { dataset } });
  const [create] = useMutation(CREATE_CASE, REFETCH);
  const [update] = useMutation(UPDATE_CASE, REFETCH);
  const [editing, setEditing] = useState<PlannerCaseFragment | 'nieuw' | null>(null);
  const cases = data?.locationCases.nodes ?? [];
  const record = editing === 'nieuw' ? null : editing;
  return (
    <section aria-labelledby="casussen-titel">
      <div className="rp-table__head">
        <h3 id="casussen-titel" className="rp-h3">Locatieadviezen</h3>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={() => setEditing('nieuw')}>Nieuwe casus</button>
      </div>
      {error && <Notice kind="error">{error.message}</Notice>}
      {editing && (
        <RecordForm key={record?.id ?? 'nieuw'} label={record ? `Casus ${record.title} bewerken` : 'Nieuwe casus'} fields={CASE_FORM}
          record={record} onDone={() => setEditing(null)}
          save={(values, version) => (version === null
            ? create({ variables: { input: asInput<LocationCaseInput>({ ...values, dataset }) } })
            : update({ variables: { id: record!.id, version, patch: asInput<LocationCasePatch>(values) } }))}
          loadCurrent={async () => (await client.query({ query: CASE_BY_ID, variables: { id: record!.id }, fetchPolicy: 'network-only' })).data?.locationCase ?? null} />
      )}
      {cases.some((c) => c.dataset === 'demo') && <DemoLabel />}
      <ul className="rp-projects" data-testid="casussen">
        {cases.map((c) => (
          <li key={c.id} data-casus={c.id}>
            <strong>{c.title}</strong> — {c.kind.replace(/_/g, ' ')}{c.fteChange !== null ? `, ${c.fteChange > 0 ? '+' : ''}${c.fteChange} fte` : c.fteChangeAsWritten ? `, ${c.fteChangeAsWritten}` : ''} · {c.status}
            {c.confidential && <em> (vertrouwelijk)</em>}{' '}
            <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => setEditing(c)}>Bewerken<span className="rp-sr-only"> {c.title}</span></button>
            <div data-testid="adviesregel">Adviesregel: {c.adviceRequired ? <strong>{adviceExplanation(c)}</strong> : adviceExplanation(c)}</div>
            {c.advice && <div>Advies: {c.advice}</div>}
            {c.decision && <div>Besluit: {c.decision}</div>}
            {c.dataset === 'demo' && <span className="rp-demo-label">fictieve voorbeelddata</span>}
            <SourceRef source={c.sourceUrl} />
          </li>
        ))}
      </ul>
    </section>
  );
}
