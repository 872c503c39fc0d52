/**
 * What counts as a source reference on a seed or import row: a web address, or one of the
 * government documents kept as text beside the repository (../shared/sources), cited by file
 * name as `document:<file>` — those documents have no address in our sources, and an address
 * is never made up. The title and date of such a document travel in the row's source columns.
 */
import { DOCUMENT_SOURCE, WEB_SOURCE } from '../../common/sources.js';

export function isSourceRef(value: string | undefined): boolean {
  return WEB_SOURCE.test(value ?? '') || DOCUMENT_SOURCE.test(value ?? '');
}
