/** The import kinds the CLI (and later the API) offers, by name. */
import { boundaryImport } from './boundary-import.js';
import { fteImport } from './fte-import.js';
import type { ImportHandler } from './import-handler.js';
import { profileImport } from './profile-import.js';
import { projectImport, siteImport } from './site-import.js';

export const IMPORT_KINDS: Record<string, ImportHandler<unknown>> = {
  fte: fteImport as ImportHandler<unknown>,
  sites: siteImport as ImportHandler<unknown>,
  projects: projectImport as ImportHandler<unknown>,
  profiles: profileImport as ImportHandler<unknown>,
  boundaries: boundaryImport as ImportHandler<unknown>,
};
