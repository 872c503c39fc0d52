/** Import kinds "sites" and "projects": the validators and writers the seeds use too. */
import { loadGemeenteResolver } from '../regions/gemeente-resolver.service.js';
import { loadOrganisationMatcher } from '../organisations/organisation.seed.js';
import { validateSiteRows, type SiteRecord } from '../sites/site-rows.js';
import { geocodeRecords, writeSites } from '../sites/site-writer.js';
import { validateProjectRows, type ProjectRecord } from '../masterplan/project-rows.js';
import { writeProjects } from '../masterplan/project-writer.js';
import type { ImportHandler } from './import-handler.js';

export const siteImport: ImportHandler<SiteRecord> = {
  kind: 'sites',
  async prepare({ db, table, aliasFile, geocoder }) {
    const prepared = validateSiteRows(table, { gemeenten: await loadGemeenteResolver(db, aliasFile) });
    await geocodeRecords(prepared.records, geocoder);
    return prepared;
  },
  async write(manager, records, context) {
    const warnings: string[] = [];
    const matchOrganisation = await loadOrganisationMatcher(manager, undefined, context.dataset);
    const written = await writeSites(manager, records, { ...context, matchOrganisation, warnings });
    for (const warning of warnings) process.emitWarning(warning, { code: 'RP_SITE_ORGANISATION' });
    return written;
  },
};

export const projectImport: ImportHandler<ProjectRecord> = {
  kind: 'projects',
  async prepare({ db, table, aliasFile }) {
    return validateProjectRows(table, await loadGemeenteResolver(db, aliasFile));
  },
  write: (manager, records, context) => writeProjects(manager, records, context),
};
