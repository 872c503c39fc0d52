/**
 * Writing sites: validate everything first (typed errors), then write the site, its
 * organisations and its AuditEntry in one transaction — a refused site leaves no trace.
 * Updates use optimistic locking (a stale version is a CONFLICT and changes nothing).
 */
import type { DataSource } from 'typeorm';
import { writeAudit } from '../audit/audit.js';
import { insertRow, updateVersioned, type ColumnValue, type TableSpec } from '../audit/versioned-row.js';
import { translateConstraint } from '../common/db-errors.js';
import { checkGeometry } from '../common/spatial.js';
import { sql, type Queryable } from '../common/sql.js';
import { ValidationError } from '../common/errors.js';
import { gemeenteAt, regionCodeExists } from '../regions/region-search.queries.js';
import { replaceSiteOrganisations, siteOrganisationIds } from './site-organisation.queries.js';
import { SITE_COLUMNS, type NewSite, type SiteRow } from './site.queries.js';
import { mergeSite, validateSiteFields, type SiteFields } from './site.validation.js';

export interface CreateSiteInput extends Omit<NewSite, 'geometryJson'> {
  location: unknown;
  organisationIds?: number[] | null;
}

export type SitePatchInput = Partial<CreateSiteInput>;

const SITE_TABLE: TableSpec = { table: 'site', alias: 's', returning: SITE_COLUMNS, what: 'Locatie' };

/** Input field → column. `satisfies` makes a new writable field without a column a compile error. */
const COLUMNS = {
  kind: 'kind',
  name: 'name',
  address: 'address',
  city: 'city',
  gemeenteCode: 'gemeente_code',
  locationPrecision: 'location_precision',
  grossFloorAreaM2: 'gross_floor_area_m2',
  workplaces: 'workplaces',
  tenure: 'tenure',
  inUseSince: 'in_use_since',
  ropStatus: 'rop_status',
  ropOpenedOn: 'rop_opened_on',
  sourceUrl: 'source_url',
  note: 'note',
  dataset: 'dataset',
  importId: 'import_id',
} satisfies Record<Exclude<keyof CreateSiteInput, 'location' | 'organisationIds'>, string>;

const CONSTRAINTS = {
  // A site without a place is unique by name within its dataset (NULLS NOT DISTINCT).
  uq_site_dataset_name_city: {
    field: 'name',
    message:
      'Er bestaat in deze dataset al een locatie met deze naam in deze plaats (of, zonder plaats, met deze naam)',
  },
  site_organisation_organisation_id_fkey: { field: 'organisationIds', message: 'Een van de organisaties bestaat niet' },
};

export async function createSite(db: DataSource, input: CreateSiteInput, actor: string): Promise<SiteRow> {
  validateSiteFields(input as SiteFields);
  const geometry = JSON.stringify(await checkGeometry(db, input.location, { allowed: ['Point'] }));
  const gemeenteCode = await resolveGemeente(db, input.gemeenteCode ?? null, geometry);
  const values = columnValues({ ...input, gemeenteCode }, geometry);
  try {
    return await db.transaction(async (manager) => {
      const site = await insertRow<SiteRow>(manager, SITE_TABLE, values);
      const organisationIds = await replaceSiteOrganisations(manager, site.id, input.organisationIds ?? []);
      await writeAudit(manager, {
        actor,
        action: 'create',
        entity: 'site',
        entityId: site.id,
        before: null,
        after: { ...site, organisationIds },
      });
      return site;
    });
  } catch (error) {
    return translateConstraint(error, CONSTRAINTS);
  }
}

export async function updateSite(
  db: DataSource,
  id: number,
  version: number,
  patch: SitePatchInput,
  actor: string,
): Promise<SiteRow> {
  const geometry =
    patch.location === undefined
      ? undefined
      : JSON.stringify(await checkGeometry(db, patch.location, { allowed: ['Point'] }));
  try {
    return await db.transaction(async (manager) => {
      const gemeenteCode =
        patch.gemeenteCode !== undefined || geometry
          ? await resolveGemeente(manager, patch.gemeenteCode ?? null, geometry)
          : undefined;
      const changes = { ...patch, ...(gemeenteCode !== undefined ? { gemeenteCode } : {}) };
      const { before, after } = await updateVersioned<SiteRow>(manager, SITE_TABLE, {
        id,
        version,
        values: columnValues(changes, geometry),
        check: (stored) => validateSiteFields(mergeSite(stored, patch as Partial<SiteFields>)),
      });
      const beforeOrganisations = await siteOrganisationIds(manager, id);
      const organisationIds =
        patch.organisationIds === undefined
          ? beforeOrganisations
          : await replaceSiteOrganisations(manager, id, patch.organisationIds ?? []);
      await writeAudit(manager, {
        actor,
        action: 'update',
        entity: 'site',
        entityId: id,
        before: { ...before, organisationIds: beforeOrganisations },
        after: { ...after, organisationIds },
      });
      return after;
    });
  } catch (error) {
    return translateConstraint(error, CONSTRAINTS);
  }
}

function columnValues(input: SitePatchInput, geometry: string | undefined): ColumnValue[] {
  const values: ColumnValue[] = [];
  for (const [field, column] of Object.entries(COLUMNS) as [keyof typeof COLUMNS, string][]) {
    if (input[field] !== undefined) values.push({ column, value: input[field] });
  }
  if (geometry !== undefined)
    values.push({ column: 'geom', value: geometry, sql: (v) => sql`ST_SetSRID(ST_GeomFromGeoJSON(${v}), 4326)` });
  return values;
}

/** A given gemeente code must exist; without one, the gemeente containing the point is used. */
async function resolveGemeente(
  db: Queryable,
  code: string | null,
  geometry: string | undefined,
): Promise<string | null> {
  if (code) {
    const normalised = code.trim().toUpperCase();
    if (!(await regionCodeExists(db, normalised, 'gemeente')))
      throw new ValidationError('gemeenteCode', `Onbekende gemeentecode "${code}"`);
    return normalised;
  }
  return geometry ? gemeenteAt(db, geometry) : null;
}
