/**
 * The web app's own operations as it sends them: the documents come from the generated
 * web/src/gql/graphql.ts (what `graphql(\`…\`)` in web/src compiles to, fragments included),
 * with the `__typename` fields Apollo's InMemoryCache adds, printed as Apollo's HttpLink sends
 * them, and the variables the app sends on its first screens (web/src: choropleth/boundaries.ts,
 * choropleth/figures.ts, map/point-data.ts, detail/region-detail.ts, planner/*.operations.ts,
 * with the default view of state/view.ts: level provincie, dataset gepubliceerd, layers
 * rijkskantoren and rop).
 */
import fs from 'node:fs';
import { parse, print } from 'graphql';
import { addTypenameToDocument } from '@apollo/client/utilities';

export const GENERATED = 'web/src/gql/graphql.ts';

/** Parses `export const XDocument = {…} as unknown as DocumentNode…` lines of the generated file. */
export function parseGeneratedDocuments(source) {
  const out = {};
  for (const m of source.matchAll(/^export const (\w+)Document = (\{.*\}) as unknown as DocumentNode/gm))
    out[m[1]] = JSON.parse(m[2]);
  return out;
}

let cache = null;
/** The operation `name` (e.g. RegionBoundaries) as the app sends its text. */
export function appDocument(name) {
  cache ??= parseGeneratedDocuments(fs.readFileSync(GENERATED, 'utf8'));
  const doc = cache[name];
  if (!doc) throw new Error(`${GENERATED} heeft geen operatie ${name} (npm run codegen?)`);
  return print(addTypenameToDocument(doc));
}

/**
 * The PostGraphile counterpart of an app operation as the same Apollo client would send it: with
 * `__typename` in every object selection, like ours.
 */
export function asApolloSends(doc) {
  return { ...doc, query: print(addTypenameToDocument(parse(doc.query))) };
}

/** A request body as Apollo's HttpLink posts it. */
function op(operationName, variables) {
  return {
    operationName,
    variables,
    get query() {
      return appDocument(operationName);
    },
  };
}

/** Reference date the app opens on: filled in by resolveAppPeildatum (the app asks LevelPeildatums first). */
export const APP_STATE = { peildatum: null };

/**
 * The web app's operations, by scenario id. `size`: small or large answer; `count`: asks totalCount.
 * FteAggregate's variables depend on the first answer of LevelPeildatums (see resolveAppPeildatum).
 */
export const APP_OPERATIONS = {
  'app-level-peildatums': { ...op('LevelPeildatums', { dataset: 'gepubliceerd', level: 'provincie' }), size: 'small' },
  'app-aggregate-provincie': {
    operationName: 'FteAggregate',
    get variables() {
      return {
        level: 'provincie',
        peildatum: APP_STATE.peildatum,
        comparePeildatum: null,
        sector: null,
        organisationId: null,
        dataset: 'gepubliceerd',
      };
    },
    get query() {
      return appDocument('FteAggregate');
    },
    size: 'small',
  },
  'app-boundaries-provincie': {
    ...op('RegionBoundaries', { kind: 'provincie', tolerance: 0.002, first: 500 }),
    size: 'large',
    count: true,
  },
  'app-boundaries-gemeente': {
    ...op('RegionBoundaries', { kind: 'gemeente', tolerance: 0.0008, first: 500 }),
    size: 'large',
    count: true,
  },
  'app-map-sites': { ...op('MapSites', { kind: 'rijkskantoor', dataset: 'gepubliceerd' }), size: 'large' },
  'app-origin-sites': { ...op('OriginSites', { dataset: 'gepubliceerd' }), size: 'large' },
  'app-region-base': { ...op('RegionBase', { code: 'GM0344' }), size: 'small' },
  'app-region-sites': { ...op('RegionSites', { code: 'GM0344', dataset: 'gepubliceerd' }), size: 'small', count: true },
  'app-planner-projects': { ...op('PlannerProjects', { dataset: 'gepubliceerd' }), size: 'large', count: true },
};

/** The app's first request: the newest reference date with figures at the level (figures.ts). */
export async function resolveAppPeildatum(base) {
  const { query, variables, operationName } = APP_OPERATIONS['app-level-peildatums'];
  const res = await fetch(`${base}/graphql`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ operationName, query, variables }),
  });
  const body = await res.json();
  const dates = body.data?.atLevel?.length ? body.data.atLevel : body.data?.peildatums;
  if (!dates?.length) throw new Error(`LevelPeildatums gaf geen peildatum: ${JSON.stringify(body).slice(0, 300)}`);
  APP_STATE.peildatum = dates[0];
  return dates[0];
}
