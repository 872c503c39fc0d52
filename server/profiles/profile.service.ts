/** Planner writes for region profiles: validated (existing region code), audited, optimistic-locked. */
import type { DataSource } from 'typeorm';
import { auditedInsert, auditedUpdate, valuesFor } from '../audit/audited-write.js';
import type { TableSpec } from '../audit/versioned-row.js';
import { ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { applyPatch, requireText } from '../common/validate.js';
import { regionCodeExists } from '../regions/region-search.queries.js';
import { PROFILE_COLUMNS, type ProfileRow } from './profile.queries.js';
import type { RegionProfileInput, RegionProfilePatch } from './profile.input.js';

const TABLE: TableSpec = { table: 'region_profile', alias: 'rp', returning: PROFILE_COLUMNS, what: 'Ontwikkelprofiel' };

const COLUMNS = {
  regionCode: 'region_code',
  coreQualities: 'core_qualities',
  opportunities: 'opportunities',
  receivedOn: 'received_on',
  source: 'source',
} satisfies Record<keyof RegionProfileInput, string>;

/** One profile per region (uq_region_profile_region): a second one is refused, also in a race. */
const CONSTRAINTS = {
  uq_region_profile_region: {
    field: 'regionCode',
    message: 'Deze regio heeft al een ontwikkelprofiel; wijzig dat (updateRegionProfile)',
  },
};

function validate(p: RegionProfileInput): void {
  requireText('regionCode', p.regionCode, 'Regiocode');
  const qualities = p.coreQualities ?? [];
  if (qualities.some((q) => typeof q !== 'string' || q.trim() === ''))
    throw new ValidationError('coreQualities', 'Een kernkwaliteit mag niet leeg zijn');
  if (new Set(qualities.map((q) => q.trim().toLowerCase())).size !== qualities.length)
    throw new ValidationError('coreQualities', 'Kernkwaliteiten komen dubbel voor');
}

async function checkRegion(db: Queryable, code: string | undefined): Promise<void> {
  if (code !== undefined && !(await regionCodeExists(db, code)))
    throw new ValidationError('regionCode', `Onbekende regiocode "${code}"`);
}

function normalised<T extends Partial<RegionProfileInput>>(input: T): T {
  return {
    ...input,
    regionCode: input.regionCode?.trim().toUpperCase(),
    coreQualities: input.coreQualities?.map((q) => q.trim()),
  };
}

export async function createProfile(db: DataSource, raw: RegionProfileInput, actor: string): Promise<ProfileRow> {
  const input = normalised(raw);
  validate(input);
  await checkRegion(db, input.regionCode);
  return auditedInsert<ProfileRow>(db, {
    table: TABLE,
    entity: 'region_profile',
    values: valuesFor(input, COLUMNS),
    actor,
    constraints: CONSTRAINTS,
  });
}

export async function updateProfile(
  db: DataSource,
  id: number,
  version: number,
  raw: RegionProfilePatch,
  actor: string,
): Promise<ProfileRow> {
  const patch = normalised(raw);
  await checkRegion(db, patch.regionCode);
  return auditedUpdate<ProfileRow>(db, {
    table: TABLE,
    entity: 'region_profile',
    id,
    version,
    values: valuesFor<RegionProfileInput>(patch, COLUMNS),
    actor,
    constraints: CONSTRAINTS,
    check: (stored) =>
      validate(
        applyPatch<RegionProfileInput>(
          {
            regionCode: stored.region_code,
            coreQualities: stored.core_qualities,
            opportunities: stored.opportunities,
            receivedOn: stored.received_on,
            source: stored.source,
          },
          patch,
        ),
      ),
  });
}
