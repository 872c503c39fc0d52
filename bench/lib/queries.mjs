/**
 * The GraphQL documents the benchmark sends: ours (schema/schema.graphql) and the comparable
 * PostGraphile 5 documents (bench/postgraphile/). Same database, same answers.
 * Reference date 2024-01-01 with the fictional demonstration deliveries (dataset demo): the
 * published data has no per-site figures, so per-region sums exist only in the demo set.
 */
export const PEILDATUM = '2024-01-01';
/** Utrecht centraal (public coordinate of the station, ../shared/data/stations_nl.csv). */
export const POINT = { lon: 5.1101, lat: 52.0894 };
export const RADIUS_M = 25_000;
/** A polygon over the middle of the country (Utrecht–Gelderland), WGS84. */
export const POLYGON = {
  type: 'Polygon',
  coordinates: [
    [
      [4.9, 51.9],
      [5.9, 51.9],
      [5.9, 52.3],
      [4.9, 52.3],
      [4.9, 51.9],
    ],
  ],
};

export const OURS = {
  aggregate: {
    query: `query($p: LocalDate) { fteAggregate(level: provincie, peildatum: $p, dataset: demo) { regions { code name fte { value } } } }`,
    variables: { p: PEILDATUM },
  },
  nearby: {
    query: `query($pt: GeoJSON!, $r: Float!) { sites(filter: { nearby: { point: $pt, radiusM: $r }, dataset: demo }, first: 100) { totalCount edges { distanceM node { id name } } } }`,
    variables: { pt: { type: 'Point', coordinates: [POINT.lon, POINT.lat] }, r: RADIUS_M },
  },
  intersects: {
    query: `query($g: GeoJSON!, $p: LocalDate!) { regions(kind: gemeente, intersects: $g, first: 100) { nodes { code name fte(peildatum: $p, dataset: demo) { fte { value } } } } }`,
    variables: { g: POLYGON, p: PEILDATUM },
  },
  nested: {
    // Every level pages (the cost limit refuses unbounded nesting): 12 provinces × 100 sites × 2
    // organisations (all a synthetic site has) × 5 figures; PostGraphile pages the same way.
    query: `query($p: LocalDate) { regions(kind: provincie, year: 2025, first: 12) { nodes { code name sites(first: 100, filter: { dataset: demo }) { nodes { id name organisations(first: 2) { nodes { id name fteCounts(peildatum: $p, dataset: demo, first: 5) { nodes { fte } } } } } } } } }`,
    variables: { p: PEILDATUM },
  },
  ranking: {
    query: `query($d: CandidateDemandInput!) { rankCandidates(demand: $d) { candidates { gemeenteCode kind explanation } } }`,
    variables: { d: { fte: 150, dataset: 'demo', peildatum: PEILDATUM } },
  },
};

/** PostGraphile 5 documents over the same tables (functions in schema pgl_bench, see setup.sql). */
export const THEIRS = {
  aggregate: {
    query: `query($p: Date!) { pglBenchFtePerProvince(peildatum: $p, dataset: "demo") { nodes { code name fte } } }`,
    variables: { p: PEILDATUM },
  },
  nearby: {
    query: `query($lon: Float!, $lat: Float!, $r: Float!) { pglBenchSitesNearby(lon: $lon, lat: $lat, radiusM: $r, dataset: "demo", first: 100) { totalCount nodes { rowId name distanceM } } }`,
    variables: { lon: POINT.lon, lat: POINT.lat, r: RADIUS_M },
  },
  intersects: {
    query: `query($g: String!, $p: Date!) { pglBenchRegionsIntersecting(geojson: $g, kind: "gemeente", first: 100) { nodes { code name fte(peildatum: $p, dataset: "demo") } } }`,
    variables: { g: JSON.stringify(POLYGON), p: PEILDATUM },
  },
  nested: {
    query: `query($p: Date!) { allRegions(condition: { kind: "provincie", year: 2025 }, first: 12, orderBy: CODE_ASC) { nodes { code name sites(dataset: "demo", first: 100) { nodes { rowId name siteOrganisationsBySiteId(first: 2) { nodes { organisationByOrganisationId { rowId name fteCountsByOrganisationId(condition: { peildatum: $p, dataset: "demo" }, first: 5) { nodes { fte } } } } } } } } } }`,
    variables: { p: PEILDATUM },
  },
};
