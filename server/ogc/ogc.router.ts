/**
 * OGC API - Features - Part 1: Core at /ogc, enough for QGIS and ArcGIS to add every
 * collection as a layer: landing page, conformance, OpenAPI definition, collections, items
 * (bbox, limit, offset, next/prev links, numberMatched/numberReturned) and single features.
 * JSON documents are application/json; features application/geo+json, coordinates CRS84.
 */
import express, { type Request, type Response, type Router } from 'express';
import { NotFoundError } from '../common/errors.js';
import { baseUrl, httpErrorHandler, publicCors, rejectNulInRequest, singleQuery } from '../common/http.js';
import { enumParam, refuseUnknown } from '../common/query-params.js';
import type { Queryable } from '../common/sql.js';
import type { Authenticator } from '../auth/authenticate.js';

import { authenticateRequest, viewerOf, visibleCollections } from './access.js';
import type { Collection } from './collections.js';
import { countMatched, dataParamNames, parseDataParams, readFeatures } from './features.js';
import { collectionDocument, collectionsDocument, conformance, CRS84, GEOJSON_TYPE, JSON_TYPE, landingPage, OPENAPI_TYPE } from './ogc.documents.js';
import { openApi } from './ogc.openapi.js';
import { pageLinks, parsePage } from './ogc.paging.js';

/** Decimals of CRS84 coordinates: 7 ≈ 1 cm, ample for offices and boundaries. */
const DIGITS = 7;

export function createOgcRouter(options: { db: Queryable; auth: Authenticator }): Router {
  const router = express.Router();
  router.use(publicCors);
  router.use(rejectNulInRequest);
  router.use(authenticateRequest(options.auth));
  const root = (req: Request) => `${baseUrl(req)}${req.baseUrl}`;

  // Documents: only f=json is accepted as a parameter (checkDocumentQuery).
  router.get('/', (req, res) => send(res, JSON_TYPE, checkDocumentQuery(req) && landingPage(root(req))));
  router.get('/conformance', (req, res) => send(res, JSON_TYPE, checkDocumentQuery(req) && conformance()));
  router.get('/api', (req, res) => send(res, OPENAPI_TYPE, checkDocumentQuery(req) && openApi(root(req), visibleCollections(viewerOf(req)))));
  router.get('/collections', (req, res) => send(res, JSON_TYPE, checkDocumentQuery(req) && collectionsDocument(root(req), visibleCollections(viewerOf(req)))));
  router.get('/collections/:collectionId', (req, res) => send(res, JSON_TYPE, checkDocumentQuery(req) && collectionDocument(root(req), collectionOf(req))));

  router.get('/collections/:collectionId/items', async (req, res) => {
    const collection = collectionOf(req);
    const query = singleQuery(req);
    refuseUnknown(query, ['f', 'bbox', 'limit', 'offset', ...dataParamNames(collection)]);
    enumParam(query, 'f', ['json', 'geojson']);
    const page = parsePage(query);
    const data = parseDataParams(query, collection);
    const viewer = viewerOf(req);
    const [set, matched] = await Promise.all([
      readFeatures(options.db, collection, { data, bbox: page.bbox, limit: page.limit, offset: page.offset, digits: DIGITS, viewer }),
      countMatched(options.db, collection, { data, bbox: page.bbox, viewer }),
    ]);
    const itemsUrl = `${root(req)}/collections/${collection.id}/items`;
    res.set('Content-Crs', `<${CRS84}>`);
    send(res, GEOJSON_TYPE, {
      type: 'FeatureCollection',
      timeStamp: new Date().toISOString(),
      numberMatched: matched,
      numberReturned: set.features.length,
      ...figureMembers(set.figures),
      features: set.features,
      links: [...pageLinks(itemsUrl, query, page, set.features.length, matched), { href: `${root(req)}/collections/${collection.id}`, rel: 'collection', type: JSON_TYPE, title: collection.title }],
    });
  });

  router.get('/collections/:collectionId/items/:featureId', async (req, res) => {
    const collection = collectionOf(req);
    const query = singleQuery(req);
    refuseUnknown(query, ['f', ...dataParamNames(collection)]);
    const data = parseDataParams(query, collection);
    const featureId = String(req.params.featureId);
    const { features } = await readFeatures(options.db, collection, { data, id: featureId, limit: 1, offset: 0, digits: DIGITS, viewer: viewerOf(req) });
    const feature = features[0];
    if (!feature) throw new NotFoundError('Feature', featureId);
    const collectionUrl = `${root(req)}/collections/${collection.id}`;
    res.set('Content-Crs', `<${CRS84}>`);
    send(res, GEOJSON_TYPE, {
      ...feature,
      links: [
        { href: `${collectionUrl}/items/${encodeURIComponent(featureId)}`, rel: 'self', type: GEOJSON_TYPE, title: 'Deze feature' },
        { href: collectionUrl, rel: 'collection', type: JSON_TYPE, title: collection.title },
      ],
    });
  });

  router.use(httpErrorHandler);
  return router;
}

function collectionOf(req: Request): Collection {
  const id = String(req.params.collectionId);
  const collection = visibleCollections(viewerOf(req)).find((c) => c.id === id);
  if (!collection) throw new NotFoundError('Collectie', id);
  return collection;
}

/** Documents take only f=json; throws a typed 400 otherwise. */
function checkDocumentQuery(req: Request): true {
  const query = singleQuery(req);
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

function send(res: Response, type: string, body: unknown): void {
  res.type(type).send(JSON.stringify(body));
}
