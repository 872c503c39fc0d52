/**
 * `npm run import -- <soort> <bestand> [opties]`: a thin shell around server/imports.
 *   soort: fte | sites | projects | profiles | boundaries
 *   --accept-valid      schrijf de goede rijen en meld de foute (standaard: niets bij een fout)
 *   --actor NAAM        wie importeert (standaard $USER)
 *   --demo              schrijf naar de fictieve voorbeelddata (dataset demo); raakt nooit gepubliceerde rijen
 *                       (niet voor profiles en boundaries: die zijn gedeeld en gepubliceerd)
 *   --source-url URL    bron op elke rij (standaard: de levering zelf)
 *   --year JAAR         indelingsjaar (alleen boundaries)
 * Exit code: 0 geïmporteerd of ongewijzigd, 1 geweigerd (fouten op stderr), 2 verkeerd gebruik.
 */
import 'reflect-metadata';
import os from 'node:os';
import { loadConfig } from '../config.js';
import { openDatabase } from '../db/database.js';
import { ImportDatasetError, runImport } from '../imports/import.service.js';
import { IMPORT_KINDS } from '../imports/kinds.js';
import { createProgress } from '../imports/progress.js';
import { formatRowError, ImportRejectedError } from '../tables/row-errors.js';
import { TableReadError } from '../tables/table-reader.js';
import { createGeocoder } from '../geocoding/create-geocoder.js';
import { seedFile } from '../../seeds/paths.js';

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
const positional = args.filter(
  (a, i) => !a.startsWith('--') && !['--actor', '--source-url', '--year'].includes(args[i - 1] ?? ''),
);
const [kind, file] = positional;
const handler = kind ? IMPORT_KINDS[kind] : undefined;
if (!handler || !file) {
  console.error(
    `Gebruik: npm run import -- <${Object.keys(IMPORT_KINDS).join('|')}> <bestand> [--accept-valid] [--actor NAAM] [--demo] [--source-url URL] [--year JAAR]`,
  );
  process.exit(2);
}

const config = loadConfig(process.env, []);
const database = await openDatabase(config);
const progress = createProgress(process.stderr, `Import ${kind}`);
let exitCode = 0;
try {
  const result = await runImport(database.dataSource, handler, {
    file,
    actor: option('--actor') ?? process.env.USER ?? os.userInfo().username,
    acceptValid: args.includes('--accept-valid'),
    dataset: args.includes('--demo') ? 'demo' : 'gepubliceerd',
    sourceUrl: option('--source-url'),
    year: option('--year') ? Number(option('--year')) : undefined,
    aliasFile: seedFile('gemeente_aliases.csv'),
    geocoder: createGeocoder(database.dataSource, config),
    progress,
  });
  progress.done();
  if (result.status === 'ongewijzigd')
    console.log(`Ongewijzigd: dit bestand is al geïmporteerd (import ${result.importId}); er is niets geschreven.`);
  else
    console.log(
      `Geïmporteerd (import ${result.importId}): ${result.rowsWritten} van ${result.rowsTotal} rijen geschreven, ${result.rowsRejected} geweigerd.`,
    );
  for (const error of result.errors) console.error(`  geweigerd: ${formatRowError(error)}`);
} catch (error) {
  progress.done();
  if (error instanceof ImportRejectedError) {
    console.error(`Geweigerd: ${error.errors.length} fout(en) in ${error.rowsTotal} rijen; er is niets geschreven.`);
    for (const e of error.errors) console.error(`  ${formatRowError(e)}`);
    exitCode = 1;
  } else if (error instanceof TableReadError) {
    console.error(`Geweigerd: ${error.message}`);
    exitCode = 1;
  } else if (error instanceof ImportDatasetError) {
    console.error(`Geweigerd: ${error.message}`);
    exitCode = 2;
  } else {
    throw error;
  }
} finally {
  await database.close();
}
process.exit(exitCode);
