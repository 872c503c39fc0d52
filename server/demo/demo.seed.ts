/**
 * Loads the demonstration dataset on request (`--demo` / DEMO_DATA=true), stored apart from
 * published data: dataset = 'demo' on every row, names that say "Fictieve …", sites placed on
 * gemeente surfaces only (precision 'gemeente'), notes and sources labelled fictieve
 * voorbeelddata. Idempotent through its import_run; removeDemoData takes it all out again.
 */
import crypto from 'node:crypto';
import type { DataSource, EntityManager } from 'typeorm';
import { queryRows, sql } from '../common/sql.js';
import { findRunByHash, finishRun, runIdsOfKind, startRun } from '../tables/import-run.queries.js';
import {
  DEMO_LABEL,
  DEMO_SEED,
  DEMO_SOURCE,
  DEMO_VERSION,
  generateDemoData,
  type DemoData,
  type DemoInput,
} from './demo-generator.js';
import { writeDemoPlanning } from './demo-planning.writer.js';

const KIND = 'demo';

export async function loadDemoInput(db: DataSource | EntityManager): Promise<DemoInput> {
  const provinces = await queryRows<{ code: string; inhabitants: number }>(
    db,
    `SELECT region_code AS code, inhabitants FROM population WHERE region_code LIKE 'PV%' AND peildatum = (SELECT max(peildatum) FROM population)`,
  );
  const gemeenten = await queryRows<{ code: string; name: string; provincieCode: string; isRandstad: boolean }>(
    db,
    `SELECT code, name, provincie_code AS "provincieCode", is_randstad AS "isRandstad" FROM region WHERE kind = 'gemeente' AND year = (SELECT max(year) FROM region WHERE kind = 'gemeente') ORDER BY code`,
  );
  return { provinces, gemeenten };
}

export function demoHash(input: DemoInput): string {
  return crypto
    .createHash('sha256')
    .update(`${DEMO_VERSION}|${DEMO_SEED}|${JSON.stringify(input)}`)
    .digest('hex');
}

export async function isDemoLoaded(db: DataSource): Promise<boolean> {
  return (await findRunByHash(db, KIND, demoHash(await loadDemoInput(db)), 'demo')) !== undefined;
}

export async function loadDemoData(db: DataSource): Promise<{ status: 'geladen' | 'ongewijzigd'; fteRows: number }> {
  const input = await loadDemoInput(db);
  if (input.gemeenten.length === 0 || input.provinces.length === 0)
    throw new Error('Voorbeelddata vraagt gemeentegrenzen en bevolkingscijfers: laad eerst de seeds');
  const hash = demoHash(input);
  if (await findRunByHash(db, KIND, hash, 'demo')) return { status: 'ongewijzigd', fteRows: 0 };
  const data = generateDemoData(input);
  return db.transaction(async (manager) => {
    await clearDemo(manager);
    const importId = await startRun(manager, {
      kind: KIND,
      fileName: `${DEMO_VERSION} (seed ${DEMO_SEED}, ${DEMO_LABEL})`,
      fileHash: hash,
      dataset: 'demo',
      actor: 'demo',
    });
    const written = await writeDemo(manager, data, importId);
    await writeDemoPlanning(manager, data, importId);
    await finishRun(manager, importId, { total: written, written, rejected: 0 });
    return { status: 'geladen', fteRows: written };
  });
}

export async function removeDemoData(db: DataSource): Promise<void> {
  await db.transaction(clearDemo);
}

async function clearDemo(manager: EntityManager): Promise<void> {
  for (const table of ['fte_count', 'location_case', 'masterplan_project', 'site'])
    await queryRows(manager, sql`DELETE FROM ${sql.identifier(table)} WHERE dataset = 'demo'`);
  await manager.query(`DELETE FROM organisation WHERE dataset = 'demo' AND import_id = ANY($1::int[])`, [
    await runIdsOfKind(manager, KIND),
  ]);
  // The runs go too: with their rows gone, "loaded" must read false again.
  await manager.query(`DELETE FROM import_run WHERE kind = $1 AND dataset = 'demo'`, [KIND]);
}

async function writeDemo(manager: EntityManager, data: DemoData, importId: number): Promise<number> {
  await manager.query(
    `INSERT INTO organisation (name, sector, source, dataset, import_id) SELECT o.name, o.sector, $2, 'demo', $3
       FROM jsonb_to_recordset($1::jsonb) AS o(name text, sector text) ON CONFLICT (name) DO NOTHING`,
    [JSON.stringify(data.organisations), DEMO_LABEL, importId],
  );
  await manager.query(
    `INSERT INTO site (kind, name, city, gemeente_code, geom, location_precision, source_url, note, dataset, import_id)
     SELECT 'rijkskantoor', s.name, s.city, s.gemeente_code, (SELECT ST_PointOnSurface(r.geom) FROM region r WHERE r.kind = 'gemeente' AND r.code = s.gemeente_code ORDER BY r.year DESC LIMIT 1),
            'gemeente', $2, $3, 'demo', $4
       FROM jsonb_to_recordset($1::jsonb) AS s(name text, city text, gemeente_code text)`,
    [
      JSON.stringify(data.sites.map((s) => ({ name: s.name, city: s.city, gemeente_code: s.gemeenteCode }))),
      DEMO_SOURCE,
      `Fictieve locatie (${DEMO_LABEL}); geen echt adres.`,
      importId,
    ],
  );
  await manager.query(
    `INSERT INTO site_organisation (site_id, organisation_id)
     SELECT s.id, o.id FROM jsonb_to_recordset($1::jsonb) AS l(site text, organisation text)
       JOIN site s ON s.name = l.site AND s.dataset = 'demo' JOIN organisation o ON o.name = l.organisation`,
    [
      JSON.stringify(
        data.sites.flatMap((s) => s.organisations.map((organisation) => ({ site: s.name, organisation }))),
      ),
    ],
  );
  await manager.query(
    `INSERT INTO fte_count (peildatum, peildatum_basis, scope, site_id, sector, organisation_id, fte, source_url, source_title, dataset, import_id)
     SELECT f.peildatum, 'stated', 'locatie', s.id, f.sector, o.id, f.fte, $2, $3, 'demo', $4
       FROM jsonb_to_recordset($1::jsonb) AS f(site text, organisation text, sector text, peildatum date, fte numeric)
       JOIN site s ON s.name = f.site AND s.dataset = 'demo' JOIN organisation o ON o.name = f.organisation`,
    [JSON.stringify(data.fte), DEMO_SOURCE, DEMO_LABEL, importId],
  );
  // The national total of the demo deliveries, so national views work on the demo dataset too.
  await manager.query(
    `INSERT INTO fte_count (peildatum, peildatum_basis, scope, fte, source_url, source_title, note, dataset, import_id)
     SELECT peildatum, 'stated', 'nationaal', sum(fte), $1, $2, 'Som van de fictieve leveringen', 'demo', $3
       FROM fte_count WHERE dataset = 'demo' AND scope = 'locatie' GROUP BY peildatum`,
    [DEMO_SOURCE, DEMO_LABEL, importId],
  );
  return data.fte.length;
}
