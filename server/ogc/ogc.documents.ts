/**
 * The JSON documents of OGC API - Features - Part 1: Core (OGC 17-069r4): landing page,
 * conformance declaration and collection descriptions, with links that carry rel and type.
 * All coordinates are CRS84 (WGS84 longitude, latitude), the GeoJSON default.
 */
import type { Collection } from './collections.model.js';
import type { Extent } from './ogc.extent.js';

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const JSON_TYPE = 'application/json';
export const GEOJSON_TYPE = 'application/geo+json';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';
export const SCHEMA_TYPE = 'application/schema+json';
export const HTML_TYPE = 'text/html';
export const QUERYABLES_REL = 'http://www.opengis.net/def/rel/ogc/1.0/queryables';
export const SCHEMA_REL = 'http://www.opengis.net/def/rel/ogc/1.0/schema';
/** The data's licence: Rijksoverheid open data (CC0); stations from Rijden de Treinen, CC0 too. */
export const LICENSE = { name: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' };

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables',
  'http://www.opengis.net/spec/ogcapi-features-3/1.0/conf/queryables-query-parameters',
];

export interface Link {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

/**
 * `?dataset=demo` on the landing page (a URL typed into QGIS) travels on along the links to the
 * collections and their items, so the whole service answers with the demonstration data.
 */
export function withQuery(href: string, query: Record<string, string>): string {
  const params = new URLSearchParams(query).toString();
  return params ? `${href}?${params}` : href;
}

export function landingPage(root: string, query: Record<string, string> = {}) {
  return {
    title: 'Rijkspresentie — OGC API Features',
    description:
      'Locaties van het Rijk, rijksontmoetingspleinen, masterplanprojecten, treinstations, locatiecasussen en regio’s met rijkswerkgelegenheid (fte). Zonder token openbare gegevens; vertrouwelijke casussen alleen met een token met de rol planner of beheerder (Authorization: Bearer …).',
    links: [
      { href: withQuery(root, query), rel: 'self', type: JSON_TYPE, title: 'Deze pagina' },
      { href: `${root}/api`, rel: 'service-desc', type: OPENAPI_TYPE, title: 'API-definitie (OpenAPI 3.0)' },
      { href: `${root}/api.html`, rel: 'service-doc', type: HTML_TYPE, title: 'Documentatie van de API (HTML)' },
      { href: `${root}/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'Conformiteitsklassen' },
      { href: withQuery(`${root}/collections`, query), rel: 'data', type: JSON_TYPE, title: 'Collecties' },
      { href: LICENSE.url, rel: 'license', type: HTML_TYPE, title: LICENSE.name },
    ] satisfies Link[],
  };
}

export function conformance() {
  return { conformsTo: CONFORMANCE };
}

/**
 * One collection. `query` carries a dataset chosen on the landing page into the items link,
 * only for collections that take it.
 */
export function collectionDocument(
  root: string,
  collection: Collection,
  extent: Extent,
  query: Record<string, string> = {},
) {
  const href = `${root}/collections/${collection.id}`;
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    itemType: 'feature',
    crs: [CRS84],
    storageCrs: CRS84,
    extent,
    links: [
      { href, rel: 'self', type: JSON_TYPE, title: collection.title },
      {
        href: withQuery(`${href}/items`, query),
        rel: 'items',
        type: GEOJSON_TYPE,
        title: `${collection.title} (GeoJSON)`,
      },
      // Relation types compare case-insensitively (RFC 8288); GDAL 3.6 matches only this spelling.
      {
        href: `${href}/schema`,
        rel: 'describedBy',
        type: SCHEMA_TYPE,
        title: 'Eigenschappen en hun typen (JSON Schema)',
      },
      { href: `${href}/schema`, rel: SCHEMA_REL, type: SCHEMA_TYPE, title: 'Eigenschappen en hun typen (JSON Schema)' },
      {
        href: `${href}/queryables`,
        rel: QUERYABLES_REL,
        type: SCHEMA_TYPE,
        title: 'Eigenschappen om op te selecteren',
      },
      { href: LICENSE.url, rel: 'license', type: HTML_TYPE, title: LICENSE.name },
      {
        href: withQuery(`${exportRoot(root)}/${collection.id}.geojson`, query),
        rel: 'enclosure',
        type: GEOJSON_TYPE,
        title: 'Volledige download (GeoJSON)',
      },
      {
        href: withQuery(`${exportRoot(root)}/${collection.id}.csv`, query),
        rel: 'enclosure',
        type: 'text/csv',
        title: 'Volledige download (CSV)',
      },
    ] satisfies Link[],
  };
}

export function collectionsDocument(
  root: string,
  collections: ReturnType<typeof collectionDocument>[],
  query: Record<string, string> = {},
) {
  return {
    links: [
      { href: withQuery(`${root}/collections`, query), rel: 'self', type: JSON_TYPE, title: 'Collecties' },
    ] satisfies Link[],
    collections,
  };
}

/** /ogc → /export: downloads live beside the API. */
function exportRoot(root: string): string {
  return root.replace(/\/ogc$/, '/export');
}
