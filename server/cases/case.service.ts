/**
 * Planner writes for location cases: validated (sign of the fte change matches the kind,
 * references exist), audited, optimistic-locked.
 */
import type { DataSource } from 'typeorm';
import { auditedInsert, auditedUpdate, valuesFor } from '../audit/audited-write.js';
import type { TableSpec } from '../audit/versioned-row.js';
import { CASE_KINDS, DATASETS } from '../../common/domain.js';
import { ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { toNumber } from '../common/sql.js';
import { applyPatch, optionalSource, requireOneOf, requireText } from '../common/validate.js';
import { existingOrganisationIds } from '../organisations/organisation.queries.js';
import { regionCodeExists } from '../regions/region-search.queries.js';
import { sitesByIds } from '../sites/site-search.queries.js';
import type { LocationCaseInput, LocationCasePatch } from './case.input.js';
import { CASE_COLUMNS, type CaseRow } from './case.queries.js';

const TABLE: TableSpec = { table: 'location_case', alias: 'lc', returning: CASE_COLUMNS, what: 'Locatiecasus' };

const COLUMNS = {
  title: 'title',
  organisationId: 'organisation_id',
  organisationName: 'organisation_name',
  kind: 'kind',
  kindAsWritten: 'kind_as_written',
  fteChange: 'fte_change',
  fteChangeAsWritten: 'fte_change_as_written',
  fteMoving: 'fte_moving',
  fromRegionCode: 'from_region_code',
  toRegionCode: 'to_region_code',
  fromSiteId: 'from_site_id',
  toSiteId: 'to_site_id',
  status: 'status',
  advice: 'advice',
  decision: 'decision',
  confidential: 'confidential',
  sourceUrl: 'source_url',
  note: 'note',
  dataset: 'dataset',
} satisfies Record<keyof LocationCaseInput, string>;

function validate(c: LocationCaseInput): void {
  requireText('title', c.title, 'Titel');
  requireOneOf('kind', CASE_KINDS, c.kind, 'Soort casus');
  requireText('status', c.status, 'Status');
  requireOneOf('dataset', DATASETS, c.dataset, 'Dataset');
  // The patch type lets every field be null; this one decides who may see the case, so never empty.
  if (typeof c.confidential !== 'boolean')
    throw new ValidationError('confidential', 'Vertrouwelijk moet true of false zijn, niet leeg');
  optionalSource('sourceUrl', c.sourceUrl, c.dataset);
  if (c.fteMoving != null && !(Number.isFinite(c.fteMoving) && c.fteMoving >= 0)) {
    throw new ValidationError(
      'fteMoving',
      'Verhuizende fte is een getal van 0 of meer; de richting volgt uit herkomst en bestemming',
    );
  }
  const fte = c.fteChange;
  if (fte != null && !Number.isFinite(fte))
    throw new ValidationError('fteChange', 'Verandering in fte moet een getal zijn');
  if (fte != null && fte < 0 && (c.kind === 'groei' || c.kind === 'nieuwe_dienst')) {
    throw new ValidationError(
      'fteChange',
      `Bij ${c.kind === 'groei' ? 'groei' : 'een nieuwe dienst'} kan het aantal fte niet negatief zijn (kreeg ${fte})`,
    );
  }
  if (fte != null && fte > 0 && c.kind === 'krimp')
    throw new ValidationError('fteChange', `Bij krimp is de verandering in fte 0 of negatief (kreeg ${fte})`);
}

async function checkReferences(db: Queryable, c: Partial<LocationCaseInput>): Promise<void> {
  for (const field of ['fromRegionCode', 'toRegionCode'] as const) {
    const code = c[field];
    if (code && !(await regionCodeExists(db, code))) throw new ValidationError(field, `Onbekende regiocode "${code}"`);
  }
  for (const field of ['fromSiteId', 'toSiteId'] as const) {
    const id = c[field];
    if (id != null && (await sitesByIds(db, [id])).length === 0)
      throw new ValidationError(field, `Locatie ${id} bestaat niet`);
  }
  if (c.organisationId != null && !(await existingOrganisationIds(db, [c.organisationId])).has(c.organisationId)) {
    throw new ValidationError('organisationId', `Organisatie ${c.organisationId} bestaat niet`);
  }
}

function normalised<T extends Partial<LocationCaseInput>>(c: T): T {
  const upper = (code: string | null | undefined) => (typeof code === 'string' ? code.trim().toUpperCase() : code);
  return { ...c, fromRegionCode: upper(c.fromRegionCode), toRegionCode: upper(c.toRegionCode) };
}

export async function createCase(db: DataSource, raw: LocationCaseInput, actor: string): Promise<CaseRow> {
  const input = normalised(raw);
  validate(input);
  await checkReferences(db, input);
  return auditedInsert<CaseRow>(db, {
    table: TABLE,
    entity: 'location_case',
    values: valuesFor(input, COLUMNS),
    actor,
  });
}

export async function updateCase(
  db: DataSource,
  id: number,
  version: number,
  raw: LocationCasePatch,
  actor: string,
): Promise<CaseRow> {
  const patch = normalised(raw);
  await checkReferences(db, patch);
  return auditedUpdate<CaseRow>(db, {
    table: TABLE,
    entity: 'location_case',
    id,
    version,
    values: valuesFor<LocationCaseInput>(patch, COLUMNS),
    actor,
    check: (stored) => validate(applyPatch(fieldsOf(stored), patch)),
  });
}

function fieldsOf(row: CaseRow): LocationCaseInput {
  return {
    title: row.title,
    organisationId: row.organisation_id,
    organisationName: row.organisation_name,
    kind: row.kind,
    kindAsWritten: row.kind_as_written,
    fteChange: toNumber(row.fte_change),
    fteChangeAsWritten: row.fte_change_as_written,
    fteMoving: toNumber(row.fte_moving),
    fromRegionCode: row.from_region_code,
    toRegionCode: row.to_region_code,
    fromSiteId: row.from_site_id,
    toSiteId: row.to_site_id,
    status: row.status,
    advice: row.advice,
    decision: row.decision,
    confidential: row.confidential,
    sourceUrl: row.source_url,
    note: row.note,
    dataset: row.dataset,
  };
}
