/** The geocoder the configuration asks for: offline by default, PDOK (cached) with GEOCODER=pdok. */
import type { Queryable } from '../common/sql.js';
import type { AppConfig } from '../config.js';
import { CachedGeocoder } from './cached-geocoder.js';
import { OfflineGeocoder, type Geocoder } from './geocoder.js';
import { PdokLocatieserver } from './pdok-locatieserver.js';

export function createGeocoder(
  db: Queryable,
  config: Pick<AppConfig, 'geocoder' | 'pdokLocatieserverUrl' | 'geocoderMinIntervalMs'>,
): Geocoder {
  if (config.geocoder !== 'pdok') return new OfflineGeocoder();
  return new CachedGeocoder(
    db,
    new PdokLocatieserver({ baseUrl: config.pdokLocatieserverUrl, minIntervalMs: config.geocoderMinIntervalMs }),
  );
}
