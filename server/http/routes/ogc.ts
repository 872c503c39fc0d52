/**
 * OGC API - Features - Part 1: Core at /ogc, enough for QGIS and ArcGIS to add every
 * collection as a layer: landing page, conformance, OpenAPI definition, collections, items
 * (bbox, limit, offset, next/prev links, numberMatched/numberReturned) and single features.
 * JSON documents are application/json; features application/geo+json, coordinates CRS84.
 * The documents and queries are server/ogc; this file is the HTTP glue.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../../auth/authenticate.js';
import { NotFoundError } from '../../common/errors.js';
import { enumParam, refuseUnknown } from '../../common/query-params.js';
import type { Queryable } from '../../common/sql.js';
import { visibleCollections } from '../../ogc/access.js';
import type { Collection } from '../../ogc/collections.model.js';
import { countMatched, dataParamNames, parseDataParams, readFeatures } from '../../ogc/features.service.js';
import {
  collectionDocument, collectionsDocument, conformance, CRS84, GEOJSON_TYPE, JSON_TYPE, landingPage, OPENAPI_TYPE,
} from '../../ogc/ogc.documents.js';
import { openApi } from '../../ogc/ogc.openapi.js';
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

  // Documents: only f=json is accepted as a parameter (checkDocumentQuery).
  app.get('/', async (request, reply) => send(reply, JSON_TYPE, checkDocumentQuery(request) && landingPage(root(request))));
  app.get('/conformance', async (request, reply) => send(reply, JSON_TYPE, checkDocumentQuery(request) && conformance()));
  app.get('/api', async (request, reply) =>
    send(reply, OPENAPI_TYPE, checkDocumentQuery(request) && openApi(root(request), visibleCollections(request.viewer))));
  app.get('/collections', async (request, reply) =>
    send(reply, JSON_TYPE, checkDocumentQuery(request) && collectionsDocument(root(request), visibleCollections(request.viewer))));
  app.get('/collections/:collectionId', async (request: CollectionRequest, reply) =>
    send(reply, JSON_TYPE, checkDocumentQuery(request) && collectionDocument(root(request), collectionOf(request))));

  app.get('/collections/:collectionId/items', async (request: CollectionRequest, reply) => {
    const collection = collectionOf(request);
    const query = queryOf(request);
    refuseUnknown(query, ['f', 'bbox', 'limit', 'offset', ...dataParamNames(collection)]);
    enumParam(query, 'f', ['json', 'geojson']);
    const page = parsePage(query);
    const data = parseDataParams(query, collection);
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
    refuseUnknown(query, ['f', ...dataParamNames(collection)]);
    const data = parseDataParams(query, collection);
    const featureId = String(request.params.featureId);
    const one = { data, id: featureId, limit: 1, offset: 0, digits: DIGITS, viewer: request.viewer };
    const { features } = await readFeatures(options.db, collection, one);
    const feature = features[0];
    if (!feature) throw new NotFoundError('Feature', featureId);
    const collectionUrl = `${root(request)}/collections/${collection.id}`;
    reply.header('content-crs', `<${CRS84}>`);
    return send(reply, GEOJSON_TYPE, {
      ...feature,
      links: [
        { href: `${collectionUrl}/items/${encodeURIComponent(featureId)}`, rel: 'self', type: GEOJSON_TYPE, title: 'Deze feature' },
        { href: collectionUrl, rel: 'collection', type: JSON_TYPE, title: collection.title },
      ],
    });
  });
}

function collectionOf(request: CollectionRequest): Collection {
  const id = request.params.collectionId;
  const collection = visibleCollections(request.viewer).find((c) => c.id === id);
  if (!collection) throw new NotFoundError('Collectie', id);
  return collection;
}

/** Documents take only f=json; throws a typed 400 otherwise. */
function checkDocumentQuery(request: FastifyRequest): true {
  const query = queryOf(request);
  refuseUnknown(query, ['f']);
  enumParam(query, 'f', ['json']);
  return true;
}

function figureMembers(figures: Awaited<ReturnType<typeof readFeatures>>['figures']) {
  if (!figures) return {};
  return {
    peildatum: figures.peildatum, dataset: figures.dataset, sector: figures.sector ?? 'alle', metric: figures.metric,
    organisationId: figures.organisationId, comparePeildatum: figures.comparePeildatum,
  };
}

function send(reply: FastifyReply, type: string, body: unknown): string {
  reply.type(type);
  return JSON.stringify(body);
}
