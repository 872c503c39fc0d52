/**
 * Caches a geocoder's answers (found and not found) in geocode_cache, so an address is asked
 * for once per database. Only answers from a reachable service are cached: when the inner
 * client went offline, a miss is not remembered and is tried again next time.
 */
import type { Queryable } from '../common/sql.js';
import { queryOne } from '../common/sql.js';
import type { AddressQuery, GeocodeResult, Geocoder } from './geocoder.js';

export class CachedGeocoder implements Geocoder {
  readonly name: string;

  constructor(
    private readonly db: Queryable,
    private readonly inner: Geocoder & { isOffline?: boolean },
  ) {
    this.name = `${inner.name}+cache`;
  }

  static key(query: AddressQuery): string {
    return `${query.address.trim().toLowerCase()}|${query.city.trim().toLowerCase()}`;
  }

  async geocode(query: AddressQuery): Promise<GeocodeResult | null> {
    const key = CachedGeocoder.key(query);
    const cached = await queryOne<{
      found: boolean;
      lon: number;
      lat: number;
      gemeente_code: string | null;
      label: string | null;
    }>(this.db, 'SELECT found, lon, lat, gemeente_code, label FROM geocode_cache WHERE query = $1', [key]);
    if (cached)
      return cached.found
        ? { lon: cached.lon, lat: cached.lat, gemeenteCode: cached.gemeente_code, label: cached.label ?? '' }
        : null;
    const result = await this.inner.geocode(query);
    if (!result && this.inner.isOffline) return null;
    await this.db.query(
      `INSERT INTO geocode_cache (query, provider, found, lon, lat, gemeente_code, label) VALUES ($1, $2, $3, $4, $5, $6, $7)
       ON CONFLICT (query) DO NOTHING`,
      [
        key,
        this.inner.name,
        result !== null,
        result?.lon ?? null,
        result?.lat ?? null,
        result?.gemeenteCode ?? null,
        result?.label ?? null,
      ],
    );
    return result;
  }
}
