/** Writes the fictional location cases and masterplan projects of the demonstration dataset. */
import type { EntityManager } from 'typeorm';
import { DEMO_LABEL, DEMO_SOURCE, type DemoData } from './demo-generator.js';

export async function writeDemoPlanning(manager: EntityManager, data: DemoData, importId: number): Promise<void> {
  await manager.query(
    `INSERT INTO location_case (title, organisation_id, organisation_name, kind, fte_change, fte_change_as_written, from_region_code, to_region_code, status, source_url, note, dataset, import_id)
     SELECT c.title, o.id, c.organisation, c.kind, c.fte_change, c.fte_change::text || ' fte (fictief)', c.from_region_code, c.to_region_code, c.status, $2, $3, 'demo', $4
       FROM jsonb_to_recordset($1::jsonb) AS c(title text, organisation text, kind text, fte_change numeric, from_region_code text, to_region_code text, status text)
       LEFT JOIN organisation o ON o.name = c.organisation`,
    [
      JSON.stringify(
        data.cases.map((c) => ({
          title: c.title,
          organisation: c.organisation,
          kind: c.kind,
          fte_change: c.fteChange,
          from_region_code: c.fromRegionCode,
          to_region_code: c.toRegionCode,
          status: c.status,
        })),
      ),
      DEMO_SOURCE,
      `Fictieve casus (${DEMO_LABEL}).`,
      importId,
    ],
  );
  await manager.query(
    `INSERT INTO masterplan_project (masterplan, name, city, gemeente_code, geom, location_precision, kind, kind_as_written, status, period, planned_workplaces, source_url, note, dataset, import_id)
     SELECT 'Fictief masterplan (voorbeelddata)', p.name, p.city, p.gemeente_code,
            (SELECT ST_PointOnSurface(r.geom) FROM region r WHERE r.kind = 'gemeente' AND r.code = p.gemeente_code ORDER BY r.year DESC LIMIT 1), 'gemeente',
            p.kind, p.kind, p.status, p.period, p.planned_workplaces, $2, $3, 'demo', $4
       FROM jsonb_to_recordset($1::jsonb) AS p(name text, city text, gemeente_code text, kind text, status text, period text, planned_workplaces int)`,
    [
      JSON.stringify(
        data.projects.map((p) => ({
          name: p.name,
          city: p.city,
          gemeente_code: p.gemeenteCode,
          kind: p.kind,
          status: p.status,
          period: p.period,
          planned_workplaces: p.plannedWorkplaces,
        })),
      ),
      DEMO_SOURCE,
      `Fictief project (${DEMO_LABEL}).`,
      importId,
    ],
  );
}
