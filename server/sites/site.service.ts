/**
 * Writing sites: validate everything first (typed errors), then write the site and its
 * AuditEntry in one transaction — a refused site leaves no trace.
 */
import type { DataSource } from 'typeorm';
import { SITE_KINDS, LOCATION_PRECISIONS, ROP_STATUSES } from '../common/domain.js';
import { ValidationError } from '../common/errors.js';
import { checkGeometry } from '../common/spatial.js';
import { writeAudit } from '../audit/audit.js';
import { insertSite, type NewSite, type SiteRow } from './site.queries.js';

export interface CreateSiteInput extends Omit<NewSite, 'geometryJson'> {
  location: unknown;
}

export async function createSite(db: DataSource, input: CreateSiteInput, actor: string): Promise<SiteRow> {
  validateSiteFields(input);
  const geometry = await checkGeometry(db, input.location, { allowed: ['Point'] });
  return db.transaction(async (manager) => {
    const site = await insertSite(manager, { ...input, geometryJson: JSON.stringify(geometry) });
    await writeAudit(manager, { actor, action: 'create', entity: 'site', entityId: site.id, before: null, after: site });
    return site;
  });
}

function validateSiteFields(input: CreateSiteInput): void {
  if (!(SITE_KINDS as readonly string[]).includes(input.kind)) throw new ValidationError('kind', `Onbekende soort locatie "${input.kind}"`);
  if (!input.name?.trim()) throw new ValidationError('name', 'Naam is verplicht');
  if (!(LOCATION_PRECISIONS as readonly string[]).includes(input.locationPrecision)) {
    throw new ValidationError('locationPrecision', 'locationPrecision moet adres of gemeente zijn');
  }
  if (input.workplaces != null && (!Number.isInteger(input.workplaces) || input.workplaces < 0)) {
    throw new ValidationError('workplaces', 'Aantal werkplekken moet een geheel getal van 0 of meer zijn');
  }
  if (input.grossFloorAreaM2 != null && !(input.grossFloorAreaM2 >= 0)) {
    throw new ValidationError('grossFloorAreaM2', 'Bruto vloeroppervlak moet 0 of meer zijn');
  }
  const isRop = input.kind === 'rijksontmoetingsplein';
  if (isRop && !(ROP_STATUSES as readonly string[]).includes(input.ropStatus ?? '')) {
    throw new ValidationError('ropStatus', 'Een rijksontmoetingsplein heeft status open of gepland');
  }
  if (!isRop && (input.ropStatus || input.ropOpenedOn)) {
    throw new ValidationError('ropStatus', 'Alleen een rijksontmoetingsplein heeft een ROP-status en openingsdatum');
  }
  if (!input.sourceUrl?.trim()) throw new ValidationError('sourceUrl', 'Elke locatie heeft een bron');
}
