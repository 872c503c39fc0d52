/**
 * PDOK Locatieserver client without a network. The response below is CONSTRUCTED BY US in the
 * documented shape of the Locatieserver free-search answer (response.docs[] with weergavenaam,
 * centroide_ll, gemeentecode, type, score); it is not a recording of a real request and its
 * coordinate is a made-up test value, never used as data.
 */
import { describe, expect, it } from 'vitest';
import {
  buildLocatieserverUrl,
  parseLocatieserverResponse,
  PdokLocatieserver,
} from '../../server/geocoding/pdok-locatieserver.js';
import { isGeocodable, OfflineGeocoder } from '../../server/geocoding/geocoder.js';

const CONSTRUCTED_RESPONSE = {
  response: {
    numFound: 1,
    start: 0,
    maxScore: 12.5,
    docs: [
      {
        type: 'adres',
        weergavenaam: 'Teststraat 1, 9999ZZ Testdorp (geconstrueerd)',
        centroide_ll: 'POINT(5.5 52.25)',
        gemeentecode: '0106',
        score: 12.5,
      },
    ],
  },
};

describe('PDOK Locatieserver client', () => {
  it('builds a free-search request for one address', () => {
    const url = new URL(
      buildLocatieserverUrl('https://api.pdok.nl/bzk/locatieserver/search/v3_1/free', {
        address: 'Rijnstraat 8',
        city: 'Den Haag',
      }),
    );
    expect(url.searchParams.get('q')).toBe('Rijnstraat 8 Den Haag');
    expect(url.searchParams.get('fq')).toBe('type:adres');
    expect(url.searchParams.get('rows')).toBe('1');
  });

  it('parses the point (lon lat) and the gemeente code from a constructed response', () => {
    expect(parseLocatieserverResponse(CONSTRUCTED_RESPONSE)).toEqual({
      lon: 5.5,
      lat: 52.25,
      gemeenteCode: 'GM0106',
      label: 'Teststraat 1, 9999ZZ Testdorp (geconstrueerd)',
    });
  });

  it('finds nothing in an empty answer, a non-address or a low score', () => {
    expect(parseLocatieserverResponse({ response: { numFound: 0, docs: [] } })).toBeNull();
    expect(
      parseLocatieserverResponse({
        response: { docs: [{ ...CONSTRUCTED_RESPONSE.response.docs[0], type: 'woonplaats' }] },
      }),
    ).toBeNull();
    expect(parseLocatieserverResponse(CONSTRUCTED_RESPONSE, 20)).toBeNull();
    expect(parseLocatieserverResponse('niet json')).toBeNull();
  });

  it('uses the injected fetch and waits between requests (rate limit)', async () => {
    const calls: number[] = [];
    const client = new PdokLocatieserver({
      baseUrl: 'https://example.invalid/free',
      minIntervalMs: 50,
      fetch: async () => {
        calls.push(Date.now());
        return { ok: true, status: 200, json: async () => CONSTRUCTED_RESPONSE };
      },
    });
    expect(await client.geocode({ address: 'Teststraat 1', city: 'Testdorp' })).toMatchObject({ lon: 5.5, lat: 52.25 });
    await client.geocode({ address: 'Teststraat 2', city: 'Testdorp' });
    expect(calls[1]! - calls[0]!).toBeGreaterThanOrEqual(45);
  });

  it('goes offline after a network failure and then asks nothing more', async () => {
    let calls = 0;
    const client = new PdokLocatieserver({
      baseUrl: 'https://example.invalid/free',
      minIntervalMs: 0,
      fetch: async () => {
        calls++;
        throw new TypeError('fetch failed');
      },
    });
    expect(await client.geocode({ address: 'Rijnstraat 8', city: 'Den Haag' })).toBeNull();
    expect(client.isOffline).toBe(true);
    expect(await client.geocode({ address: 'Rijnstraat 9', city: 'Den Haag' })).toBeNull();
    expect(calls).toBe(1);
  });

  it('the offline geocoder finds nothing; only street + number addresses are worth asking for', async () => {
    expect(await new OfflineGeocoder().geocode()).toBeNull();
    expect(isGeocodable({ address: 'Rijnstraat 8', city: 'Den Haag' })).toBe(true);
    expect(isGeocodable({ address: 'Kempkensberg', city: 'Groningen' })).toBe(false);
  });
});
