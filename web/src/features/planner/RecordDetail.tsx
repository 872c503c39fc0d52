/**
 * One planner record in full, with its history from the audit log (auditEntries: who changed
 * what, when, from what to what). Read per opening from the network: the log is planner-only.
 */
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql/index.js';
import { Notice } from '../../app/Notice.js';
import { actionLabel, changesOf } from './history.js';

export const RECORD_HISTORY = graphql(`
  query RecordHistory($entity: String!, $entityId: String!) {
    auditEntries(entity: $entity, entityId: $entityId, first: 100) {
      totalCount
      nodes {
        id
        actor
        action
        at
        before
        after
      }
    }
  }
`);

const when = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'medium', timeStyle: 'short' });

interface Props {
  title: string;
  entity: 'masterplan_project' | 'change_request' | 'location_case';
  id: number;
  fields: [string, string][];
  onClose: () => void;
}

export function RecordDetail({ title, entity, id, fields, onClose }: Props) {
  const { data, error, loading } = useQuery(RECORD_HISTORY, {
    variables: { entity, entityId: String(id) },
    fetchPolicy: 'network-only',
  });
  const entries = data?.auditEntries.nodes ?? [];
  return (
    <section className="rp-detail-record" aria-labelledby="record-titel" data-testid="recorddetail">
      <div className="rp-table__head">
        <h3 id="record-titel" className="rp-h3">
          {title}
        </h3>
        <button type="button" className="utrecht-button utrecht-button--subtle" onClick={onClose}>
          Sluiten<span className="rp-sr-only"> {title}</span>
        </button>
      </div>
      <dl className="rp-fields">
        {fields.map(([label, value]) => (
          <div key={label}>
            <dt>{label}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <h4 className="rp-h4">Geschiedenis</h4>
      {error && <Notice kind="error">{error.message}</Notice>}
      {loading && !data && <p role="status">Geschiedenis laden…</p>}
      {data && entries.length === 0 && (
        <p>Geen wijzigingen in het auditlog (ingelezen bij het laden van de gegevens).</p>
      )}
      <ol className="rp-history" data-testid="geschiedenis">
        {entries.map((e) => (
          <li key={e.id} data-actie={e.action}>
            <strong>{when.format(new Date(e.at as string))}</strong> — {actionLabel(e.action)} door {e.actor}
            <ul>
              {changesOf({
                ...e,
                at: String(e.at),
                before: e.before as Record<string, unknown> | null,
                after: e.after as Record<string, unknown> | null,
              }).map((c) => (
                <li key={c.field}>
                  {c.field}: {c.from} → {c.to}
                </li>
              ))}
            </ul>
          </li>
        ))}
      </ol>
    </section>
  );
}
