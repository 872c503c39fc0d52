/**
 * Both versions side by side after a CONFLICT: what you typed and what is saved now, with the
 * differing fields marked. Nothing is lost: keep yours (saved over the new version), take theirs,
 * or take single fields.
 */
import { changedFields, type FieldSpec, type FormValues } from './fields.js';

interface Props {
  fields: FieldSpec[];
  mine: FormValues;
  theirs: FormValues;
  theirsVersion: number;
  message: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onTakeField: (name: string) => void;
}

const show = (v: FormValues[string]) =>
  v === null || v === '' ? '—' : typeof v === 'boolean' ? (v ? 'ja' : 'nee') : String(v);

export function ConflictView({
  fields,
  mine,
  theirs,
  theirsVersion,
  message,
  onKeepMine,
  onTakeTheirs,
  onTakeField,
}: Props) {
  const differ = new Set(changedFields(fields, mine, theirs));
  return (
    <section className="rp-conflict" role="alert" data-testid="conflict">
      <h3 className="rp-h3">Iemand anders heeft dit intussen gewijzigd</h3>
      <p>{message}</p>
      <table className="utrecht-table utrecht-table--html-table">
        <caption className="utrecht-table__caption">Uw invoer naast de huidige versie {theirsVersion}</caption>
        <colgroup>
          <col className="rp-col-veld" />
          <col className="rp-col-waarde" />
          <col className="rp-col-waarde" />
          <col className="rp-col-actie" />
        </colgroup>
        <thead className="utrecht-table__header">
          <tr className="utrecht-table__row">
            <th scope="col" className="utrecht-table__header-cell">
              Veld
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Uw invoer
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              Huidige versie
            </th>
            <th scope="col" className="utrecht-table__header-cell">
              <span className="rp-sr-only">Actie</span>
            </th>
          </tr>
        </thead>
        <tbody className="utrecht-table__body">
          {fields.map((f) => (
            <tr
              key={f.name}
              className={`utrecht-table__row${differ.has(f.name) ? ' rp-differs' : ''}`}
              data-veld={f.name}
            >
              <th scope="row" className="utrecht-table__header-cell">
                {f.label}
                {differ.has(f.name) && <span> (verschilt)</span>}
              </th>
              <td className="utrecht-table__cell" data-versie="mijn">
                {show(mine[f.name] ?? null)}
              </td>
              <td className="utrecht-table__cell" data-versie="huidig">
                {show(theirs[f.name] ?? null)}
              </td>
              <td className="utrecht-table__cell">
                {differ.has(f.name) && (
                  <button
                    type="button"
                    className="utrecht-button utrecht-button--subtle"
                    onClick={() => onTakeField(f.name)}
                  >
                    Neem huidige over<span className="rp-sr-only"> voor {f.label}</span>
                  </button>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div className="rp-actions">
        <button type="button" className="utrecht-button utrecht-button--primary-action" onClick={onKeepMine}>
          Mijn invoer behouden en opnieuw opslaan
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onTakeTheirs}>
          Huidige versie overnemen
        </button>
      </div>
    </section>
  );
}
