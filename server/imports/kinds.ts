/** The import kinds the CLI (and later the API) offers, by name. */
import { fteImport } from './fte-import.js';
import type { ImportHandler } from './import-handler.js';

export const IMPORT_KINDS: Record<string, ImportHandler<unknown>> = {
  fte: fteImport as ImportHandler<unknown>,
};
