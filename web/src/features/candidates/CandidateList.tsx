/** Ranked candidates with their explanation per criterion (weight × score). */
import type { Candidate } from '../../data/candidates.js';
import { CRITERION_LABELS, type Criterion } from './draft.js';

const score = new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 2 });

export function CandidateList({ candidates, loading }: { candidates: Candidate[]; loading: boolean }) {
  if (candidates.length === 0) return <p>Geen kandidaten die aan de randvoorwaarden voldoen.</p>;
  return (
    <ol className="rp-candidates" data-testid="kandidaten" aria-busy={loading}>
      {candidates.map((c) => (
        <li key={`${c.rank}-${c.name}`} data-naam={c.name}>
          <strong>{c.rank}. {c.name}</strong> — score {score.format(c.score)}
          {c.dataset === 'demo' && <span className="rp-demo-label"> fictieve voorbeelddata</span>}
          <details>
            <summary>Waarom?</summary>
            <ul>
              {c.explanation.map((e) => (
                <li key={e.criterion}>{CRITERION_LABELS[e.criterion as Criterion] ?? e.criterion}: gewicht {e.weight} × score {score.format(e.score)} — {e.text}</li>
              ))}
            </ul>
          </details>
        </li>
      ))}
    </ol>
  );
}
