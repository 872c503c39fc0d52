/** One labelled form control with its inline error, by field kind (NL Design System classes). */
import type { FieldSpec, FormValues } from './fields.js';

interface Props {
  field: FieldSpec;
  value: FormValues[string];
  error: string | undefined;
  onChange: (value: FormValues[string]) => void;
}

export function FieldInput({ field, value, error, onChange }: Props) {
  const id = `veld-${field.name}`;
  const described = error ? { 'aria-invalid': true as const, 'aria-describedby': `${id}-fout` } : {};
  const text = (v: string) => onChange(v === '' ? null : v);
  let control;
  switch (field.kind) {
    case 'textarea':
      control = (
        <textarea
          id={id}
          className="utrecht-textarea utrecht-textarea--html-textarea"
          rows={2}
          value={String(value ?? '')}
          onChange={(e) => text(e.target.value)}
          {...described}
        />
      );
      break;
    case 'select':
      control = (
        <select
          id={id}
          className="utrecht-select utrecht-select--html-select"
          value={String(value ?? '')}
          onChange={(e) => text(e.target.value)}
          {...described}
        >
          {!field.required && <option value="">—</option>}
          {field.options!.map((o) => (
            <option key={o} value={o}>
              {o.replace(/_/g, ' ')}
            </option>
          ))}
        </select>
      );
      break;
    case 'checkbox':
      control = (
        <input
          id={id}
          type="checkbox"
          className="utrecht-checkbox utrecht-checkbox--html-input"
          checked={value === true}
          onChange={(e) => onChange(e.target.checked)}
        />
      );
      break;
    case 'number':
      control = (
        <input
          id={id}
          type="number"
          className="utrecht-textbox utrecht-textbox--html-input"
          value={value === null ? '' : String(value)}
          onChange={(e) => onChange(e.target.value === '' ? null : Number(e.target.value))}
          {...described}
        />
      );
      break;
    default:
      control = (
        <input
          id={id}
          type={field.kind === 'date' ? 'date' : 'text'}
          className="utrecht-textbox utrecht-textbox--html-input"
          value={String(value ?? '')}
          onChange={(e) => text(e.target.value)}
          {...described}
        />
      );
  }
  return (
    <div className={`utrecht-form-field${error ? ' utrecht-form-field--invalid' : ''}`}>
      <label className="utrecht-form-label" htmlFor={id}>
        {field.label}
        {field.required ? ' (verplicht)' : ''}
      </label>
      {control}
      {error && (
        <p className="utrecht-form-field-error-message" id={`${id}-fout`} data-veld={field.name}>
          {error}
        </p>
      )}
    </div>
  );
}
