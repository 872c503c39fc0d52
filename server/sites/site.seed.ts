/**
 * Seeds the published locations: rijksontmoetingspleinen (seeds/locations/rop.csv) and
 * rijkskantoren (rijkskantoren.csv), placed by geocoder or at their gemeente, with the
 * organisations that use them. Rows whose place cannot be resolved are reported, not guessed.
 */
import fs from 'node:fs';
import type { Geocoder } from '../geocoding/geocoder.js';
import type { Queryable } from '../common/sql.js';
import { gemeenteState, type SeedStep } from '../tables/seed-step.js';
import { formatRowError } from '../tables/row-errors.js';
import { parseCsvTable } from '../tables/table-reader.js';
import { loadOrganisationMatcher } from '../organisations/organisation.seed.js';
import { loadGemeenteResolver } from '../regions/gemeente-resolver.service.js';
import { validateSiteRows } from './site-rows.js';
import { geocodeRecords, writeSites } from './site-writer.js';

export interface SiteSeedFiles {
  rop: string;
  rijkskantoren: string;
  aliases: string;
  organisations: string;
}

/** geocoderFor builds the geocoder on the step's own transaction (its cache writes there). */
export function siteStep(files: SiteSeedFiles, geocoderFor: (db: Queryable) => Geocoder, warnings: string[]): SeedStep {
  return {
    kind: 'seed:locaties',
    files: [files.rop, files.rijkskantoren, files.aliases, files.organisations],
    stateSalt: gemeenteState,
    async load(manager, importId) {
      const gemeenten = await loadGemeenteResolver(manager, files.aliases);
      const matchOrganisation = await loadOrganisationMatcher(manager, files.organisations, 'gepubliceerd');
      let written = 0;
      for (const [file, defaultKind] of [
        [files.rop, 'rijksontmoetingsplein'],
        [files.rijkskantoren, 'rijkskantoor'],
      ] as const) {
        const { records, errors } = validateSiteRows(parseCsvTable(fs.readFileSync(file, 'utf8'), file), {
          gemeenten,
          defaultKind,
        });
        for (const error of errors)
          warnings.push(`${file.split('/').pop()}: ${formatRowError(error)} — rij niet geladen`);
        await geocodeRecords(records, geocoderFor(manager));
        written += await writeSites(manager, records, {
          importId,
          dataset: 'gepubliceerd',
          matchOrganisation,
          warnings,
        });
      }
      return written;
    },
  };
}
