/**
 * The JSON documents of OGC API - Features - Part 1: Core (OGC 17-069r4): landing page,
 * conformance declaration and collection descriptions, with links that carry rel and type.
 * All coordinates are CRS84 (WGS84 longitude, latitude), the GeoJSON default.
 */
import { NETHERLANDS_EXTENT } from '../../geo/extent.js';
import type { Collection } from './collections.model.js';

export const CRS84 = 'http://www.opengis.net/def/crs/OGC/1.3/CRS84';
export const JSON_TYPE = 'application/json';
export const GEOJSON_TYPE = 'application/geo+json';
export const OPENAPI_TYPE = 'application/vnd.oai.openapi+json;version=3.0';

export const CONFORMANCE = [
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/core',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/geojson',
  'http://www.opengis.net/spec/ogcapi-features-1/1.0/conf/oas30',
];

export interface Link {
  href: string;
  rel: string;
  type: string;
  title?: string;
}

export function landingPage(root: string) {
  return {
    title: 'Rijkspresentie — OGC API Features',
    description: 'Locaties van het Rijk, rijksontmoetingspleinen, masterplanprojecten, treinstations, locatiecasussen en regio’s met rijkswerkgelegenheid (fte). Zonder token openbare gegevens; vertrouwelijke casussen alleen met een token met de rol planner of beheerder (Authorization: Bearer …).',
    links: [
      { href: `${root}`, rel: 'self', type: JSON_TYPE, title: 'Deze pagina' },
      { href: `${root}/api`, rel: 'service-desc', type: OPENAPI_TYPE, title: 'API-definitie (OpenAPI 3.0)' },
      { href: `${root}/conformance`, rel: 'conformance', type: JSON_TYPE, title: 'Conformiteitsklassen' },
      { href: `${root}/collections`, rel: 'data', type: JSON_TYPE, title: 'Collecties' },
    ] satisfies Link[],
  };
}

export function conformance() {
  return { conformsTo: CONFORMANCE };
}

export function collectionDocument(root: string, collection: Collection) {
  const href = `${root}/collections/${collection.id}`;
  return {
    id: collection.id,
    title: collection.title,
    description: collection.description,
    itemType: 'feature',
    crs: [CRS84],
    storageCrs: CRS84,
    extent: { spatial: { bbox: [NETHERLANDS_EXTENT], crs: CRS84 } },
    links: [
      { href, rel: 'self', type: JSON_TYPE, title: collection.title },
      { href: `${href}/items`, rel: 'items', type: GEOJSON_TYPE, title: `${collection.title} (GeoJSON)` },
      { href: `${exportRoot(root)}/${collection.id}.geojson`, rel: 'enclosure', type: GEOJSON_TYPE, title: 'Volledige download (GeoJSON)' },
      { href: `${exportRoot(root)}/${collection.id}.csv`, rel: 'enclosure', type: 'text/csv', title: 'Volledige download (CSV)' },
    ] satisfies Link[],
  };
}

export function collectionsDocument(root: string, collections: Collection[]) {
  return {
    links: [{ href: `${root}/collections`, rel: 'self', type: JSON_TYPE, title: 'Collecties' }] satisfies Link[],
    collections: collections.map((c) => collectionDocument(root, c)),
  };
}

/** /ogc → /export: downloads live beside the API. */
function exportRoot(root: string): string {
  return root.replace(/\/ogc$/, '/export');
}
