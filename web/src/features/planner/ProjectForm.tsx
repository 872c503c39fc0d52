/**
 * Create or edit a masterplan project with inline validation. On CONFLICT (someone saved in the
 * meantime) the form keeps every value typed and shows the current version beside it.
 */
import { useState } from 'react';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { CombinedGraphQLErrors } from '@apollo/client/errors';
import { CREATE_PROJECT, PROJECT_BY_ID, UPDATE_PROJECT, type MasterplanProject, type ProjectInput } from '../../data/planner.js';
import { toFormErrors } from '../../data/errors.js';
import { PROJECT_FIELD_LABELS, PROJECT_KINDS, toProjectInput, validateProject } from './validate.js';
import { ConflictView } from './ConflictView.js';

const EMPTY: ProjectInput = { name: '', city: null, kind: 'nieuwbouw', status: 'gepland', period: null, plannedWorkplaces: null, sourceUrl: '', note: null };

export function ProjectForm({ project, onDone }: { project: MasterplanProject | null; onDone: () => void }) {
  const client = useApolloClient();
  const [values, setValues] = useState<ProjectInput>(project ? toProjectInput(project) : EMPTY);
  const [version, setVersion] = useState(project?.version ?? 0);
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [general, setGeneral] = useState<string | null>(null);
  const [conflict, setConflict] = useState<{ current: MasterplanProject; message: string } | null>(null);
  const [update, updating] = useMutation(UPDATE_PROJECT);
  const [create, creating] = useMutation(CREATE_PROJECT);
  const set = (patch: Partial<ProjectInput>) => setValues((v) => ({ ...v, ...patch }));

  const save = async (baseVersion = version) => {
    const local = validateProject(values);
    setErrors(local);
    setGeneral(null);
    if (Object.keys(local).length > 0) return;
    try {
      if (project) await update({ variables: { id: project.id, version: baseVersion, patch: values } });
      else await create({ variables: { input: values } });
      onDone();
    } catch (error) {
      if (!CombinedGraphQLErrors.is(error)) return setGeneral('Opslaan mislukt: de server is niet bereikbaar. Uw invoer staat er nog.');
      const form = toFormErrors(error.errors);
      setErrors(form.fields);
      setGeneral(form.general);
      if (form.conflict && project) {
        const { data } = await client.query({ query: PROJECT_BY_ID, variables: { id: project.id }, fetchPolicy: 'network-only' });
        if (data) setConflict({ current: data.masterplanProject, message: form.conflict.message });
      }
    }
  };

  const field = (name: keyof ProjectInput, input: React.ReactNode) => (
    <div className={`utrecht-form-field${errors[name] ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={`project-${name}`}>{PROJECT_FIELD_LABELS[name]}</label>
      {input}
      {errors[name] && <p className="utrecht-form-field-error-message" id={`project-${name}-fout`} data-veld={name}>{errors[name]}</p>}
    </div>
  );
  const text = (name: 'name' | 'city' | 'status' | 'period' | 'sourceUrl' | 'note') => field(name, (
    <input id={`project-${name}`} className="utrecht-textbox utrecht-textbox--html-input" value={values[name] ?? ''} aria-invalid={errors[name] ? true : undefined} aria-describedby={errors[name] ? `project-${name}-fout` : undefined}
      onChange={(e) => set({ [name]: e.target.value === '' && name !== 'name' && name !== 'sourceUrl' && name !== 'status' ? null : e.target.value })} />
  ));

  return (
    <form className="rp-form" onSubmit={(e) => { e.preventDefault(); void save(); }} noValidate aria-label={project ? `Project ${project.name} bewerken` : 'Nieuw project'} data-testid="projectformulier">
      {general && <p role="alert" className="utrecht-alert utrecht-alert--error">{general}</p>}
      {conflict && (
        <ConflictView mine={values} theirs={conflict.current} message={conflict.message}
          onKeepMine={() => { setVersion(conflict.current.version); setConflict(null); void save(conflict.current.version); }}
          onTakeTheirs={() => { setValues(toProjectInput(conflict.current)); setVersion(conflict.current.version); setConflict(null); }}
          onTakeField={(name) => set({ [name]: conflict.current[name] } as Partial<ProjectInput>)} />
      )}
      {text('name')}
      {text('city')}
      {field('kind', (
        <select id="project-kind" className="utrecht-select utrecht-select--html-select" value={values.kind} onChange={(e) => set({ kind: e.target.value })}>
          {PROJECT_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      ))}
      {text('status')}
      {text('period')}
      {field('plannedWorkplaces', (
        <input id="project-plannedWorkplaces" className="utrecht-textbox utrecht-textbox--html-input" type="number" value={values.plannedWorkplaces ?? ''} aria-invalid={errors.plannedWorkplaces ? true : undefined}
          onChange={(e) => set({ plannedWorkplaces: e.target.value === '' ? null : Number(e.target.value) })} />
      ))}
      {text('sourceUrl')}
      {text('note')}
      <div className="rp-actions">
        <button type="submit" className="utrecht-button utrecht-button--primary-action" disabled={updating.loading || creating.loading}>Opslaan</button>
        <button type="button" className="utrecht-button utrecht-button--secondary-action" onClick={onDone}>Annuleren</button>
      </div>
    </form>
  );
}
