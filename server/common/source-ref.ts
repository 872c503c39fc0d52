/**
 * What counts as a source reference on a seed or import row: a web address, or one of the
 * government documents kept as text beside the repository (../shared/sources), cited by file
 * name as `document:<file>` — those documents have no address in our sources, and an address
 * is never made up. The title and date of such a document travel in the row's source columns.
 */
export const SOURCE_REF = /^(https?:\/\/\S+|document:[A-Za-z0-9_.-]+\.txt)$/;

export function isSourceRef(value: string | undefined): boolean {
  return SOURCE_REF.test(value ?? '');
}
