/**
 * Location cases with the advice rule's outcome (server: adviceRequired) explained in words,
 * the advice and the decision, each with its source.
 */
import { useQuery } from '@apollo/client/react';
import { CASES } from '../../data/planner.js';
import type { Dataset } from '../../state/view.js';
import { Notice } from '../../app/Notice.js';
import { DemoLabel } from '../../app/DemoLabel.js';
import { Sources } from '../table/RegionTable.js';
import { adviceExplanation } from './advice.js';

export function CaseList({ dataset }: { dataset: Dataset }) {
  const { data, error } = useQuery(CASES, { variables: { dataset } });
  const cases = data?.locationCases.nodes ?? [];
  return (
    <section aria-labelledby="casussen-titel">
      <h3 id="casussen-titel" className="rp-h3">Locatieadviezen</h3>
      {error && <Notice kind="error">{error.message}</Notice>}
      {cases.some((c) => c.dataset === 'demo') && <DemoLabel />}
      <ul className="rp-projects" data-testid="casussen">
        {cases.map((c) => (
          <li key={c.id} data-casus={c.id}>
            <strong>{c.title}</strong> — {c.kind}{c.fteChange !== null ? `, ${c.fteChange > 0 ? '+' : ''}${c.fteChange} fte` : c.fteChangeAsWritten ? `, ${c.fteChangeAsWritten}` : ''} · {c.status}
            {c.confidential && <em> (vertrouwelijk)</em>}
            <div data-testid="adviesregel">
              Adviesregel: {c.adviceRequired ? <strong>{adviceExplanation(c)}</strong> : adviceExplanation(c)}
            </div>
            {c.advice && <div>Advies: {c.advice}</div>}
            {c.decision && <div>Besluit: {c.decision}</div>}
            {c.dataset === 'demo' && <span className="rp-demo-label">fictieve voorbeelddata</span>}
            {c.sourceUrl && <Sources urls={[c.sourceUrl]} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
