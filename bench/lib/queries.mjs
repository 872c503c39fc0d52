/**
 * The GraphQL documents the benchmark sends: ours (schema/schema.graphql) and, for each, the
 * document a PostGraphile 5 user would write for the same answer (Amber preset: allX with
 * condition/orderBy, FK relations, computed columns and custom queries as STABLE SQL functions in
 * schema pgl_bench, see bench/postgraphile/setup.sql). Same database, same answers: every compared
 * scenario is checked for equal data (bench/lib/same-data.mjs) before it is timed.
 * Reference date 2024-01-01 with the fictional demonstration deliveries (dataset demo): the
 * published data has no per-site figures, so per-region sums exist only in the demo set.
 * The web app's own operations are in bench/lib/app-documents.mjs (read from web/src/gql).
 */
export const PEILDATUM = '2024-01-01';
/** The region year PostGraphile has to name (ours defaults to the newest); checked by the same-data check. */
export const REGION_YEAR = 2025;
/** Utrecht centraal (public coordinate of the station, ../shared/data/stations_nl.csv). */
export const POINT = { lon: 5.1101, lat: 52.0894 };
export const RADIUS_M = 25_000;
/** Zwolle station (../shared/data/stations_nl.csv, code ZL). */
export const ZWOLLE = { lon: 6.0919442, lat: 52.5047226 };

/**
 * A square of `sideM` metres around a point as a WGS84 GeoJSON polygon (metres per degree on
 * the WGS84 sphere approximation; good to a few metres at this size).
 */
export function squareAround({ lon, lat }, sideM) {
  const half = sideM / 2;
  const dLat = half / 111_320;
  const dLon = half / (111_320 * Math.cos((lat * Math.PI) / 180));
  const r = (x) => Math.round(x * 1e6) / 1e6;
  const [w, e, s, n] = [r(lon - dLon), r(lon + dLon), r(lat - dLat), r(lat + dLat)];
  return {
    type: 'Polygon',
    coordinates: [
      [
        [w, s],
        [e, s],
        [e, n],
        [w, n],
        [w, s],
      ],
    ],
  };
}
export const ZWOLLE_SQUARE = squareAround(ZWOLLE, 30_000);

const utrechtPoint = { type: 'Point', coordinates: [POINT.lon, POINT.lat] };

export const OURS = {
  aggregate: {
    query: `query($p: LocalDate) { fteAggregate(level: provincie, peildatum: $p, dataset: demo) { regions { code name fte { value } } } }`,
    variables: { p: PEILDATUM },
  },
  nearby: {
    query: `query($pt: GeoJSON!, $r: Float!) { sites(filter: { nearby: { point: $pt, radiusM: $r }, dataset: demo }, first: 50) { edges { distanceM node { id name } } } }`,
    variables: { pt: utrechtPoint, r: RADIUS_M },
  },
  'nearby-count': {
    query: `query($pt: GeoJSON!, $r: Float!) { sites(filter: { nearby: { point: $pt, radiusM: $r }, dataset: demo }, first: 50) { totalCount edges { distanceM node { id name } } } }`,
    variables: { pt: utrechtPoint, r: RADIUS_M },
  },
  zwolle: {
    query: `query($g: GeoJSON!, $p: LocalDate!) { regions(kind: gemeente, intersects: $g, first: 100) { nodes { code name fte(peildatum: $p, dataset: demo) { fte { value } } } } }`,
    variables: { g: ZWOLLE_SQUARE, p: PEILDATUM },
  },
  'sites-orgs': {
    query: `{ sites(filter: { dataset: demo }, first: 100) { nodes { id name organisations { nodes { name } } } } }`,
    variables: {},
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
    query: `query($lon: Float!, $lat: Float!, $r: Float!) { pglBenchSitesNearby(lon: $lon, lat: $lat, radiusM: $r, dataset: "demo", first: 50) { nodes { rowId name distanceM } } }`,
    variables: { lon: POINT.lon, lat: POINT.lat, r: RADIUS_M },
  },
  'nearby-count': {
    query: `query($lon: Float!, $lat: Float!, $r: Float!) { pglBenchSitesNearby(lon: $lon, lat: $lat, radiusM: $r, dataset: "demo", first: 50) { totalCount nodes { rowId name distanceM } } }`,
    variables: { lon: POINT.lon, lat: POINT.lat, r: RADIUS_M },
  },
  zwolle: {
    query: `query($g: String!, $p: Date!) { pglBenchRegionsIntersecting(geojson: $g, kind: "gemeente", first: 100) { nodes { code name fte(peildatum: $p, dataset: "demo") } } }`,
    variables: { g: JSON.stringify(ZWOLLE_SQUARE), p: PEILDATUM },
  },
  'sites-orgs': {
    query: `{ allSites(condition: { dataset: "demo" }, orderBy: [NAME_ASC, ROW_ID_ASC], first: 100) { nodes { rowId name siteOrganisationsBySiteId { nodes { organisationByOrganisationId { name } } } } } }`,
    variables: {},
  },
  nested: {
    query: `query($p: Date!) { allRegions(condition: { kind: "provincie", year: 2025 }, first: 12, orderBy: CODE_ASC) { nodes { code name sites(dataset: "demo", first: 100) { nodes { rowId name siteOrganisationsBySiteId(first: 2) { nodes { organisationByOrganisationId { rowId name fteCountsByOrganisationId(condition: { peildatum: $p, dataset: "demo" }, first: 5) { nodes { fte } } } } } } } } } }`,
    variables: { p: PEILDATUM },
  },
};

/**
 * PostGraphile documents for the web app's operations (bench/lib/app-documents.mjs): the same
 * fields under PostGraphile's names, the app's variables as literals or variables.
 */
export const THEIRS_APP = {
  'app-boundaries-provincie': {
    query: `query($tolerance: Float!) { allRegions(condition: { kind: "provincie", year: ${REGION_YEAR} }, orderBy: [CODE_ASC], first: 500) { totalCount nodes { rowId code name geometry(tolerance: $tolerance) } } }`,
    variables: { tolerance: 0.002 },
  },
  'app-boundaries-gemeente': {
    query: `query($tolerance: Float!) { allRegions(condition: { kind: "gemeente", year: ${REGION_YEAR} }, orderBy: [CODE_ASC], first: 500) { totalCount nodes { rowId code name geometry(tolerance: $tolerance) } } }`,
    variables: { tolerance: 0.0008 },
  },
  'app-map-sites': {
    query: `query($kind: String!, $dataset: String!) { allSites(condition: { kind: $kind, dataset: $dataset }, orderBy: [NAME_ASC, ROW_ID_ASC], first: 500) { nodes { rowId kind name address city locationPrecision ropStatus ropOpenedOn sourceUrl dataset location } } }`,
    variables: { kind: 'rijkskantoor', dataset: 'gepubliceerd' },
  },
  'app-origin-sites': {
    query: `query($dataset: String!) { allSites(condition: { dataset: $dataset }, orderBy: [NAME_ASC, ROW_ID_ASC], first: 500) { nodes { rowId name city } } }`,
    variables: { dataset: 'gepubliceerd' },
  },
  'app-region-base': {
    query: `query($code: String!) { regionByKindAndCodeAndYear(kind: "gemeente", code: $code, year: ${REGION_YEAR}) { rowId code name kind year isRandstad isGrensregio source } }`,
    variables: { code: 'GM0344' },
  },
  'app-region-sites': {
    query: `query($code: String!, $dataset: String!) { regionByKindAndCodeAndYear(kind: "gemeente", code: $code, year: ${REGION_YEAR}) { rowId sites(dataset: $dataset, first: 100) { totalCount nodes { rowId kind name city locationPrecision sourceUrl dataset } } } }`,
    variables: { code: 'GM0344', dataset: 'gepubliceerd' },
  },
  'app-planner-projects': {
    query: `query($dataset: String!) { allMasterplanProjects(condition: { dataset: $dataset }, orderBy: [NAME_ASC, ROW_ID_ASC], first: 200) { nodes { rowId version masterplan name city kind status period plannedWorkplaces sourceUrl note dataset location changeRequestsByProjectId(first: 10, orderBy: [SUBMITTED_ON_DESC, ROW_ID_ASC]) { totalCount nodes { rowId version projectId title description status submittedOn decidedOn } } } } }`,
    variables: { dataset: 'gepubliceerd' },
  },
};
