/**
 * The same-data check of the comparison: before a scenario is timed, one answer of each server
 * is reduced to comparable keys (ids/codes, counts, rounded figures) and the two lists must be
 * equal, or the scenario fails (it is then not timed: a ratio over different answers says nothing).
 */

/** A number as both sides print it (PostGraphile sends numeric as a string), rounded to 0.001. */
export function num(x) {
  if (x === null || x === undefined) return 'null';
  const n = Number(x);
  return Number.isFinite(n) ? String(Math.round(n * 1000) / 1000) : String(x);
}

/**
 * Compares two key lists. ordered: same keys in the same order; otherwise the same multiset.
 * Returns { same, detail } with the first difference in words.
 */
export function compareKeys(ours, theirs, { ordered = true } = {}) {
  const a = ordered ? ours : [...ours].sort();
  const b = ordered ? theirs : [...theirs].sort();
  if (a.length !== b.length) {
    const onlyA = a.filter((k) => !b.includes(k)).slice(0, 3);
    const onlyB = b.filter((k) => !a.includes(k)).slice(0, 3);
    return {
      same: false,
      detail: `aantal ${a.length} tegen ${b.length}; alleen bij ons ${JSON.stringify(onlyA)}, alleen bij PostGraphile ${JSON.stringify(onlyB)}`,
    };
  }
  for (let i = 0; i < a.length; i++)
    if (a[i] !== b[i])
      return { same: false, detail: `item ${i}: ${JSON.stringify(a[i])} tegen ${JSON.stringify(b[i])}` };
  return { same: true, detail: `${a.length} items gelijk` };
}

/** Runs a scenario's extractors on two GraphQL answers; errors or missing data count as different. */
export function checkSameData(check, oursBody, theirsBody) {
  for (const [who, body] of [
    ['ons', oursBody],
    ['PostGraphile', theirsBody],
  ])
    if (!body?.data || body.errors) return { same: false, detail: `${who}: ${JSON.stringify(body).slice(0, 300)}` };
  let ours;
  let theirs;
  try {
    ours = check.ours(oursBody.data);
    theirs = check.theirs(theirsBody.data);
  } catch (e) {
    return { same: false, detail: `antwoord onverwacht van vorm: ${e.message}` };
  }
  if (ours.length === 0) return { same: false, detail: 'leeg antwoord: niets om te vergelijken' };
  return compareKeys(ours, theirs, { ordered: check.ordered !== false });
}

const nodes = (conn) => conn.nodes ?? conn.edges.map((e) => ({ ...e.node, distanceM: e.distanceM }));
const sortedJoin = (xs) => [...xs].sort().join('|');

/** Extractors per compared scenario: what must be equal. */
export const CHECKS = {
  aggregate: {
    ours: (d) => d.fteAggregate.regions.map((r) => `${r.code}:${num(r.fte.value)}`),
    theirs: (d) => d.pglBenchFtePerProvince.nodes.map((r) => `${r.code}:${num(r.fte)}`),
    ordered: false,
  },
  nearby: {
    ours: (d) => nodes(d.sites).map((s) => `${s.id}:${num(Math.round(s.distanceM))}`),
    theirs: (d) => d.pglBenchSitesNearby.nodes.map((s) => `${s.rowId}:${num(Math.round(s.distanceM))}`),
  },
  'nearby-count': {
    ours: (d) => [`total:${d.sites.totalCount}`, ...nodes(d.sites).map((s) => `${s.id}`)],
    theirs: (d) => [
      `total:${d.pglBenchSitesNearby.totalCount}`,
      ...d.pglBenchSitesNearby.nodes.map((s) => `${s.rowId}`),
    ],
  },
  zwolle: {
    ours: (d) => d.regions.nodes.map((r) => `${r.code}:${num(r.fte.fte.value)}`),
    theirs: (d) => d.pglBenchRegionsIntersecting.nodes.map((r) => `${r.code}:${num(r.fte)}`),
    ordered: false,
  },
  'sites-orgs': {
    ours: (d) => d.sites.nodes.map((s) => `${s.id}:${sortedJoin(s.organisations.nodes.map((o) => o.name))}`),
    theirs: (d) =>
      d.allSites.nodes.map(
        (s) =>
          `${s.rowId}:${sortedJoin(s.siteOrganisationsBySiteId.nodes.map((o) => o.organisationByOrganisationId.name))}`,
      ),
  },
  nested: {
    ours: (d) =>
      d.regions.nodes.flatMap((r) =>
        r.sites.nodes.map(
          (s) =>
            `${r.code}/${s.id}:${sortedJoin(s.organisations.nodes.map((o) => `${o.id}=${o.fteCounts.nodes.length}`))}`,
        ),
      ),
    theirs: (d) =>
      d.allRegions.nodes.flatMap((r) =>
        r.sites.nodes.map(
          (s) =>
            `${r.code}/${s.rowId}:${sortedJoin(
              s.siteOrganisationsBySiteId.nodes.map(
                (o) =>
                  `${o.organisationByOrganisationId.rowId}=${o.organisationByOrganisationId.fteCountsByOrganisationId.nodes.length}`,
              ),
            )}`,
        ),
      ),
    ordered: false,
  },
  'app-boundaries-provincie': boundaries(),
  'app-boundaries-gemeente': boundaries(),
  'app-map-sites': {
    ours: (d) => d.sites.nodes.map((s) => `${s.id}:${s.kind}:${coords(s.location)}`),
    theirs: (d) => d.allSites.nodes.map((s) => `${s.rowId}:${s.kind}:${coords(s.location)}`),
  },
  'app-origin-sites': {
    ours: (d) => d.sites.nodes.map((s) => `${s.id}:${s.city}`),
    theirs: (d) => d.allSites.nodes.map((s) => `${s.rowId}:${s.city}`),
  },
  'app-region-base': {
    ours: (d) => [`${d.region.code}:${d.region.year}:${d.region.isRandstad}:${d.region.isGrensregio}`],
    theirs: (d) => {
      const r = d.regionByKindAndCodeAndYear;
      return [`${r.code}:${r.year}:${r.isRandstad}:${r.isGrensregio}`];
    },
  },
  'app-region-sites': {
    ours: (d) => [`total:${d.region.sites.totalCount}`, ...d.region.sites.nodes.map((s) => `${s.id}`)],
    theirs: (d) => {
      const c = d.regionByKindAndCodeAndYear.sites;
      return [`total:${c.totalCount}`, ...c.nodes.map((s) => `${s.rowId}`)];
    },
  },
  'app-planner-projects': {
    ours: (d) =>
      d.masterplanProjects.nodes.map(
        (p) => `${p.id}:${p.changeRequests.totalCount}:${sortedJoin(p.changeRequests.nodes.map((c) => String(c.id)))}`,
      ),
    theirs: (d) =>
      d.allMasterplanProjects.nodes.map(
        (p) =>
          `${p.rowId}:${p.changeRequestsByProjectId.totalCount}:${sortedJoin(
            p.changeRequestsByProjectId.nodes.map((c) => String(c.rowId)),
          )}`,
      ),
  },
};

/** Region shapes: code, and the number of points of the simplified outline (same simplification on both sides). */
function boundaries() {
  return {
    ours: (d) => [`total:${d.regions.totalCount}`, ...d.regions.nodes.map((r) => `${r.code}:${points(r.geometry)}`)],
    theirs: (d) => [
      `total:${d.allRegions.totalCount}`,
      ...d.allRegions.nodes.map((r) => `${r.code}:${points(r.geometry)}`),
    ],
  };
}

function parse(geo) {
  return typeof geo === 'string' ? JSON.parse(geo) : geo;
}

/** Number of coordinate pairs in a GeoJSON geometry. */
export function points(geo) {
  const walk = (c) => (typeof c[0] === 'number' ? 1 : c.reduce((n, x) => n + walk(x), 0));
  return walk(parse(geo).coordinates);
}

function coords(geo) {
  return parse(geo)
    .coordinates.map((x) => x.toFixed(5))
    .join(',');
}
