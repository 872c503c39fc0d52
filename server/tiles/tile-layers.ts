/**
 * The vector tile layers: which query parameters each takes (validated, typed 400 errors),
 * and the query_params json its SQL functions (migration 1763800003001) receive.
 * Regions get their figures from the core aggregation via fte/region-figures.service.ts — the tile
 * functions only join them onto the boundaries by code.
 */
import { DATASETS, REGION_KINDS, SECTORS, SITE_KINDS } from '../../common/domain.js';
import { dateParam, enumParam, intParam, refuseUnknown, type Query } from '../common/query-params.js';
import type { Queryable } from '../common/sql.js';
import { METRICS, regionFigures } from '../fte/region-figures.service.js';

export const TILE_LAYERS = ['regions', 'sites', 'stations'] as const;
export type TileLayerId = (typeof TILE_LAYERS)[number];

export interface TileLayer {
  id: TileLayerId;
  description: string;
  /** Attribute names and types, for TileJSON vector_layers. */
  fields: Record<string, 'String' | 'Number' | 'Boolean'>;
  params: readonly string[];
  /** Validated parameters with defaults filled in: also the cache key. */
  parse(query: Query): Record<string, string>;
  /** The query_params json for rp_tile_<layer> and rp_tile_rows_<layer>. */
  queryParams(db: Queryable, params: Record<string, string>): Promise<Record<string, unknown>>;
}

const clean = (values: Record<string, string | undefined>) =>
  Object.fromEntries(Object.entries(values).filter((entry): entry is [string, string] => entry[1] !== undefined));

const regions: TileLayer = {
  id: 'regions',
  description:
    'Regio’s (provincie, COROP, gemeente, arbeidsmarktregio) met fte op een peildatum. Ontbrekend cijfer: geen fte/value, status "geen gepubliceerd cijfer".',
  fields: {
    code: 'String',
    name: 'String',
    level: 'String',
    fte: 'Number',
    value: 'Number',
    metric: 'String',
    status: 'String',
    basis: 'String',
    fteAsWritten: 'String',
    sources: 'String',
    peildatum: 'String',
    sector: 'String',
    dataset: 'String',
  },
  params: ['level', 'peildatum', 'sector', 'metric', 'dataset', 'organisationId', 'comparePeildatum'],
  parse: (query) => {
    refuseUnknown(query, regions.params);
    return clean({
      level: enumParam(query, 'level', REGION_KINDS) ?? 'provincie',
      peildatum: dateParam(query, 'peildatum'),
      sector: enumParam(query, 'sector', SECTORS),
      metric: enumParam(query, 'metric', METRICS) ?? 'fte',
      dataset: enumParam(query, 'dataset', DATASETS) ?? 'gepubliceerd',
      organisationId: intParam(query, 'organisationId', { min: 1, max: 2_147_483_647 })?.toString(),
      comparePeildatum: dateParam(query, 'comparePeildatum'),
    });
  },
  queryParams: async (db, params) => {
    const result = await regionFigures(db, {
      level: params.level as (typeof REGION_KINDS)[number],
      dataset: params.dataset as (typeof DATASETS)[number],
      peildatum: params.peildatum,
      sector: params.sector as (typeof SECTORS)[number] | undefined,
      metric: params.metric as (typeof METRICS)[number],
      organisationId: params.organisationId === undefined ? undefined : Number(params.organisationId),
      comparePeildatum: params.comparePeildatum,
    });
    const shared = {
      peildatum: result.peildatum,
      sector: result.sector ?? 'alle',
      metric: result.metric,
      dataset: result.dataset,
    };
    const figures = Object.fromEntries(
      result.figures.map((f) => [
        f.code,
        {
          ...shared,
          fte: f.fte,
          value: f.value,
          status: f.status,
          basis: f.basis,
          fteAsWritten: f.fteAsWritten,
          sources: f.sources.length ? f.sources.join('; ') : null,
        },
      ]),
    );
    return { level: result.level, figures };
  },
};

const sites: TileLayer = {
  id: 'sites',
  description: 'Rijkslocaties: rijkskantoren, rijksontmoetingspleinen en overige locaties, elk met bron.',
  fields: {
    kind: 'String',
    name: 'String',
    city: 'String',
    gemeenteCode: 'String',
    locationPrecision: 'String',
    workplaces: 'Number',
    ropStatus: 'String',
    ropOpenedOn: 'String',
    sourceUrl: 'String',
    dataset: 'String',
  },
  params: ['dataset', 'kind'],
  parse: (query) => {
    refuseUnknown(query, sites.params);
    return clean({
      dataset: enumParam(query, 'dataset', DATASETS) ?? 'gepubliceerd',
      kind: enumParam(query, 'kind', SITE_KINDS),
    });
  },
  queryParams: async (_db, params) => params,
};

const stations: TileLayer = {
  id: 'stations',
  description: 'Treinstations met type (bron: Rijden de Treinen open data, CC0).',
  fields: { code: 'String', name: 'String', type: 'String' },
  params: [],
  parse: (query) => {
    refuseUnknown(query, stations.params);
    return {};
  },
  queryParams: async () => ({}),
};

export const LAYERS: Record<TileLayerId, TileLayer> = { regions, sites, stations };

export function isTileLayer(id: string): id is TileLayerId {
  return (TILE_LAYERS as readonly string[]).includes(id);
}
