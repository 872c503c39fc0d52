/**
 * The planner forms as configuration: which fields, how they are edited, and the inline checks
 * before sending (the server checks again; its extensions.field errors land on the same fields).
 * Pure, so the checks are unit-tested.
 */
import { DEMO_SOURCE_URN, DOCUMENT_SOURCE, WEB_SOURCE } from '../../../../common/sources.js';

export type FieldKind = 'text' | 'textarea' | 'number' | 'date' | 'select' | 'checkbox';

export interface FieldSpec {
  name: string;
  label: string;
  kind: FieldKind;
  options?: readonly string[];
  required?: boolean;
}

export type FormValues = Record<string, string | number | boolean | null>;

export const PROJECT_KINDS = [
  'nieuwbouw',
  'renovatie',
  'afstoot',
  'aankoop',
  'rijksontmoetingsplein',
  'overig',
] as const;
export const CASE_KINDS = ['groei', 'krimp', 'nieuwe_dienst', 'masterplan', 'vtw', 'overig'] as const;
export const CHANGE_REQUEST_STATUSES = [
  'ingediend',
  'in_behandeling',
  'goedgekeurd',
  'afgewezen',
  'ingetrokken',
] as const;

export const PROJECT_FORM: FieldSpec[] = [
  { name: 'name', label: 'Naam', kind: 'text', required: true },
  { name: 'masterplan', label: 'Masterplan', kind: 'text' },
  { name: 'city', label: 'Plaats', kind: 'text' },
  { name: 'kind', label: 'Soort', kind: 'select', options: PROJECT_KINDS, required: true },
  { name: 'status', label: 'Status', kind: 'text', required: true },
  { name: 'period', label: 'Periode', kind: 'text' },
  { name: 'plannedWorkplaces', label: 'Geplande werkplekken', kind: 'number' },
  { name: 'sourceUrl', label: 'Bron (URL)', kind: 'text', required: true },
  { name: 'note', label: 'Toelichting', kind: 'textarea' },
];

export const CASE_FORM: FieldSpec[] = [
  { name: 'title', label: 'Titel', kind: 'text', required: true },
  { name: 'organisationName', label: 'Organisatie', kind: 'text' },
  { name: 'kind', label: 'Soort casus', kind: 'select', options: CASE_KINDS, required: true },
  { name: 'fteChange', label: 'Verandering (fte, negatief bij krimp)', kind: 'number' },
  { name: 'fromRegionCode', label: 'Regio van herkomst (CBS-code)', kind: 'text' },
  { name: 'toRegionCode', label: 'Regio van bestemming (CBS-code)', kind: 'text' },
  { name: 'status', label: 'Status', kind: 'text', required: true },
  { name: 'advice', label: 'Locatieadvies', kind: 'textarea' },
  { name: 'decision', label: 'Besluit', kind: 'textarea' },
  { name: 'confidential', label: 'Vertrouwelijk', kind: 'checkbox' },
  { name: 'sourceUrl', label: 'Bron (URL)', kind: 'text' },
  { name: 'note', label: 'Toelichting', kind: 'textarea' },
];

export const CHANGE_REQUEST_FORM: FieldSpec[] = [
  { name: 'title', label: 'Titel', kind: 'text', required: true },
  { name: 'description', label: 'Omschrijving', kind: 'textarea' },
  { name: 'status', label: 'Status', kind: 'select', options: CHANGE_REQUEST_STATUSES, required: true },
  { name: 'submittedOn', label: 'Ingediend op', kind: 'date' },
  { name: 'decidedOn', label: 'Besloten op', kind: 'date' },
];

/** Whether a source can be opened in a browser (else it is shown as text, not as a dead link). */
export function isWebSource(source: string | null | undefined): boolean {
  return typeof source === 'string' && WEB_SOURCE.test(source.trim());
}
const REGION_CODE = /^(PV|CR|GM|AM)\d{2,4}$/;

/** Inline checks per field; an empty object when the values can be sent. */
export function validateForm(
  fields: FieldSpec[],
  values: FormValues,
  context: { dataset?: string | null } = {},
): Record<string, string> {
  const demoSource = (v: unknown) => context.dataset === 'demo' && DEMO_SOURCE_URN.test(String(v).trim());
  const errors: Record<string, string> = {};
  for (const field of fields) {
    const value = values[field.name];
    const empty = value === null || value === undefined || (typeof value === 'string' && value.trim() === '');
    if (field.required && empty) errors[field.name] = `${field.label} is verplicht.`;
    else if (empty) continue;
    else if (field.kind === 'select' && !field.options!.includes(String(value)))
      errors[field.name] = `Kies een van: ${field.options!.join(', ')}.`;
    else if (field.kind === 'number' && (typeof value !== 'number' || !Number.isFinite(value)))
      errors[field.name] = 'Vul een getal in.';
    else if (field.name === 'plannedWorkplaces' && (!Number.isInteger(value) || (value as number) < 0))
      errors[field.name] = 'Geef een heel aantal van 0 of meer.';
    else if (
      field.name === 'sourceUrl' &&
      !WEB_SOURCE.test(String(value).trim()) &&
      !demoSource(value) &&
      !DOCUMENT_SOURCE.test(String(value).trim())
    )
      errors[field.name] = 'Geef de bron als webadres (https://…).';
    else if (field.name.endsWith('RegionCode') && !REGION_CODE.test(String(value)))
      errors[field.name] = 'Geef een CBS-code zoals PV22, CR07 of GM0106.';
  }
  const submitted = values.submittedOn;
  const decided = values.decidedOn;
  if (typeof submitted === 'string' && typeof decided === 'string' && submitted && decided && decided < submitted) {
    errors.decidedOn = 'Besloten op kan niet vóór ingediend op liggen.';
  }
  return errors;
}

/** The form's values of a record: only the fields the form edits, missing ones as null. */
export function pickValues(fields: FieldSpec[], record: object | null): FormValues {
  const source = (record ?? {}) as Record<string, unknown>;
  return Object.fromEntries(
    fields.map((f) => [
      f.name,
      (source[f.name] as FormValues[string] | undefined) ?? (f.kind === 'checkbox' ? false : null),
    ]),
  );
}

/** Field names whose values differ between my version and the current one, for the conflict view. */
export function changedFields(fields: FieldSpec[], mine: FormValues, theirs: FormValues): string[] {
  return fields
    .filter((f) => JSON.stringify(mine[f.name] ?? null) !== JSON.stringify(theirs[f.name] ?? null))
    .map((f) => f.name);
}

/**
 * The form's values as a mutation's input type. The forms are configuration (the lists above),
 * so the compiler cannot prove each field's type: the inline checks here and the server's errors
 * per field (BAD_USER_INPUT with extensions.field, shown on that field) are what guard them.
 */
export function asInput<T>(values: FormValues): T {
  return values as unknown as T;
}
