/**
 * A normalised client cache cannot corrupt argument-dependent values (issue 17, finding 4).
 * The published NearbySites operation runs through a real Apollo Client with the web app's own
 * InMemoryCache policy (Site by id, Station by code), first around Assen station and then around
 * Groningen station, with one radius that finds the same sites both times. Afterwards the cached
 * Assen answer must still hold the Assen distances, nearest first — before the distance moved onto
 * the edge, the second search overwrote it with the Groningen distances (one Site per id).
 */
import fs from 'node:fs';
import { gql } from '@apollo/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createClient } from '../../web/src/apollo/client.js';
import { startApi, type Api } from '../support/api.js';
import { backends } from '../support/backends.js';
import { Fixtures } from '../support/fixtures.js';
import { vincentyMetres } from '../support/geodesic.js';

const NEARBY = gql(fs.readFileSync('schema/operations/nearby-sites.graphql', 'utf8'));
const RADIUS_M = 40_000;

interface Row {
  name: string;
  distanceM: number;
}
type Place = { lon: number; lat: number };

/** The sites of this suite in one NearbySites answer, in answer order, with their distances. */
function rows(data: any, tag: string): Row[] {
  return data.sites.edges
    .filter((edge: any) => edge.node.name.includes(tag))
    .map((edge: any) => ({ name: edge.node.name, distanceM: edge.distanceM }));
}

describe.each(backends())('Apollo InMemoryCache with NearbySites on $name', (backend) => {
  let api: Api;
  let fixtures: Fixtures;
  const places: Record<string, Place> = {};

  beforeAll(async () => {
    api = await startApi(backend);
    fixtures = new Fixtures(api.db, `apollo-${backend.name}`);
    for (const code of ['ASN', 'GN']) {
      const [row] = await api.db.query(`SELECT ST_X(geom) AS lon, ST_Y(geom) AS lat FROM station WHERE code = $1`, [
        code,
      ]);
      places[code] = { lon: Number(row.lon), lat: Number(row.lat) };
    }
    // Two offices between the stations, each within the radius of both searches.
    await fixtures.site('Kantoor Assen-noord', places.ASN!.lon + 0.005, places.ASN!.lat + 0.01);
    await fixtures.site('Kantoor Groningen-zuid', places.GN!.lon - 0.005, places.GN!.lat - 0.01);
  });

  afterAll(async () => {
    await fixtures?.cleanup();
    await api?.close();
  });

  const variables = (place: Place) => ({
    point: { type: 'Point', coordinates: [place.lon, place.lat] },
    radiusM: RADIUS_M,
    kinds: ['rijkskantoor'],
    dataset: 'demo',
    first: 500,
  });

  /** The expected answer, measured independently (Vincenty), nearest first. */
  async function expected(origin: Place): Promise<Row[]> {
    const found = await api.db.query(
      `SELECT name, ST_X(geom) AS lon, ST_Y(geom) AS lat FROM site WHERE id = ANY($1::int[])`,
      [fixtures.siteIds],
    );
    return found
      .map((s: any) => ({
        name: s.name,
        distanceM: vincentyMetres(origin.lon, origin.lat, Number(s.lon), Number(s.lat)),
      }))
      .sort((a: Row, b: Row) => a.distanceM - b.distanceM);
  }

  function expectAnswer(actual: Row[], wanted: Row[]): void {
    expect(actual.map((r) => r.name)).toEqual(wanted.map((r) => r.name));
    actual.forEach((row, i) => expect(Math.abs(row.distanceM - wanted[i]!.distanceM)).toBeLessThan(1));
  }

  it('keeps both answers right: Assen then Groningen, read back from the cache', async () => {
    const client = createClient(`${api.url}/graphql`);
    const assen = variables(places.ASN!);
    const groningen = variables(places.GN!);
    const first = await client.query({ query: NEARBY, variables: assen, fetchPolicy: 'network-only' });
    const second = await client.query({ query: NEARBY, variables: groningen, fetchPolicy: 'network-only' });
    const wantAssen = await expected(places.ASN!);
    const wantGroningen = await expected(places.GN!);
    expect(wantAssen[0]!.distanceM).toBeLessThan(2_000);
    expect(wantGroningen[0]!.distanceM).toBeLessThan(2_000);
    expectAnswer(rows(first.data, fixtures.tag), wantAssen);
    expectAnswer(rows(second.data, fixtures.tag), wantGroningen);

    const cachedAssen = client.readQuery({ query: NEARBY, variables: assen });
    const cachedGroningen = client.readQuery({ query: NEARBY, variables: groningen });
    expectAnswer(rows(cachedAssen, fixtures.tag), wantAssen);
    expectAnswer(rows(cachedGroningen, fixtures.tag), wantGroningen);
    const distances = (cachedAssen as any).sites.edges.map((e: any) => e.distanceM as number);
    expect(distances).toEqual([...distances].sort((a, b) => a - b));
    // The nearest stations keep their own distances per search as well.
    expect((cachedAssen as any).nearestStations[0]).toMatchObject({ station: { code: 'ASN' } });
    expect((cachedAssen as any).nearestStations[0].distanceM).toBeLessThan(1);
    client.stop();
  });
});
