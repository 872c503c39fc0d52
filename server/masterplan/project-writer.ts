/**
 * Writes masterplan projects: upsert on (dataset, name, city); placed on the gemeente's
 * surface ('gemeente' precision) when the place is a gemeente, without a point when national.
 */
import type { EntityManager } from 'typeorm';
import type { Dataset } from '../../common/domain.js';
import type { ProjectRecord } from './project-rows.js';

export async function writeProjects(
  manager: EntityManager,
  records: ProjectRecord[],
  options: { importId: number; dataset: Dataset },
): Promise<number> {
  const rows = records.map((r) => ({
    masterplan: r.masterplan,
    name: r.name,
    city: r.city,
    gemeente_code: r.gemeenteCode,
    kind: r.kind,
    kind_as_written: r.kindAsWritten,
    status: r.status,
    period: r.period,
    planned_workplaces: r.plannedWorkplaces,
    source_url: r.sourceUrl,
    note: r.note,
  }));
  await manager.query(
    `INSERT INTO masterplan_project AS p (masterplan, name, city, gemeente_code, geom, location_precision, kind, kind_as_written, status, period,
       planned_workplaces, source_url, note, dataset, import_id)
     SELECT r.masterplan, r.name, r.city, r.gemeente_code, g.point, CASE WHEN g.point IS NULL THEN NULL ELSE 'gemeente' END, r.kind, r.kind_as_written,
            r.status, r.period, r.planned_workplaces, r.source_url, r.note, $2, $3
       FROM jsonb_to_recordset($1::jsonb) AS r(masterplan text, name text, city text, gemeente_code text, kind text, kind_as_written text,
            status text, period text, planned_workplaces int, source_url text, note text)
       LEFT JOIN LATERAL (SELECT ST_PointOnSurface(geom) AS point FROM region WHERE kind = 'gemeente' AND code = r.gemeente_code ORDER BY year DESC LIMIT 1) g ON true
     ON CONFLICT ON CONSTRAINT uq_masterplan_project DO UPDATE SET
       masterplan = EXCLUDED.masterplan, gemeente_code = EXCLUDED.gemeente_code, geom = EXCLUDED.geom, location_precision = EXCLUDED.location_precision,
       kind = EXCLUDED.kind, kind_as_written = EXCLUDED.kind_as_written, status = EXCLUDED.status, period = EXCLUDED.period,
       planned_workplaces = EXCLUDED.planned_workplaces, source_url = EXCLUDED.source_url, note = EXCLUDED.note, import_id = EXCLUDED.import_id, version = p.version + 1`,
    [JSON.stringify(rows), options.dataset, options.importId],
  );
  return rows.length;
}
