/**
 * One form for every planner record (project, change request, location case): fields from
 * configuration, inline checks, server field errors on their fields, and on CONFLICT both
 * versions side by side while every typed value stays in the form.
 */
import { useState } from 'react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { toFormErrors } from './form-errors.js';
import { ConflictView } from './ConflictView.js';
import { pickValues, validateForm, type FieldSpec, type FormValues } from './fields.js';
import { FieldInput } from './FieldInput.js';

export interface VersionedRecord {
  id: number;
  version: number;
  /** Demo records keep their own source (urn:rijkspresentie:…), which the checks accept. */
  dataset?: string | null;
}

interface Props {
  label: string;
  fields: FieldSpec[];
  record: VersionedRecord | null;
  /** Starting values of a new record. */
  defaults?: FormValues;
  /** Creates (version null) or updates the record; rejects with the GraphQL errors. */
  save: (values: FormValues, version: number | null) => Promise<unknown>;
  /** The record as it is saved now, for the conflict view. */
  loadCurrent: () => Promise<VersionedRecord | null>;
  onDone: () => void;
}

export function RecordForm({ label, fields, record, defaults, save, loadCurrent, onDone }: Props) {
  const [values, setValues] = useState<FormValues>(() => ({
    ...pickValues(fields, record),
    ...(record ? {} : defaults),
  }));
  const [version, setVersion] = useState<number | null>(record?.version ?? null);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ current: VersionedRecord; message: string } | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (baseVersion = version) => {
    const local = validateForm(fields, values, { dataset: record?.dataset ?? null });
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length > 0) return;
    setBusy(true);
    try {
      await save(values, baseVersion);
      onDone();
    } catch (error) {
      if (!CombinedGraphQLErrors.is(error))
        return setGeneral('Opslaan mislukt: de server is niet bereikbaar. Uw invoer staat er nog.');
      const form = toFormErrors(error.errors);
      setErrors(form.fields);
      setGeneral(form.general);
      const current = form.conflict ? await loadCurrent().catch(() => null) : null;
      if (form.conflict && current) setConflict({ current, message: form.conflict.message });
    } finally {
      setBusy(false);
    }
  };

  const theirs = conflict ? pickValues(fields, conflict.current) : null;
  return (
    <form
      className="rp-form"
      onSubmit={(e) => {
        e.preventDefault();
        void submit();
      }}
      noValidate
      aria-label={label}
      data-testid="recordformulier"
    >
      <h3 className="rp-h3">{label}</h3>
      {general && (
        <p role="alert" className="utrecht-alert utrecht-alert--error">
          {general}
        </p>
      )}
      {conflict && theirs && (
        <ConflictView
          fields={fields}
          mine={values}
          theirs={theirs}
          theirsVersion={conflict.current.version}
          message={conflict.message}
          onKeepMine={() => {
            setVersion(conflict.current.version);
            setConflict(null);
            void submit(conflict.current.version);
          }}
          onTakeTheirs={() => {
            setValues(theirs);
            setVersion(conflict.current.version);
            setConflict(null);
          }}
          onTakeField={(name) => setValues((v) => ({ ...v, [name]: theirs[name] ?? null }))}
        />
      )}
      {fields.map((f) => (
        <FieldInput
          key={f.name}
          field={f}
          value={values[f.name] ?? null}
          error={errors[f.name]}
          onChange={(value) => setValues((v) => ({ ...v, [f.name]: value }))}
        />
      ))}
      <div className="rp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={busy}>
          Opslaan
        </button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onDone}>
          Annuleren
        </button>
      </div>
    </form>
  );
}
