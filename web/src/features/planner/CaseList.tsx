/**
 * Location cases with the advice rule's outcome: BZK advises when a service grows or shrinks by
 * 100 fte or more, for a new unit of 100 fte or more, and for masterplans and each VtW.
 */
import { useQuery } from '@apollo/client/react';
import { CASES } from '../../data/planner.js';
import { Notice } from '../../app/Notice.js';
import { DemoLabel } from '../../app/DemoLabel.js';
import { Sources } from '../table/RegionTable.js';

export function CaseList() {
  const { data, error } = useQuery(CASES);
  const cases = data?.locationCases.nodes ?? [];
  return (
    <section aria-labelledby="casussen-titel">
      <h3 id="casussen-titel" className="rp-h3">Locatieadviezen</h3>
      {error && <Notice kind="error">{error.message}</Notice>}
      {cases.some((c) => c.dataset === 'demo') && <DemoLabel />}
      <ul className="rp-projects" data-testid="casussen">
        {cases.map((c) => (
          <li key={c.id}>
            <strong>{c.title}</strong> — {c.kind}{c.fteChange !== null ? `, ${c.fteChange > 0 ? '+' : ''}${c.fteChange} fte` : ''} · {c.status}
            <div>
              Adviesregel: {c.adviceRequired === null ? 'onbekend (te weinig gegevens)' : c.adviceRequired ? <strong>advies van BZK nodig</strong> : 'geen advies nodig'}
              {c.adviceReasons.length > 0 && <> — {c.adviceReasons.join('; ')}</>}
            </div>
            {c.advice && <div>Advies: {c.advice}</div>}
            {c.dataset === 'demo' && <span className="rp-demo-label">fictieve voorbeelddata</span>}
            {c.sourceUrl && <Sources urls={[c.sourceUrl]} />}
          </li>
        ))}
      </ul>
    </section>
  );
}
