/** Applies the advice rule to a stored case or to a case described in the request. */
import type { CaseKind, Dataset } from '../../common/domain.js';
import { requireSitesInDataset } from '../common/dataset-rules.js';
import { CASE_KINDS, DATASETS } from '../../common/domain.js';
import { NotFoundError, ValidationError } from '../common/errors.js';
import type { Queryable } from '../common/sql.js';
import { toNumber } from '../common/sql.js';
import type { Viewer } from '../auth/viewer.js';
import { evaluateAdvice, type AdviceOutcome, type PlaceFacts } from './advice-rule.js';
import { caseForAdvice, grensregioListed, placeFactsForRegion, placeFactsForSite } from './advice.queries.js';

export interface AdviceRequest {
  kind: string;
  fteChange?: number | null;
  fteMoving?: number | null;
  fromRegionCode?: string | null;
  toRegionCode?: string | null;
  fromSiteId?: number | null;
  toSiteId?: number | null;
  /** The dataset the case and its sites belong to; a site of the other dataset is refused. */
  dataset?: Dataset | null;
}

export type DatasetAdvice = AdviceOutcome & { dataset: Dataset };

/** Where the rule's facts come from: the database directly, or once per request (placesPerRequest). */
export interface PlaceLookup {
  region(code: string): Promise<PlaceFacts | null>;
  site(id: number): Promise<PlaceFacts | null>;
  grensregioListed(): Promise<boolean>;
}

export function placesFrom(db: Queryable): PlaceLookup {
  return {
    region: (code) => placeFactsForRegion(db, code),
    site: (id) => placeFactsForSite(db, id),
    grensregioListed: () => grensregioListed(db),
  };
}

/**
 * The same facts remembered for one request: a list of cases names few regions and asks whether
 * grensregio's are configured once, instead of a few statements per case.
 */
export function placesPerRequest(db: Queryable): PlaceLookup {
  const direct = placesFrom(db);
  const regions = new Map<string, Promise<PlaceFacts | null>>();
  const sites = new Map<number, Promise<PlaceFacts | null>>();
  let listed: Promise<boolean> | undefined;
  const remember = <K, V>(map: Map<K, Promise<V>>, key: K, load: () => Promise<V>): Promise<V> => {
    if (!map.has(key)) map.set(key, load());
    return map.get(key)!;
  };
  return {
    region: (code) => remember(regions, code, () => direct.region(code)),
    site: (id) => remember(sites, id, () => direct.site(id)),
    grensregioListed: () => (listed ??= direct.grensregioListed()),
  };
}

export async function adviceFor(
  db: Queryable,
  request: AdviceRequest,
  places: PlaceLookup = placesFrom(db),
): Promise<DatasetAdvice> {
  if (!(CASE_KINDS as readonly string[]).includes(request.kind))
    throw new ValidationError('kind', `Onbekende soort casus "${request.kind}"`);
  const dataset = request.dataset ?? 'gepubliceerd';
  if (!(DATASETS as readonly string[]).includes(dataset))
    throw new ValidationError('dataset', `Onbekende dataset "${dataset}"`);
  if (request.fteChange != null && !Number.isFinite(request.fteChange))
    throw new ValidationError('fteChange', 'fteChange moet een getal zijn');
  if (request.fteMoving != null && !(Number.isFinite(request.fteMoving) && request.fteMoving >= 0)) {
    throw new ValidationError('fteMoving', 'fteMoving moet een getal van 0 of meer zijn');
  }
  const from = await place(places, 'from', request.fromRegionCode, request.fromSiteId);
  const to = await place(places, 'to', request.toRegionCode, request.toSiteId);
  // Sites from the case's dataset only, as the database rules hold for stored cases (dataset-rules.ts).
  await requireSitesInDataset(db, dataset, [
    { field: 'fromSiteId', id: request.fromSiteId },
    { field: 'toSiteId', id: request.toSiteId },
  ]);
  const outcome = evaluateAdvice({
    kind: request.kind as CaseKind,
    fteChange: request.fteChange ?? null,
    fteMoving: request.fteMoving ?? null,
    from,
    to,
    grensregioListed: await places.grensregioListed(),
  });
  return { ...outcome, dataset };
}

export async function adviceForCase(db: Queryable, caseId: number, viewer: Viewer): Promise<DatasetAdvice> {
  // A confidential case the viewer may not see is not found, exactly like an id never used.
  const row = await caseForAdvice(db, viewer, caseId);
  if (!row) throw new NotFoundError('Casus', caseId);
  return adviceFor(db, {
    kind: row.kind,
    fteChange: toNumber(row.fte_change),
    fteMoving: toNumber(row.fte_moving),
    dataset: row.dataset,
    fromRegionCode: row.from_region_code,
    toRegionCode: row.to_region_code,
    fromSiteId: row.from_site_id,
    toSiteId: row.to_site_id,
  });
}

async function place(
  places: PlaceLookup,
  side: 'from' | 'to',
  regionCode?: string | null,
  siteId?: number | null,
): Promise<PlaceFacts | null> {
  if (siteId != null) {
    const facts = await places.site(siteId);
    if (!facts) throw new ValidationError(`${side}SiteId`, `Locatie ${siteId} bestaat niet`);
    return facts;
  }
  if (regionCode) {
    const facts = await places.region(regionCode);
    if (!facts) throw new ValidationError(`${side}RegionCode`, `Onbekende regiocode "${regionCode}"`);
    return facts;
  }
  return null;
}
