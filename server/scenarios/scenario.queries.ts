/**
 * The planned changes a scenario applies: location cases (fte moving between provinces) and
 * masterplan projects (workplaces added or removed), each resolved to its province through its
 * region code or site → gemeente → provincie. Newest division year.
 */
import { visibleCases } from '../cases/visible-cases.queries.js';
import type { Queryable } from '../common/sql.js';
import { queryRows, sql, toNumber, val, type SQL } from '../common/sql.js';
import type { Viewer } from '../auth/viewer.js';

export interface PlannedCase {
  id: number;
  title: string;
  kind: string;
  dataset: string;
  fteChange: number | null;
  fromProvince: string | null;
  toProvince: string | null;
}

/** The province of a region code or of a site (through its gemeente); `of` is a column expression. */
const provinceOfRegion = (of: SQL) =>
  sql`(SELECT r.provincie_code FROM region r WHERE r.code = ${of} ORDER BY r.year DESC LIMIT 1)`;
const provinceOfSite = (of: SQL) =>
  sql`(SELECT r.provincie_code FROM site s JOIN region r ON r.code = s.gemeente_code WHERE s.id = ${of} ORDER BY r.year DESC LIMIT 1)`;

/** The cases with these ids that the viewer may see; a confidential one is absent for others. */
export async function plannedCases(db: Queryable, viewer: Viewer, ids: number[]): Promise<PlannedCase[]> {
  const rows = await queryRows<{
    id: number;
    title: string;
    kind: string;
    dataset: string;
    fte_change: string | null;
    from_p: string | null;
    to_p: string | null;
  }>(
    db,
    sql`SELECT c.id, c.title, c.kind, c.dataset, c.fte_change,
            COALESCE(${provinceOfSite(sql`c.from_site_id`)}, ${provinceOfRegion(sql`c.from_region_code`)}) AS from_p,
            COALESCE(${provinceOfSite(sql`c.to_site_id`)}, ${provinceOfRegion(sql`c.to_region_code`)}) AS to_p
       FROM ${visibleCases(viewer, 'c')} WHERE c.id = ANY(${val(ids)}::int[]) ORDER BY c.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    kind: r.kind,
    dataset: r.dataset,
    fteChange: toNumber(r.fte_change),
    fromProvince: r.from_p,
    toProvince: r.to_p,
  }));
}

export interface PlannedProject {
  id: number;
  name: string;
  kind: string;
  dataset: string;
  plannedWorkplaces: number | null;
  province: string | null;
}

export async function plannedProjects(db: Queryable, ids: number[]): Promise<PlannedProject[]> {
  const rows = await queryRows<{
    id: number;
    name: string;
    kind: string;
    dataset: string;
    planned_workplaces: number | null;
    province: string | null;
  }>(
    db,
    sql`SELECT p.id, p.name, p.kind, p.dataset, p.planned_workplaces,
            COALESCE(${provinceOfSite(sql`p.site_id`)}, ${provinceOfRegion(sql`p.gemeente_code`)}) AS province
       FROM masterplan_project p WHERE p.id = ANY(${val(ids)}::int[]) ORDER BY p.id`,
  );
  return rows.map((r) => ({
    id: r.id,
    name: r.name,
    kind: r.kind,
    dataset: r.dataset,
    plannedWorkplaces: r.planned_workplaces,
    province: r.province,
  }));
}
