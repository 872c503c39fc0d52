/** Seeds the published masterplan projects (seeds/locations/masterplan_projecten.csv). */
import fs from 'node:fs';
import { gemeenteState, type SeedStep } from '../tables/seed-step.js';
import { formatRowError } from '../tables/row-errors.js';
import { parseCsvTable } from '../tables/table-reader.js';
import { loadGemeenteResolver } from '../regions/gemeente-resolver.service.js';
import { validateProjectRows } from './project-rows.js';
import { writeProjects } from './project-writer.js';

export function projectStep(file: string, aliasFile: string, warnings: string[]): SeedStep {
  return {
    kind: 'seed:masterplanprojecten',
    files: [file, aliasFile],
    stateSalt: gemeenteState,
    async load(manager, importId) {
      const { records, errors } = validateProjectRows(
        parseCsvTable(fs.readFileSync(file, 'utf8'), file),
        await loadGemeenteResolver(manager, aliasFile),
      );
      for (const error of errors)
        warnings.push(`masterplan_projecten.csv: ${formatRowError(error)} — rij niet geladen`);
      return writeProjects(manager, records, { importId, dataset: 'gepubliceerd' });
    },
  };
}
