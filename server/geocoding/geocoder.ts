/**
 * Geocoding behind an interface: PDOK's Locatieserver when online (pdok-locatieserver.ts,
 * cached and rate-limited), nothing when offline. A caller that gets null places the site at
 * its municipality (ST_PointOnSurface of the gemeente) and marks it 'gemeente' — it never
 * invents a coordinate.
 */
export interface AddressQuery {
  /** Street and number as written ("Rijnstraat 8"), possibly with postcode. */
  address: string;
  /** Place or gemeente as written ("Den Haag"). */
  city: string;
}

export interface GeocodeResult {
  lon: number;
  lat: number;
  /** CBS gemeente code of the address (GM0518), when the service gives it. */
  gemeenteCode: string | null;
  /** The service's own label for what it found ("Rijnstraat 8, 2515XP 's-Gravenhage"). */
  label: string;
}

export interface Geocoder {
  readonly name: string;
  geocode(query: AddressQuery): Promise<GeocodeResult | null>;
}

/** The offline geocoder: finds nothing, so every site is placed at its municipality. */
export class OfflineGeocoder implements Geocoder {
  readonly name = 'offline';

  async geocode(): Promise<GeocodeResult | null> {
    return null;
  }
}

/** Only addresses with a street and a house number are worth asking for; the rest stay 'gemeente'. */
export function isGeocodable(query: AddressQuery): boolean {
  return /\p{L}{3,}.*\s\d+/u.test(query.address) && query.city.trim() !== '';
}
