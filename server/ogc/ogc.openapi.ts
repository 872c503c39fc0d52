/**
 * The OpenAPI 3.0 definition of the OGC API (the landing page's service-desc link and the oas30
 * conformance class). Each collection has its own paths with exactly the parameters it accepts
 * (the server refuses any other with a 400), each operation an operationId, and the data's licence.
 */
import { DATASETS, SECTORS } from '../../common/domain.js';
import { METRICS } from '../fte/region-figures.service.js';
import type { Collection } from './collections.model.js';
import { acceptsDataset } from './features.service.js';
import { LICENSE } from './ogc.documents.js';
import { MAX_LIMIT, DEFAULT_LIMIT } from './ogc.paging.js';

interface Parameter {
  name: string;
  in: string;
  required: boolean;
  description: string;
  schema: object;
  style?: string;
  explode?: boolean;
}

const json = (description: string, type = 'application/json') => ({
  description,
  content: { [type]: { schema: { type: 'object' } } },
});
const query = (name: string, description: string, schema: object, style: object = {}): Parameter => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
  ...style,
});
const ERRORS = {
  400: json('Ongeldige of onbekende parameter'),
  401: json('Ongeldig of verlopen token'),
  404: json('Onbekend'),
};

const PARAMS = {
  f: query('f', 'Formaat (alleen json)', { type: 'string', enum: ['json'] }),
  bbox: query(
    'bbox',
    'minLon,minLat,maxLon,maxLat (CRS84)',
    { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } },
    { style: 'form', explode: false },
  ),
  limit: query('limit', `Maximaal aantal features (1–${MAX_LIMIT}; daarboven geldt ${MAX_LIMIT})`, {
    type: 'integer',
    minimum: 1,
    maximum: MAX_LIMIT,
    default: DEFAULT_LIMIT,
  }),
  offset: query('offset', 'Aantal over te slaan features (volg liever de next-link)', {
    type: 'integer',
    minimum: 0,
    default: 0,
  }),
  dataset: query('dataset', 'gepubliceerd (standaard) of demo (fictieve voorbeelddata)', {
    type: 'string',
    enum: DATASETS,
  }),
  datetime: query('datetime', 'Tijdstip of interval (RFC 3339, .. voor open); zie de beschrijving van de collectie', {
    type: 'string',
  }),
  peildatum: query(
    'peildatum',
    'Peildatum JJJJ-MM-DD (standaard de nieuwste mét cijfers op dit niveau); niet samen met datetime',
    { type: 'string', format: 'date' },
  ),
  sector: query('sector', 'Eén sector', { type: 'string', enum: SECTORS }),
  metric: query(
    'metric',
    'Maat voor value (verandering, verandering_pct en groei_vs_landelijk vragen comparePeildatum)',
    { type: 'string', enum: METRICS },
  ),
  organisationId: query('organisationId', 'Cijfers van één organisatie (sleutel)', { type: 'integer', minimum: 1 }),
  comparePeildatum: query('comparePeildatum', 'Eerdere peildatum JJJJ-MM-DD voor verandering en groei', {
    type: 'string',
    format: 'date',
  }),
};

/** The data parameters a collection accepts, in the order of the OGC API route's checks. */
function dataParams(collection: Collection): Parameter[] {
  const figures = collection.regionLevel
    ? [PARAMS.peildatum, PARAMS.sector, PARAMS.metric, PARAMS.organisationId, PARAMS.comparePeildatum]
    : [];
  return [datasetParam(collection), ...figures];
}

/** Every path takes dataset (GDAL repeats a service URL's query); what it does differs. */
function datasetParam(collection: Collection): Parameter {
  if (acceptsDataset(collection)) return PARAMS.dataset;
  const note = collection.fixedDataset
    ? `Alleen ${collection.fixedDataset}: deze collectie bevat alleen die dataset`
    : 'Zonder gevolg: gegevens van derden, in beide datasets gelijk; toegestaan zodat een service-URL met ?dataset= werkt';
  return { ...PARAMS.dataset, description: note };
}

function datetimeParam(collection: Collection): Parameter {
  const note = collection.regionLevel
    ? 'Kiest de peildatum: de nieuwste peildatum mét cijfers binnen het interval (bij een tijdstip: die peildatum); geen peildatum erin: geen features'
    : 'Deze collectie heeft geen tijdsdimensie: een geldige datetime selecteert niets weg';
  return { ...PARAMS.datetime, description: `${PARAMS.datetime.description}. ${note}` };
}

/** operationId-safe form of a collection id: provincies-demo → ProvinciesDemo. */
const pascal = (id: string) =>
  id
    .split('-')
    .map((p) => p.charAt(0).toUpperCase() + p.slice(1))
    .join('');

function collectionPaths(collection: Collection) {
  const base = `/collections/${collection.id}`;
  const name = pascal(collection.id);
  const featureId = {
    name: 'featureId',
    in: 'path',
    required: true,
    description: 'Sleutel of code van de feature',
    schema: { type: 'string' },
  };
  const schemaResponse = { 200: json('JSON Schema', 'application/schema+json'), 400: ERRORS[400] };
  const items = [
    PARAMS.f,
    PARAMS.bbox,
    PARAMS.limit,
    PARAMS.offset,
    datetimeParam(collection),
    ...dataParams(collection),
  ];
  return {
    [base]: {
      get: {
        operationId: `describe${name}`,
        summary: collection.title,
        parameters: [PARAMS.f, PARAMS.dataset],
        responses: { 200: json('Collectie'), 400: ERRORS[400] },
      },
    },
    [`${base}/items`]: {
      get: {
        operationId: `get${name}Features`,
        summary: `${collection.title}: features`,
        parameters: items,
        responses: { 200: json('FeatureCollection', 'application/geo+json'), ...ERRORS },
      },
    },
    [`${base}/items/{featureId}`]: {
      get: {
        operationId: `get${name}Feature`,
        summary: `${collection.title}: één feature`,
        parameters: [featureId, PARAMS.f, ...dataParams(collection)],
        responses: { 200: json('Feature', 'application/geo+json'), ...ERRORS },
      },
    },
    [`${base}/queryables`]: {
      get: {
        operationId: `get${name}Queryables`,
        summary: 'Eigenschappen om op te selecteren (Part 3)',
        parameters: [PARAMS.f, PARAMS.dataset],
        responses: schemaResponse,
      },
    },
    [`${base}/schema`]: {
      get: {
        operationId: `get${name}Schema`,
        summary: 'Eigenschappen en hun typen',
        parameters: [PARAMS.f, PARAMS.dataset],
        responses: schemaResponse,
      },
    },
  };
}

export function openApi(root: string, collections: Collection[]) {
  const document = (operationId: string, summary: string, parameters = [PARAMS.f, PARAMS.dataset]) => ({
    get: { operationId, summary, parameters, responses: { 200: json(summary), 400: ERRORS[400] } },
  });
  return {
    openapi: '3.0.3',
    info: {
      title: 'Rijkspresentie OGC API Features',
      version: '1.0.0',
      description: 'OGC API - Features - Part 1: Core, GeoJSON; Part 3: queryables',
      license: LICENSE,
    },
    servers: [{ url: root }],
    // Optional bearer (API token or OIDC JWT, as for /graphql): without it public data only;
    // a bad one is refused with 401 on every path.
    components: {
      securitySchemes: {
        bearer: {
          type: 'http',
          scheme: 'bearer',
          description: 'API-token of OIDC-JWT; vertrouwelijke locatiecasussen alleen voor de rol planner of beheerder',
        },
      },
    },
    security: [{}, { bearer: [] }],
    paths: {
      '/': document('getLandingPage', 'Landingspagina'),
      '/conformance': document('getConformance', 'Conformiteitsklassen'),
      '/api': document('getApiDefinition', 'Deze API-definitie'),
      '/collections': document('getCollections', 'Collecties'),
      ...Object.assign({}, ...collections.map(collectionPaths)),
    },
  };
}

const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** service-doc: the same definition as a plain HTML page for people (no scripts, no outside requests). */
export function serviceDoc(api: ReturnType<typeof openApi>): string {
  const paths = api.paths as Record<string, { get: { operationId: string; summary: string; parameters: Parameter[] } }>;
  const rows = Object.entries(paths).map(([path, { get }]) => {
    const params = get.parameters
      .map((p) => `<li><code>${escape(p.name)}</code> — ${escape(p.description)}</li>`)
      .join('');
    return `<h2><code>GET ${escape(path)}</code></h2><p>${escape(get.summary)} (<code>${get.operationId}</code>)</p><ul>${params}</ul>`;
  });
  return `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${escape(api.info.title)}</title></head><body>
<h1>${escape(api.info.title)}</h1><p>${escape(api.info.description)}. Licentie: <a href="${api.info.license.url}">${api.info.license.name}</a>.
Machineleesbaar: <a href="api">OpenAPI 3.0</a>. Basis-URL: <code>${escape(api.servers[0]!.url)}</code>.</p>
${rows.join('\n')}
</body></html>`;
}
