/**
 * Turns GraphQL errors into what a form shows: messages per field (extensions.field), a
 * conflict (extensions.code CONFLICT with currentVersion), or one general message. Pure.
 */
export interface ErrorLike {
  message: string;
  extensions?: Record<string, unknown> | null;
}

export interface FormErrors {
  fields: Record<string, string>;
  conflict: { currentVersion: number; message: string } | null;
  general: string | null;
}

export function toFormErrors(errors: ReadonlyArray<ErrorLike>): FormErrors {
  const result: FormErrors = { fields: {}, conflict: null, general: null };
  const general: string[] = [];
  for (const error of errors) {
    const code = error.extensions?.code;
    const field = error.extensions?.field;
    if (code === 'CONFLICT' && typeof error.extensions?.currentVersion === 'number') {
      result.conflict = { currentVersion: error.extensions.currentVersion, message: error.message };
    } else if (typeof field === 'string' && field !== '') {
      // Nested input fields may come as "input.name" or "patch.name"; the form knows them as "name".
      result.fields[field.replace(/^(input|patch)\./, '')] = error.message;
    } else if (code === 'UNAUTHENTICATED' || code === 'FORBIDDEN') {
      general.push('U bent niet (meer) aangemeld of mag dit niet wijzigen. Meld u opnieuw aan met een geldig token.');
    } else {
      general.push(error.message);
    }
  }
  result.general = general.length > 0 ? general.join(' ') : null;
  return result;
}
