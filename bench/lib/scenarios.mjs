/**
 * The benchmark scenarios: each builds the i-th request (HTTP path/body) for our app and, where a
 * comparable one exists, for PostGraphile. Uncached tiles vary the peildatum per request (a new
 * cache key, the same SQL and geometry work; most of those dates have no figures, so the fte
 * attributes are absent) — the in-process cache never answers them.
 */
import { graphqlRequest } from './load.mjs';
import { OURS, THEIRS, THEIRS_APP, PEILDATUM } from './queries.mjs';
import { APP_OPERATIONS, asApolloSends } from './app-documents.mjs';
import { CHECKS } from './same-data.mjs';

const TILE_Z7 = '7/65/42'; // middle of the Netherlands
const TILE_Z10 = '10/526/337'; // Utrecht
let uncachedCounter = 0;

function dayAfter(base, days) {
  const d = new Date(`${base}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

function tile(address, cached) {
  return () => {
    const peildatum = cached ? PEILDATUM : dayAfter('1950-01-01', ++uncachedCounter);
    return { path: `/tiles/regions/${address}.mvt?level=gemeente&dataset=demo&peildatum=${peildatum}` };
  };
}

/**
 * @type {{id: string, label: string, ours: Function, theirs?: Function, check?: object, floorTarget?: boolean,
 *   spatial?: boolean, tile?: 'uncached'|'cached', app?: boolean}[]}
 * The first four are the scenarios of issue #19; app-* are the web app's own operations.
 */
export const SCENARIOS = [
  {
    id: 'aggregate',
    label: 'fte per provincie (aggregaat, peildatum 2024-01-01, demo)',
    ours: graphqlRequest('/graphql', OURS.aggregate),
    theirs: graphqlRequest('/graphql', THEIRS.aggregate),
    floorTarget: true,
  },
  {
    id: 'nearby',
    label: 'locaties binnen 25 km van Utrecht CS, eerste 50, dichtstbij eerst',
    ours: graphqlRequest('/graphql', OURS.nearby),
    theirs: graphqlRequest('/graphql', THEIRS.nearby),
    floorTarget: true,
    spatial: true,
  },
  {
    id: 'nearby-count',
    label: 'idem, met totalCount',
    ours: graphqlRequest('/graphql', OURS['nearby-count']),
    theirs: graphqlRequest('/graphql', THEIRS['nearby-count']),
    floorTarget: true,
    spatial: true,
  },
  {
    id: 'zwolle',
    label: 'gemeenten in een vierkant van 30×30 km rond Zwolle, met fte',
    ours: graphqlRequest('/graphql', OURS.zwolle),
    theirs: graphqlRequest('/graphql', THEIRS.zwolle),
    floorTarget: true,
    spatial: true,
  },
  {
    id: 'sites-orgs',
    label: 'eerste 100 locaties met de namen van hun organisaties',
    ours: graphqlRequest('/graphql', OURS['sites-orgs']),
    theirs: graphqlRequest('/graphql', THEIRS['sites-orgs']),
    floorTarget: true,
  },
  {
    id: 'nested',
    label: 'genest: provincies → locaties → organisaties → fte',
    ours: graphqlRequest('/graphql', OURS.nested),
    theirs: graphqlRequest('/graphql', THEIRS.nested),
  },
  ...Object.entries(APP_OPERATIONS).map(([id, op]) => ({
    id,
    label: `app: ${op.operationName}${describeVariables(op)} (${op.size === 'large' ? 'groot' : 'klein'}${op.count ? ', totalCount' : ''})`,
    ours: appRequest(op),
    theirs: THEIRS_APP[id] ? graphqlRequest('/graphql', asApolloSends(THEIRS_APP[id])) : undefined,
    floorTarget: true,
    app: true,
  })),
  {
    id: 'ranking',
    label: 'kandidaten rangschikken (alle gemeenten en locaties)',
    ours: graphqlRequest('/graphql', OURS.ranking),
  },
  {
    id: 'tile-z7-uncached',
    label: 'vectortegel regions z7 (gemeenten), ongecached',
    ours: tile(TILE_Z7, false),
    tile: 'uncached',
    spatial: true,
  },
  {
    id: 'tile-z7-cached',
    label: 'vectortegel regions z7 (gemeenten), gecached',
    ours: tile(TILE_Z7, true),
    tile: 'cached',
  },
  {
    id: 'tile-z10-uncached',
    label: 'vectortegel regions z10 (gemeenten), ongecached',
    ours: tile(TILE_Z10, false),
    tile: 'uncached',
    spatial: true,
  },
  {
    id: 'tile-z10-cached',
    label: 'vectortegel regions z10 (gemeenten), gecached',
    ours: tile(TILE_Z10, true),
    tile: 'cached',
  },
  {
    id: 'ogc-items',
    label: 'OGC API Features: gemeenten-items, pagina van 100',
    ours: () => ({ path: `/ogc/collections/gemeenten/items?limit=100&dataset=demo&peildatum=${PEILDATUM}` }),
  },
];

for (const s of SCENARIOS) if (s.theirs) s.check = CHECKS[s.id];

function describeVariables(op) {
  const v = Object.entries(op.variables ?? {}).filter(([, x]) => x !== null && typeof x !== 'object');
  return v.length ? ` ${v.map(([k, x]) => `${k}=${x}`).join(', ')}` : '';
}

/** An app operation as a load request; its variables may be known only after the first request (peildatum). */
function appRequest(op) {
  let built = null;
  return (i) => {
    built ??= graphqlRequest('/graphql', { operationName: op.operationName, query: op.query, variables: op.variables });
    return built(i);
  };
}

/** Sends one request with fetch and returns the parsed body of a GraphQL answer (else its length). */
export async function sendJson(base, build) {
  const req = build(0);
  const res = await fetch(base + req.path, {
    method: req.method ?? 'GET',
    headers: req.headers ? { 'content-type': 'application/json' } : undefined,
    body: req.body,
  });
  const text = await res.text();
  return { status: res.status, bytes: Buffer.byteLength(text), body: req.graphql ? JSON.parse(text) : text };
}

/** Sends one request with fetch (for capturing its SQL). */
export async function sendOnce(base, build) {
  const req = build(0);
  const res = await fetch(base + req.path, {
    method: req.method ?? 'GET',
    headers: req.headers ? { 'content-type': 'application/json' } : undefined,
    body: req.body,
  });
  const text = await res.text();
  if (!res.ok || (req.graphql && text.includes('"errors"')))
    throw new Error(`${req.path}: ${res.status} ${text.slice(0, 300)}`);
  return text.length;
}
