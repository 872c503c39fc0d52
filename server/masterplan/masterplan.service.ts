/**
 * Planner writes for masterplan projects: validate (typed errors per field), then write the row
 * and its AuditEntry in one transaction. Updates are optimistic-locked on `version`.
 */
import type { Point } from 'geojson';
import type { DataSource } from 'typeorm';
import { auditedInsert, auditedUpdate, valuesFor } from '../audit/audited-write.js';
import type { ColumnValue, TableSpec } from '../audit/versioned-row.js';
import { DATASETS, LOCATION_PRECISIONS, PROJECT_KINDS } from '../../common/domain.js';
import { ValidationError } from '../common/errors.js';
import { checkGeometry } from '../common/spatial.js';
import { sql, type Queryable } from '../common/sql.js';
import {
  applyPatch,
  limitLength,
  optionalNonNegativeInt,
  requireOneOf,
  requireSource,
  requireText,
} from '../common/validate.js';
import { gemeenteAt, regionCodeExists } from '../regions/region-search.queries.js';
import { sitesByIds } from '../sites/site-search.queries.js';
import type { MasterplanProjectInput, MasterplanProjectPatch } from './masterplan.input.js';
import { PROJECT_COLUMNS, type ProjectRow } from './masterplan.queries.js';

const TABLE: TableSpec = {
  table: 'masterplan_project',
  alias: 'p',
  returning: PROJECT_COLUMNS,
  what: 'Masterplanproject',
};

/** Input field → column; a new input field without a column does not compile. */
const COLUMNS = {
  masterplan: 'masterplan',
  name: 'name',
  siteId: 'site_id',
  city: 'city',
  gemeenteCode: 'gemeente_code',
  locationPrecision: 'location_precision',
  kind: 'kind',
  kindAsWritten: 'kind_as_written',
  status: 'status',
  period: 'period',
  plannedWorkplaces: 'planned_workplaces',
  sourceUrl: 'source_url',
  note: 'note',
  dataset: 'dataset',
} satisfies Record<Exclude<keyof MasterplanProjectInput, 'location'>, string>;

type ProjectFields = Omit<MasterplanProjectInput, 'location'> & { hasLocation: boolean };

/** A project is one per name and place within a dataset (the importer's key). */
const CONSTRAINTS = {
  uq_masterplan_project: { field: 'name', message: 'Er bestaat al een masterplanproject met deze naam in deze plaats' },
};

function validate(p: ProjectFields): void {
  requireText('name', p.name, 'Naam');
  limitLength('city', p.city, 'Plaats');
  requireOneOf('kind', PROJECT_KINDS, p.kind, 'Soort project');
  requireText('status', p.status, 'Status');
  optionalNonNegativeInt('plannedWorkplaces', p.plannedWorkplaces, 'Aantal geplande werkplekken');
  requireSource('sourceUrl', p.sourceUrl, p.dataset);
  requireOneOf('dataset', DATASETS, p.dataset, 'Dataset');
  if (p.hasLocation)
    requireOneOf('locationPrecision', LOCATION_PRECISIONS, p.locationPrecision, 'Nauwkeurigheid van de ligging');
}

async function checkReferences(
  db: Queryable,
  p: { siteId?: number | null; gemeenteCode?: string | null },
): Promise<void> {
  if (p.siteId != null && (await sitesByIds(db, [p.siteId])).length === 0)
    throw new ValidationError('siteId', `Locatie ${p.siteId} bestaat niet`);
  if (p.gemeenteCode && !(await regionCodeExists(db, p.gemeenteCode, 'gemeente')))
    throw new ValidationError('gemeenteCode', `Onbekende gemeentecode "${p.gemeenteCode}"`);
}

async function locationValue(
  db: Queryable,
  location: Point | null | undefined,
): Promise<{ values: ColumnValue[]; geometry?: string }> {
  if (location === undefined) return { values: [] };
  if (location === null) return { values: [{ column: 'geom', value: null }] };
  const geometry = JSON.stringify(await checkGeometry(db, location, { allowed: ['Point'] }));
  return {
    geometry,
    values: [{ column: 'geom', value: geometry, sql: (v) => sql`ST_SetSRID(ST_GeomFromGeoJSON(${v}), 4326)` }],
  };
}

export async function createProject(db: DataSource, input: MasterplanProjectInput, actor: string): Promise<ProjectRow> {
  validate({ ...input, hasLocation: Boolean(input.location) });
  await checkReferences(db, input);
  const location = await locationValue(db, input.location);
  const gemeenteCode = input.gemeenteCode ?? (location.geometry ? await gemeenteAt(db, location.geometry) : null);
  const values = [...valuesFor({ ...input, gemeenteCode }, COLUMNS), ...location.values];
  return auditedInsert<ProjectRow>(db, {
    table: TABLE,
    entity: 'masterplan_project',
    values,
    actor,
    constraints: CONSTRAINTS,
  });
}

export async function updateProject(
  db: DataSource,
  id: number,
  version: number,
  patch: MasterplanProjectPatch,
  actor: string,
): Promise<ProjectRow> {
  await checkReferences(db, patch);
  const location = await locationValue(db, patch.location);
  const values = [...valuesFor(patch, COLUMNS), ...location.values];
  return auditedUpdate<ProjectRow>(db, {
    table: TABLE,
    entity: 'masterplan_project',
    id,
    version,
    values,
    actor,
    constraints: CONSTRAINTS,
    check: (stored) => {
      const merged = applyPatch(fieldsOf(stored), patch as Partial<ProjectFields>);
      validate({
        ...merged,
        hasLocation: patch.location === undefined ? stored.geojson !== null : patch.location !== null,
      });
    },
  });
}

function fieldsOf(row: ProjectRow): ProjectFields {
  return {
    masterplan: row.masterplan,
    name: row.name,
    siteId: row.site_id,
    city: row.city,
    gemeenteCode: row.gemeente_code,
    locationPrecision: row.location_precision as MasterplanProjectInput['locationPrecision'],
    kind: row.kind,
    kindAsWritten: row.kind_as_written,
    status: row.status,
    period: row.period,
    plannedWorkplaces: row.planned_workplaces,
    sourceUrl: row.source_url,
    note: row.note,
    dataset: row.dataset,
    hasLocation: row.geojson !== null,
  };
}
