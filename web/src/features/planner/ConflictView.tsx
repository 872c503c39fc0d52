/**
 * Both versions side by side after a CONFLICT: what you typed and what is saved now, with the
 * differing fields marked. Nothing is lost: keep yours (saved over the new version), take theirs,
 * or take single fields.
 */
import type { MasterplanProject, ProjectInput } from '../../data/planner.js';
import { changedFields } from '../../data/errors.js';
import { PROJECT_FIELDS, PROJECT_FIELD_LABELS, toProjectInput } from './validate.js';

interface Props {
  mine: ProjectInput;
  theirs: MasterplanProject;
  message: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onTakeField: (name: keyof ProjectInput) => void;
}

export function ConflictView({ mine, theirs, message, onKeepMine, onTakeTheirs, onTakeField }: Props) {
  const current = toProjectInput(theirs);
  const differ = new Set(changedFields(mine, current, PROJECT_FIELDS));
  return (
    <section className="rp-conflict" role="alert" data-testid="conflict">
      <h3 className="rp-h3">Iemand anders heeft dit project intussen gewijzigd</h3>
      <p>{message}</p>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">Uw versie naast de huidige versie {theirs.version}</caption>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">Veld</th>
            <th scope="col" className="utrecht-table__header-cell">Uw invoer</th>
            <th scope="col" className="utrecht-table__header-cell">Huidige versie</th>
            <th scope="col" className="utrecht-table__header-cell"><span className="rp-sr-only">Actie</span></th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {PROJECT_FIELDS.map((f) => (
            <tr key={f} className={`utrecht-table__row${differ.has(f) ? ' rp-differs' : ''}`} data-veld={f}>
              <th scope="row" className="utrecht-table__header-cell">{PROJECT_FIELD_LABELS[f]}{differ.has(f) && <span> (verschilt)</span>}</th>
              <td className="utrecht-table__cell" data-versie="mijn">{String(mine[f] ?? '—')}</td>
              <td className="utrecht-table__cell" data-versie="huidig">{String(current[f] ?? '—')}</td>
              <td className="utrecht-table__cell">{differ.has(f) && <button type="button" className="utrecht-button utrecht-button--subtle" onClick={() => onTakeField(f)}>Neem huidige over</button>}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rp-actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onKeepMine}>Mijn invoer behouden en opnieuw opslaan</button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onTakeTheirs}>Huidige versie overnemen</button>
      </div>
    </section>
  );
}
