/**
 * The rules a site must satisfy, checked before any write with a typed error per field. On
 * update they are checked against the whole record (stored values with the patch applied), so a
 * patch cannot make a meeting hub lose its status or an office gain one.
 */
import { DATASETS, LOCATION_PRECISIONS, ROP_STATUSES, SITE_KINDS, TENURES } from '../../common/domain.js';
import { ValidationError } from '../common/errors.js';
import { isPartialDate, PARTIAL_DATE_FORMAT } from '../common/partial-date.js';
import { limitLength } from '../common/validate.js';
import type { SiteRow } from './site.queries.js';

export interface SiteFields {
  kind: string;
  name: string;
  city?: string | null;
  locationPrecision: string;
  workplaces?: number | null;
  grossFloorAreaM2?: number | null;
  tenure?: string | null;
  inUseSince?: string | null;
  ropStatus?: string | null;
  ropOpenedOn?: string | null;
  sourceUrl: string;
  dataset?: string;
}

function oneOf(values: readonly string[], value: string | null | undefined): boolean {
  return value !== null && value !== undefined && values.includes(value);
}

export function validateSiteFields(input: SiteFields): void {
  if (!oneOf(SITE_KINDS, input.kind)) throw new ValidationError('kind', `Onbekende soort locatie "${input.kind}"`);
  if (!input.name?.trim()) throw new ValidationError('name', 'Naam is verplicht');
  limitLength('name', input.name, 'Naam');
  limitLength('city', input.city, 'Plaats');
  if (!oneOf(LOCATION_PRECISIONS, input.locationPrecision))
    throw new ValidationError('locationPrecision', 'locationPrecision moet adres of gemeente zijn');
  if (input.workplaces != null && (!Number.isInteger(input.workplaces) || input.workplaces < 0)) {
    throw new ValidationError('workplaces', 'Aantal werkplekken moet een geheel getal van 0 of meer zijn');
  }
  if (input.grossFloorAreaM2 != null && !(input.grossFloorAreaM2 >= 0))
    throw new ValidationError('grossFloorAreaM2', 'Bruto vloeroppervlak moet 0 of meer zijn');
  if (input.tenure != null && !oneOf(TENURES, input.tenure))
    throw new ValidationError('tenure', 'Eigendom moet eigendom, huur of onbekend zijn');
  if (input.inUseSince != null && !isPartialDate(input.inUseSince)) {
    throw new ValidationError(
      'inUseSince',
      `In gebruik sinds: een bestaande datum als ${PARTIAL_DATE_FORMAT} (kreeg "${input.inUseSince}")`,
    );
  }
  if (input.ropOpenedOn != null && !isPartialDate(input.ropOpenedOn)) {
    throw new ValidationError(
      'ropOpenedOn',
      `Openingsdatum: een bestaande datum als ${PARTIAL_DATE_FORMAT} (kreeg "${input.ropOpenedOn}")`,
    );
  }
  const isRop = input.kind === 'rijksontmoetingsplein';
  if (isRop && !oneOf(ROP_STATUSES, input.ropStatus))
    throw new ValidationError('ropStatus', 'Een rijksontmoetingsplein heeft status open of gepland');
  if (!isRop && (input.ropStatus || input.ropOpenedOn)) {
    throw new ValidationError('ropStatus', 'Alleen een rijksontmoetingsplein heeft een ROP-status en openingsdatum');
  }
  if (!input.sourceUrl?.trim()) throw new ValidationError('sourceUrl', 'Elke locatie heeft een bron');
  if (!/^https?:\/\/\S+$/.test(input.sourceUrl.trim()))
    throw new ValidationError('sourceUrl', 'De bron moet een http(s)-adres zijn');
  if (input.dataset !== undefined && !oneOf(DATASETS, input.dataset))
    throw new ValidationError('dataset', 'Dataset moet gepubliceerd of demo zijn');
}

/** The stored record with a patch applied: undefined keeps a value, null clears it. */
export function mergeSite(row: SiteRow, patch: Partial<SiteFields>): SiteFields {
  const stored: SiteFields = {
    kind: row.kind,
    name: row.name,
    city: row.city,
    locationPrecision: row.location_precision,
    workplaces: row.workplaces,
    grossFloorAreaM2: row.gross_floor_area_m2 === null ? null : Number(row.gross_floor_area_m2),
    tenure: row.tenure,
    inUseSince: row.in_use_since,
    ropStatus: row.rop_status,
    ropOpenedOn: row.rop_opened_on,
    sourceUrl: row.source_url,
    dataset: row.dataset,
  };
  const defined = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
  return { ...stored, ...defined } as SiteFields;
}
