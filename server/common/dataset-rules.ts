/**
 * Published data and fictional demonstration data (dataset demo) never mix. The database holds
 * the rules for writes (migration 1763800014600-DatasetIntegrity: composite foreign keys on
 * (site_id, dataset), triggers for organisations and for a changed dataset); this module names
 * those rules for translateConstraint, so a refused write is a BAD_USER_INPUT on the field the
 * planner typed. Reads that combine sites (candidate ranking, advice) check the same here.
 */
import type { Dataset } from '../../common/domain.js';
import { ValidationError } from './errors.js';
import { queryRows, type Queryable } from './sql.js';

const OTHER_DATASET =
  'hoort bij een andere dataset; gepubliceerde gegevens en fictieve voorbeelddata worden niet gekoppeld';
const FICTIONAL_ORGANISATION = 'kan geen fictieve organisatie (voorbeelddata) noemen';

/** Constraint (or trigger-raised constraint) name → the field and message a planner sees. */
// The shape of db-errors.ts's ConstraintMessage, written out: db-errors imports this table.
export const DATASET_CONSTRAINTS: Record<string, { field: string; message: string }> = {
  ck_dataset_unchanged: {
    field: 'dataset',
    message: 'De dataset van een bestaand record kan niet worden gewijzigd; maak in de andere dataset een nieuw record',
  },
  fk_masterplan_project_site_dataset: { field: 'siteId', message: `De locatie ${OTHER_DATASET}` },
  fk_location_case_from_site_dataset: { field: 'fromSiteId', message: `De locatie van herkomst ${OTHER_DATASET}` },
  fk_location_case_to_site_dataset: { field: 'toSiteId', message: `De locatie van bestemming ${OTHER_DATASET}` },
  fk_fte_count_site_dataset: { field: 'siteId', message: `De locatie van een fte-cijfer ${OTHER_DATASET}` },
  ck_location_case_organisation_dataset: {
    field: 'organisationId',
    message: `Een gepubliceerde casus ${FICTIONAL_ORGANISATION}`,
  },
  ck_site_organisation_dataset: {
    field: 'organisationIds',
    message: `Een gepubliceerde locatie ${FICTIONAL_ORGANISATION}`,
  },
  ck_fte_count_organisation_dataset: {
    field: 'organisationId',
    message: `Een gepubliceerd fte-cijfer ${FICTIONAL_ORGANISATION}`,
  },
};

export interface SiteReference {
  /** The argument that named the site, e.g. "originSiteId". */
  field: string;
  id: number | null | undefined;
}

const LABEL: Record<Dataset, string> = { gepubliceerd: 'de gepubliceerde gegevens', demo: 'de fictieve voorbeelddata' };

async function datasetsOf(db: Queryable, refs: SiteReference[]): Promise<Map<number, Dataset>> {
  const ids = refs.map((r) => r.id).filter((id): id is number => id != null);
  if (ids.length === 0) return new Map();
  const rows = await queryRows<{ id: number; dataset: Dataset }>(
    db,
    'SELECT id, dataset FROM site WHERE id = ANY($1::int[])',
    [ids],
  );
  return new Map(rows.map((r) => [r.id, r.dataset]));
}

function requireIn(datasets: Map<number, Dataset>, dataset: Dataset, refs: SiteReference[]): void {
  for (const ref of refs) {
    const found = ref.id == null ? undefined : datasets.get(ref.id);
    if (found && found !== dataset) {
      throw new ValidationError(ref.field, `Locatie ${ref.id} hoort bij ${LABEL[found]}, niet bij ${LABEL[dataset]}`);
    }
  }
}

/** Every given site belongs to `dataset` (sites that do not exist are left to the caller's check). */
export async function requireSitesInDataset(db: Queryable, dataset: Dataset, refs: SiteReference[]): Promise<void> {
  requireIn(await datasetsOf(db, refs), dataset, refs);
}

/** The given sites all belong to one dataset, whichever it is (the first one found sets it). */
export async function requireOneDataset(db: Queryable, refs: SiteReference[]): Promise<void> {
  const datasets = await datasetsOf(db, refs);
  const first = refs.find((r) => r.id != null && datasets.has(r.id));
  if (first) requireIn(datasets, datasets.get(first.id!)!, refs);
}
