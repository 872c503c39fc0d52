/**
 * Seeds the published location-advice cases (seeds/locations/casussen.csv). Our additions per
 * row: kind_code (groei/krimp/overig) and fte_change_value, filled only where the source gives
 * an exact change in fte or voltijdsbanen (mapping_note says why). Beside it,
 * casussen_verplaatsingen.csv gives, per organisation, fte that move in one step as the source
 * states them (fte_moving_value): negative when they leave the named place (then that place is
 * the case's origin), positive when they arrive. The advice rule counts them (issue 16).
 * The case's region is its gemeente, or its province when the source names only a province ("Drenthe (o.a. Assen)").
 */
import path from 'node:path';
import { gemeenteState, type SeedStep } from '../tables/seed-step.js';
import { orNull, readSeedCsv } from '../tables/seed-csv.js';
import { queryRows } from '../common/sql.js';
import { loadGemeenteResolver, normalisePlace } from '../regions/gemeente-resolver.service.js';
import { loadOrganisationMatcher } from '../organisations/organisation.seed.js';

/** Province names as sources write them that differ from CBS ("Friesland" → "Fryslân"). */
const PROVINCE_ALIASES: Record<string, string> = { friesland: 'fryslan' };

/** Moves beside the case list, keyed by its organisation column. */
function readMoves(file: string): Map<string, number> {
  const rows = readSeedCsv(file, ['organisation', 'fte_moving_value']);
  return new Map(rows.map(({ values: v }) => [v.organisation!.trim(), Number(v.fte_moving_value)]));
}

export function caseStep(file: string, aliasFile: string, organisationFile: string, warnings: string[]): SeedStep {
  const movesFile = path.join(path.dirname(file), 'casussen_verplaatsingen.csv');
  return {
    kind: 'seed:casussen',
    files: [file, aliasFile, organisationFile, movesFile],
    stateSalt: gemeenteState,
    clear: (manager, ids) =>
      manager
        .query(`DELETE FROM location_case WHERE dataset = 'gepubliceerd' AND import_id = ANY($1::int[])`, [ids])
        .then(() => undefined),
    async load(manager, importId) {
      const gemeenten = await loadGemeenteResolver(manager, aliasFile);
      const matchOrganisation = await loadOrganisationMatcher(manager, organisationFile, 'gepubliceerd');
      const provinces = await queryRows<{ code: string; name: string }>(
        manager,
        `SELECT DISTINCT code, name FROM region WHERE kind = 'provincie'`,
      );
      const provinceCode = (name: string) => {
        const key = PROVINCE_ALIASES[normalisePlace(name)] ?? normalisePlace(name);
        return provinces.find((p) => normalisePlace(p.name) === key)?.code ?? null;
      };
      const moves = readMoves(movesFile);
      const rows = readSeedCsv(file, [
        'organisation',
        'city',
        'province',
        'kind',
        'status',
        'kind_code',
        'fte_change_value',
      ]).map(({ line, values: v }) => {
        const region = gemeenten.resolve(v.city)?.code ?? provinceCode(v.city!) ?? provinceCode(v.province!);
        if (!region)
          warnings.push(`casussen.csv, regel ${line}: plaats "${v.city}" niet gevonden; casus zonder regio geladen`);
        const moving = moves.get(v.organisation!.trim()) ?? null;
        moves.delete(v.organisation!.trim());
        const shrink = v.kind_code === 'krimp' || (moving !== null && moving < 0);
        const organisation = v.organisation!.split(' - ')[0]!.trim();
        return {
          title: `${v.organisation}: ${v.kind}`,
          organisation_id: matchOrganisation(organisation),
          organisation_name: v.organisation,
          kind: v.kind_code,
          kind_as_written: v.kind,
          fte_change: orNull(v.fte_change_value),
          fte_change_as_written: orNull(v.fte_change),
          fte_moving: moving === null ? null : Math.abs(moving),
          from_region_code: shrink ? region : null,
          to_region_code: shrink ? null : region,
          status: v.status,
          source_url: v.source_url,
          note:
            [orNull(v.note), orNull(v.mapping_note) ? `Toelichting bij de overname: ${v.mapping_note}` : null]
              .filter(Boolean)
              .join(' ') || null,
        };
      });
      for (const organisation of moves.keys())
        warnings.push(`casussen_verplaatsingen.csv: geen casus van "${organisation}" in casussen.csv`);
      await manager.query(
        `INSERT INTO location_case (title, organisation_id, organisation_name, kind, kind_as_written, fte_change, fte_change_as_written, fte_moving,
           from_region_code, to_region_code, status, source_url, note, dataset, import_id)
         SELECT r.title, r.organisation_id, r.organisation_name, r.kind, r.kind_as_written, r.fte_change, r.fte_change_as_written, r.fte_moving,
                r.from_region_code, r.to_region_code, r.status, r.source_url, r.note, 'gepubliceerd', $2
           FROM jsonb_to_recordset($1::jsonb) AS r(title text, organisation_id int, organisation_name text, kind text, kind_as_written text,
                fte_change numeric, fte_change_as_written text, fte_moving numeric, from_region_code text, to_region_code text, status text, source_url text, note text)`,
        [JSON.stringify(rows), importId],
      );
      return rows.length;
    },
  };
}
