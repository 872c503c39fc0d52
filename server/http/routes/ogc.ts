/**
 * OGC API - Features - Part 1: Core at /ogc, enough for QGIS and ArcGIS to add every
 * collection as a layer: landing page, conformance, OpenAPI definition (and its HTML
 * service-doc), collections with their own extents, items (bbox, datetime, limit, offset,
 * next/prev links, numberMatched/numberReturned), single features, and per collection its
 * JSON Schema (/schema, describedby) and Part 3 queryables.
 * JSON documents are application/json; features application/geo+json, coordinates CRS84.
 * The documents and queries are server/ogc; this file is the HTTP glue.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../../auth/authenticate.js';
import { DATASETS, type Dataset } from '../../../common/domain.js';
import { NotFoundError, ValidationError } from '../../common/errors.js';
import { enumParam, refuseUnknown, single, type Query } from '../../common/query-params.js';
import type { Queryable } from '../../common/sql.js';
import { visibleCollections } from '../../ogc/access.js';
import type { Collection } from '../../ogc/collections.model.js';
import {
  acceptsDataset,
  countMatched,
  dataParamNames,
  parseDataParams,
  readFeatures,
  type DataParams,
} from '../../ogc/features.service.js';
import {
  collectionDocument,
  collectionsDocument,
  conformance,
  CRS84,
  GEOJSON_TYPE,
  JSON_TYPE,
  landingPage,
  OPENAPI_TYPE,
  SCHEMA_TYPE,
  withQuery,
} from '../../ogc/ogc.documents.js';
import { parseDatetime } from '../../ogc/ogc.datetime.js';
import { collectionExtent } from '../../ogc/ogc.extent.js';
import { openApi, serviceDoc } from '../../ogc/ogc.openapi.js';
import { resolvePeildatum } from '../../ogc/ogc.peildatum.js';
import { featureSchema, queryables } from '../../ogc/ogc.schema.js';
import { pageLinks, parsePage } from '../../ogc/ogc.paging.js';
import { linkBase } from '../links.js';
import { openDataCors } from '../plugins/cors.js';
import { queryOf } from '../request-query.js';
import { resolveViewer } from '../viewer.js';

/** Decimals of CRS84 coordinates: 7 ≈ 1 cm, ample for offices and boundaries. */
const DIGITS = 7;

export interface OgcRoutesOptions {
  db: Queryable;
  auth: Authenticator;
  publicUrl: string | undefined;
}

type CollectionRequest = FastifyRequest<{ Params: { collectionId: string; featureId?: string } }>;

export async function ogcRoutes(app: FastifyInstance, options: OgcRoutesOptions): Promise<void> {
  await app.register(openDataCors);
  resolveViewer(app, options.auth);
  const root = (request: FastifyRequest) => `${linkBase(request, options.publicUrl)}/ogc`;

  // Documents take f=json; the landing page and the collections list also take dataset.
  app.get('/', async (request, reply) =>
    send(reply, JSON_TYPE, landingPage(root(request), documentQuery(request, true))),
  );
  app.get('/conformance', async (request, reply) => send(reply, JSON_TYPE, documentQuery(request) && conformance()));
  app.get('/api', async (request, reply) =>
    send(reply, OPENAPI_TYPE, documentQuery(request) && openApi(root(request), visibleCollections(request.viewer))),
  );
  app.get('/api.html', async (request, reply) => {
    documentQuery(request);
    return reply
      .type('text/html; charset=utf-8')
      .send(serviceDoc(openApi(root(request), visibleCollections(request.viewer))));
  });
  app.get('/collections', async (request, reply) => {
    const query = documentQuery(request, true);
    const documents = await Promise.all(visibleCollections(request.viewer).map((c) => describe(request, c, query)));
    return send(reply, JSON_TYPE, collectionsDocument(root(request), documents, query));
  });
  app.get('/collections/:collectionId', async (request: CollectionRequest, reply) =>
    send(reply, JSON_TYPE, await describe(request, collectionOf(request), documentQuery(request))),
  );
  app.get('/collections/:collectionId/schema', async (request: CollectionRequest, reply) => {
    const collection = collectionOf(request);
    documentQuery(request);
    const id = `${root(request)}/collections/${collection.id}/schema`;
    return send(
      reply,
      SCHEMA_TYPE,
      featureSchema(id, collection.title, collection.propertyTypes, collection.source.numericId),
    );
  });
  app.get('/collections/:collectionId/queryables', async (request: CollectionRequest, reply) => {
    const collection = collectionOf(request);
    documentQuery(request);
    const id = `${root(request)}/collections/${collection.id}/queryables`;
    return send(
      reply,
      SCHEMA_TYPE,
      queryables(id, collection.title, collection.propertyTypes, dataParamNames(collection)),
    );
  });

  /** A collection document with its own extents; a dataset from the landing page stays on its links. */
  async function describe(request: FastifyRequest, collection: Collection, query: Record<string, string>) {
    const dataset = collection.fixedDataset ?? (query.dataset as Dataset | undefined) ?? 'gepubliceerd';
    const extent = await collectionExtent(options.db, collection, request.viewer, dataset);
    return collectionDocument(root(request), collection, extent, acceptsDataset(collection) ? query : {});
  }

  app.get('/collections/:collectionId/items', async (request: CollectionRequest, reply) => {
    const collection = collectionOf(request);
    const query = queryOf(request);
    refuseUnknown(query, ['f', 'bbox', 'limit', 'offset', 'datetime', 'dataset', ...dataParamNames(collection)]);
    checkServiceDataset(collection, query);
    enumParam(query, 'f', ['json', 'geojson']);
    const page = parsePage(query);
    const data = await dataOf(collection, query);
    const viewer = request.viewer;
    const [set, matched] = await Promise.all([
      readFeatures(options.db, collection, { data, ...page, digits: DIGITS, viewer }),
      countMatched(options.db, collection, { data, bbox: page.bbox, viewer }),
    ]);
    const collectionUrl = `${root(request)}/collections/${collection.id}`;
    reply.header('content-crs', `<${CRS84}>`);
    return send(reply, GEOJSON_TYPE, {
      type: 'FeatureCollection',
      timeStamp: new Date().toISOString(),
      numberMatched: matched,
      numberReturned: set.features.length,
      ...figureMembers(set.figures),
      features: set.features,
      links: [
        ...pageLinks(`${collectionUrl}/items`, query, page, set.features.length, matched),
        { href: collectionUrl, rel: 'collection', type: JSON_TYPE, title: collection.title },
      ],
    });
  });

  app.get('/collections/:collectionId/items/:featureId', async (request: CollectionRequest, reply) => {
    const collection = collectionOf(request);
    const query = queryOf(request);
    refuseUnknown(query, ['f', 'dataset', ...dataParamNames(collection)]);
    checkServiceDataset(collection, query);
    enumParam(query, 'f', ['json', 'geojson']);
    const data = await dataOf(collection, query);
    const featureId = String(request.params.featureId);
    const one = { data, id: featureId, limit: 1, offset: 0, digits: DIGITS, viewer: request.viewer };
    const { features } = await readFeatures(options.db, collection, one);
    const feature = features[0];
    if (!feature) throw new NotFoundError('Feature', featureId);
    const collectionUrl = `${root(request)}/collections/${collection.id}`;
    reply.header('content-crs', `<${CRS84}>`);
    // self keeps the query: PV21 on another peildatum or dataset is another record.
    const self = withQuery(`${collectionUrl}/items/${encodeURIComponent(featureId)}`, singleValues(query));
    return send(reply, GEOJSON_TYPE, {
      ...feature,
      links: [
        { href: self, rel: 'self', type: GEOJSON_TYPE, title: 'Deze feature' },
        { href: collectionUrl, rel: 'collection', type: JSON_TYPE, title: collection.title },
      ],
    });
  });

  /** Data parameters with the peildatum settled (OGC datetime, or the newest with figures). */
  async function dataOf(collection: Collection, query: Query): Promise<DataParams> {
    const data = parseDataParams(query, collection);
    const range = parseDatetime(single(query, 'datetime'));
    if (range && data.figures.peildatum !== undefined) {
      throw new ValidationError('datetime', 'Geef peildatum of datetime, niet allebei');
    }
    return resolvePeildatum(options.db, collection, data, range);
  }

  // Any other path under /ogc: a JSON 404 like every other OGC error, never text/plain.
  app.setNotFoundHandler(async (request) => {
    throw new NotFoundError('Pad', new URL(request.url, 'http://x').pathname);
  });
}

function collectionOf(request: CollectionRequest): Collection {
  const id = request.params.collectionId;
  const collection = visibleCollections(request.viewer).find((c) => c.id === id);
  if (!collection) throw new NotFoundError('Collectie', id);
  return collection;
}

/**
 * Documents take only f=json and a dataset; throws a typed 400 otherwise. GDAL (and so QGIS's
 * GDAL layer) repeats the query of a service URL such as `…/ogc?dataset=demo` on every request,
 * so every path takes it. Returns what the links pass on (`withDataset`: landing page, lists).
 */
function documentQuery(request: FastifyRequest, withDataset = false): Record<string, string> {
  const query = queryOf(request);
  refuseUnknown(query, ['f', 'dataset']);
  enumParam(query, 'f', ['json']);
  const dataset = enumParam(query, 'dataset', DATASETS);
  return withDataset && dataset ? { dataset } : {};
}

/**
 * `dataset` on a collection that does not choose by it (a service URL's parameter, see above):
 * a -demo collection takes only its own dataset; third-party collections (stations) are the
 * same in both datasets, so any valid value leaves them as they are.
 */
function checkServiceDataset(collection: Collection, query: Query): void {
  if (acceptsDataset(collection)) return;
  const dataset = enumParam(query, 'dataset', DATASETS);
  if (dataset && collection.fixedDataset && dataset !== collection.fixedDataset) {
    throw new ValidationError('dataset', `Collectie ${collection.id} bevat alleen dataset ${collection.fixedDataset}`);
  }
}

function singleValues(query: Query): Record<string, string> {
  return Object.fromEntries(
    Object.entries(query).map(([key, value]) => [key, Array.isArray(value) ? value[0]! : value]),
  );
}

function figureMembers(figures: Awaited<ReturnType<typeof readFeatures>>['figures']) {
  if (!figures) return {};
  return {
    peildatum: figures.peildatum,
    dataset: figures.dataset,
    sector: figures.sector ?? 'alle',
    metric: figures.metric,
    organisationId: figures.organisationId,
    comparePeildatum: figures.comparePeildatum,
  };
}

/**
 * JSON bytes with exactly this media type: a string body would get `; charset=utf-8` and quoted
 * parameters (`version="3.0"`), which GDAL 3.6 refuses for the OpenAPI document.
 */
function send(reply: FastifyReply, type: string, body: unknown): Buffer {
  reply.header('content-type', type);
  return Buffer.from(JSON.stringify(body), 'utf8');
}
