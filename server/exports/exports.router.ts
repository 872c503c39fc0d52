/**
 * Downloads at /export:
 *   /export/{collection}.geojson | .csv   every OGC collection, whole (sites, rijksontmoetingspleinen,
 *                                         masterplanprojecten, stations, provincies, corop-gebieden, …)
 *   /export/fte.csv | fte.geojson         the fte aggregate the map shows, from the same service as GraphQL's
 *                                         fteAggregate: ?level=&peildatum=&dataset=&sector=&metric=&organisationId=&comparePeildatum=
 * CSV takes ?dialect=nl for Dutch Excel (semicolon, decimal comma, BOM).
 */
import express, { type Request, type Response, type Router } from 'express';
import { DATASETS, REGION_KINDS } from '../common/domain.js';
import { NotFoundError } from '../common/errors.js';
import { httpErrorHandler, publicCors, rejectNulInRequest, singleQuery } from '../common/http.js';
import { enumParam, refuseUnknown, type Query } from '../common/query-params.js';
import type { Queryable } from '../common/sql.js';
import type { Authenticator } from '../auth/authenticate.js';
import { authenticateRequest, viewerOf, visibleCollections } from '../ogc/access.js';
import type { Collection } from '../ogc/collections.js';
import { dataParamNames, FIGURE_PARAMS, parseDataParams, parseFigureParams, readFeatures } from '../ogc/features.js';
import { CSV_DIALECTS, type CsvDialect } from '../../common/csv.js';
import { csvExport, fteCsv, geojsonExport } from './export-documents.js';
import { regionFigures } from './region-figures.js';

type Format = 'geojson' | 'csv';

export function createExportsRouter(options: { db: Queryable; auth: Authenticator }): Router {
  const router = express.Router();
  router.use(publicCors);
  router.use(rejectNulInRequest);
  router.use(authenticateRequest(options.auth));

  router.get('/:file', async (req, res) => {
    const match = /^([a-z0-9-]+)\.(geojson|csv)$/.exec(String(req.params.file));
    if (!match) throw new NotFoundError('Export', String(req.params.file));
    const [, name, format] = match as unknown as [string, string, Format];
    const query = singleQuery(req);
    if (name === 'fte' && format === 'csv') return sendFteCsv(options.db, query, res);
    const collection = name === 'fte' ? regionCollection(req, query) : visibleCollections(viewerOf(req)).find((c) => c.id === name);
    if (!collection) throw new NotFoundError('Export', String(req.params.file));
    refuseUnknown(query, [...dataParamNames(collection), ...(name === 'fte' ? ['level'] : []), ...(format === 'csv' ? ['dialect'] : [])]);
    const data = parseDataParams(query, collection);
    const set = await readFeatures(options.db, collection, {
      data, limit: null, offset: 0, digits: collection.regionLevel ? 7 : 15, viewer: viewerOf(req),
    });
    const base = [collection.id, ...(collection.hasDatasets ? [data.dataset] : [])].join('-');
    if (format === 'geojson') {
      return download(res, `${base}.geojson`, 'application/geo+json', JSON.stringify(geojsonExport(collection, data, set)));
    }
    download(res, `${base}.csv`, 'text/csv; charset=utf-8; header=present', csvExport(collection, data, set, dialectOf(query)));
  });

  router.use(httpErrorHandler);
  return router;
}

async function sendFteCsv(db: Queryable, query: Query, res: Response): Promise<void> {
  refuseUnknown(query, ['level', 'dataset', ...FIGURE_PARAMS, 'dialect']);
  const figures = await regionFigures(db, {
    level: enumParam(query, 'level', REGION_KINDS) ?? 'provincie',
    dataset: enumParam(query, 'dataset', DATASETS) ?? 'gepubliceerd',
    ...parseFigureParams(query),
  });
  const name = `fte-${figures.level}-${figures.peildatum}-${figures.dataset}.csv`;
  download(res, name, 'text/csv; charset=utf-8; header=present', fteCsv(figures, dialectOf(query)));
}

/** /export/fte.geojson?level=gemeente → the region collection of that level. */
function regionCollection(req: Request, query: Query): Collection | undefined {
  const level = enumParam(query, 'level', REGION_KINDS) ?? 'provincie';
  return visibleCollections(viewerOf(req)).find((c) => c.regionLevel === level);
}

function dialectOf(query: Query): CsvDialect {
  return enumParam(query, 'dialect', CSV_DIALECTS) ?? 'standaard';
}

function download(res: Response, filename: string, type: string, body: string): void {
  res.set('Content-Disposition', `attachment; filename="${filename}"`);
  res.set('Cache-Control', 'no-cache');
  res.type(type).send(body);
}
