/**
 * Downloads at /export:
 *   /export/{collection}.geojson | .csv   every OGC collection, whole (sites, rijksontmoetingspleinen,
 *                                         masterplanprojecten, stations, provincies, corop-gebieden, …)
 *   /export/fte.csv | fte.geojson         the fte aggregate the map shows, from the same service as GraphQL's
 *                                         fteAggregate: ?level=&peildatum=&dataset=&sector=&metric=
 *                                         &organisationId=&comparePeildatum=
 * CSV takes ?dialect=nl for Dutch Excel (semicolon, decimal comma, BOM).
 * The documents are server/exports; this file is the HTTP glue.
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Authenticator } from '../../auth/authenticate.js';
import { DATASETS, REGION_KINDS } from '../../../common/domain.js';
import { NotFoundError } from '../../common/errors.js';
import { enumParam, refuseUnknown, type Query } from '../../common/query-params.js';
import type { Queryable } from '../../common/sql.js';
import { CSV_DIALECTS, type CsvDialect } from '../../../common/csv.js';
import { csvExport, fteCsv, geojsonExport } from '../../exports/export-documents.js';
import { regionFigures } from '../../fte/region-figures.service.js';
import { visibleCollections } from '../../ogc/access.js';
import type { Collection } from '../../ogc/collections.model.js';
import {
  acceptsDataset,
  dataParamNames,
  FIGURE_PARAMS,
  parseDataParams,
  parseFigureParams,
  readFeatures,
} from '../../ogc/features.service.js';
import { resolvePeildatum } from '../../ogc/ogc.peildatum.js';
import { openDataCors } from '../plugins/cors.js';
import { queryOf } from '../request-query.js';
import { resolveViewer } from '../viewer.js';

type Format = 'geojson' | 'csv';
const CSV_TYPE = 'text/csv; charset=utf-8; header=present';

export async function exportRoutes(
  app: FastifyInstance,
  options: { db: Queryable; auth: Authenticator },
): Promise<void> {
  await app.register(openDataCors);
  resolveViewer(app, options.auth);

  app.get<{ Params: { file: string } }>('/:file', async (request, reply) => {
    const match = /^([a-z0-9-]+)\.(geojson|csv)$/.exec(request.params.file);
    if (!match) throw new NotFoundError('Export', request.params.file);
    const [, name, format] = match as unknown as [string, string, Format];
    const query = queryOf(request);
    if (name === 'fte' && format === 'csv') return sendFteCsv(options.db, query, reply);
    const collection =
      name === 'fte' ? regionCollection(request, query) : visibleCollections(request.viewer).find((c) => c.id === name);
    if (!collection) throw new NotFoundError('Export', request.params.file);
    refuseUnknown(query, [
      ...dataParamNames(collection),
      ...(name === 'fte' ? ['level'] : []),
      ...(format === 'csv' ? ['dialect'] : []),
    ]);
    const data = await resolvePeildatum(options.db, collection, parseDataParams(query, collection));
    const set = await readFeatures(options.db, collection, {
      data,
      limit: null,
      offset: 0,
      digits: collection.regionLevel ? 7 : 15,
      viewer: request.viewer,
    });
    const base = [collection.id, ...(acceptsDataset(collection) ? [data.dataset] : [])].join('-');
    if (format === 'geojson') {
      return download(
        reply,
        `${base}.geojson`,
        'application/geo+json',
        JSON.stringify(geojsonExport(collection, data, set)),
      );
    }
    return download(reply, `${base}.csv`, CSV_TYPE, csvExport(collection, data, set, dialectOf(query)));
  });
}

async function sendFteCsv(db: Queryable, query: Query, reply: FastifyReply): Promise<string> {
  refuseUnknown(query, ['level', 'dataset', ...FIGURE_PARAMS, 'dialect']);
  const figures = await regionFigures(db, {
    level: enumParam(query, 'level', REGION_KINDS) ?? 'provincie',
    dataset: enumParam(query, 'dataset', DATASETS) ?? 'gepubliceerd',
    ...parseFigureParams(query),
  });
  const name = `fte-${figures.level}-${figures.peildatum}-${figures.dataset}.csv`;
  return download(reply, name, CSV_TYPE, fteCsv(figures, dialectOf(query)));
}

/** /export/fte.geojson?level=gemeente → the region collection of that level. */
function regionCollection(request: FastifyRequest, query: Query): Collection | undefined {
  const level = enumParam(query, 'level', REGION_KINDS) ?? 'provincie';
  return visibleCollections(request.viewer).find((c) => c.regionLevel === level);
}

function dialectOf(query: Query): CsvDialect {
  return enumParam(query, 'dialect', CSV_DIALECTS) ?? 'standaard';
}

function download(reply: FastifyReply, filename: string, type: string, body: string): string {
  reply
    .headers({ 'content-disposition': `attachment; filename="${filename}"`, 'cache-control': 'no-cache' })
    .type(type);
  return body;
}
