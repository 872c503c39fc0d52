/**
 * A compact OpenAPI 3.0 definition of the OGC API (required by the landing page's service-desc
 * link and the oas30 conformance class): every path, and the query parameters we accept.
 */
import { DATASETS, SECTORS } from '../../common/domain.js';
import { METRICS } from '../fte/region-figures.service.js';
import type { Collection } from './collections.model.js';
import { MAX_LIMIT, DEFAULT_LIMIT } from './ogc.paging.js';

const json = (description: string, type = 'application/json') => ({ description, content: { [type]: { schema: { type: 'object' } } } });
const query = (name: string, description: string, schema: object, style: object = {}) => ({ name, in: 'query', required: false, description, schema, ...style });

export function openApi(root: string, collections: Collection[]) {
  const collectionId = { name: 'collectionId', in: 'path', required: true, schema: { type: 'string', enum: collections.map((c) => c.id) } };
  const itemParams = [
    collectionId,
    query('bbox', 'minLon,minLat,maxLon,maxLat (CRS84)', { type: 'array', minItems: 4, maxItems: 6, items: { type: 'number' } }, { style: 'form', explode: false }),
    query('limit', `Maximaal aantal features (1–${MAX_LIMIT}; daarboven geldt ${MAX_LIMIT})`, { type: 'integer', minimum: 1, maximum: MAX_LIMIT, default: DEFAULT_LIMIT }),
    query('offset', 'Aantal over te slaan features (volg liever de next-link)', { type: 'integer', minimum: 0, default: 0 }),
    query('dataset', 'gepubliceerd (standaard) of demo (fictieve voorbeelddata)', { type: 'string', enum: DATASETS }),
    query('peildatum', 'Alleen regiocollecties: peildatum JJJJ-MM-DD (standaard de nieuwste)', { type: 'string', format: 'date' }),
    query('sector', 'Alleen regiocollecties: één sector', { type: 'string', enum: SECTORS }),
    query('metric', 'Alleen regiocollecties: maat voor value (verandering, verandering_pct en groei_vs_landelijk vragen comparePeildatum)', { type: 'string', enum: METRICS }),
    query('organisationId', 'Alleen regiocollecties: cijfers van één organisatie (sleutel)', { type: 'integer', minimum: 1 }),
    query('comparePeildatum', 'Alleen regiocollecties: eerdere peildatum JJJJ-MM-DD voor verandering en groei', { type: 'string', format: 'date' }),
    query('f', 'Formaat (alleen json)', { type: 'string', enum: ['json'] }),
  ];
  return {
    openapi: '3.0.3',
    info: { title: 'Rijkspresentie OGC API Features', version: '1.0.0', description: 'OGC API - Features - Part 1: Core, GeoJSON' },
    servers: [{ url: root }],
    // Optional bearer (API token or OIDC JWT, as for /graphql): without it public data only;
    // a bad one is refused with 401 on every path.
    components: { securitySchemes: { bearer: { type: 'http', scheme: 'bearer', description: 'API-token of OIDC-JWT; vertrouwelijke locatiecasussen alleen voor de rol planner of beheerder' } } },
    security: [{}, { bearer: [] }],
    paths: {
      '/': { get: { summary: 'Landingspagina', responses: { 200: json('Landingspagina') } } },
      '/conformance': { get: { summary: 'Conformiteitsklassen', responses: { 200: json('conformsTo') } } },
      '/collections': { get: { summary: 'Collecties', responses: { 200: json('Collecties') } } },
      '/collections/{collectionId}': { get: { summary: 'Eén collectie', parameters: [collectionId], responses: { 200: json('Collectie'), 404: json('Onbekend') } } },
      '/collections/{collectionId}/items': {
        get: { summary: 'Features', parameters: itemParams, responses: { 200: json('FeatureCollection', 'application/geo+json'), 400: json('Ongeldige parameter'), 401: json('Ongeldig of verlopen token'), 404: json('Onbekend') } },
      },
      '/collections/{collectionId}/items/{featureId}': {
        get: {
          summary: 'Eén feature',
          parameters: [collectionId, { name: 'featureId', in: 'path', required: true, schema: { type: 'string' } }, itemParams.find((p) => p.name === 'dataset')],
          responses: { 200: json('Feature', 'application/geo+json'), 401: json('Ongeldig of verlopen token'), 404: json('Onbekend') },
        },
      },
    },
  };
}
