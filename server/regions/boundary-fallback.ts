/**
 * The last resort without a boundary folder and without network: a coarse set of the twelve
 * provinces from an npm data package (@amcharts/amcharts5-geodata, netherlandsLow), written in
 * the CBS file layout with CBS codes and names. Coarse and without COROP, gemeente and
 * arbeidsmarktregio: the seed logs a warning and stores a data notice for the API. The
 * package's licence asks for attribution ("amCharts"); see seeds/README.md.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';

export const FALLBACK_MODULE = '@amcharts/amcharts5-geodata/json/netherlandsLow.json';
export const FALLBACK_SOURCE =
  'Grove terugval: provinciegrenzen uit npm-pakket @amcharts/amcharts5-geodata (netherlandsLow), © amCharts; geen CBS-grenzen';
/** The provinces have not changed since 1986; the CBS files we normally load are of 2024. */
export const FALLBACK_YEAR = 2024;

/** ISO 3166-2 code (as in the package) → CBS code and name. */
const PROVINCES: Record<string, [string, string]> = {
  'NL-GR': ['PV20', 'Groningen'],
  'NL-FR': ['PV21', 'Fryslân'],
  'NL-DR': ['PV22', 'Drenthe'],
  'NL-OV': ['PV23', 'Overijssel'],
  'NL-FL': ['PV24', 'Flevoland'],
  'NL-GE': ['PV25', 'Gelderland'],
  'NL-UT': ['PV26', 'Utrecht'],
  'NL-NH': ['PV27', 'Noord-Holland'],
  'NL-ZH': ['PV28', 'Zuid-Holland'],
  'NL-ZE': ['PV29', 'Zeeland'],
  'NL-NB': ['PV30', 'Noord-Brabant'],
  'NL-LI': ['PV31', 'Limburg'],
};

/** Writes cbs_provincie_<year>.geojson from the package into folder; throws when it is not installed. */
export function writeFallbackProvinces(folder: string, moduleId = FALLBACK_MODULE): string {
  const require = createRequire(import.meta.url);
  let file: string;
  try {
    file = require.resolve(moduleId);
  } catch {
    throw new Error(
      `Terugval-grenzen niet beschikbaar: npm-pakket ${moduleId.split('/json/')[0]} is niet geïnstalleerd`,
    );
  }
  const source = JSON.parse(fs.readFileSync(file, 'utf8')) as {
    features: { id?: string; properties?: { id?: string }; geometry: unknown }[];
  };
  const features = source.features
    .map((f) => ({ iso: f.id ?? f.properties?.id ?? '', geometry: f.geometry }))
    .filter((f) => f.iso in PROVINCES)
    .map((f) => ({
      type: 'Feature',
      properties: { statcode: PROVINCES[f.iso]![0], statnaam: PROVINCES[f.iso]![1] },
      geometry: f.geometry,
    }));
  if (features.length !== 12)
    throw new Error(`Terugval-grenzen: ${features.length} in plaats van 12 provincies gevonden in ${moduleId}`);
  fs.mkdirSync(folder, { recursive: true });
  const out = path.join(folder, `cbs_provincie_${FALLBACK_YEAR}.geojson`);
  fs.writeFileSync(out, JSON.stringify({ type: 'FeatureCollection', features }));
  return out;
}
