/**
 * Paging and bbox for OGC API items: limit (clamped to MAX_LIMIT, as the standard recommends),
 * offset, bbox in CRS84 (4 numbers, or 6 with heights, which we ignore), and the self/next/prev
 * links that keep every other parameter of the request.
 */
import { parseBBox, type BBox } from '../../geo/extent.js';
import { ValidationError } from '../common/errors.js';
import { parseIntStrict, single, type Query } from '../common/query-params.js';
import { GEOJSON_TYPE, type Link } from './ogc.documents.js';

export const DEFAULT_LIMIT = 100;
export const MAX_LIMIT = 1000;

export interface Page {
  limit: number;
  offset: number;
  bbox?: BBox;
}

export function parsePage(query: Query): Page {
  const limitText = single(query, 'limit');
  const limit =
    limitText === undefined
      ? DEFAULT_LIMIT
      : Math.min(parseIntStrict(limitText, 'limit', { min: 1, max: Number.MAX_SAFE_INTEGER }), MAX_LIMIT);
  const offsetText = single(query, 'offset');
  const offset = offsetText === undefined ? 0 : parseIntStrict(offsetText, 'offset', { min: 0, max: 10_000_000 });
  return { limit, offset, bbox: parseBboxParam(single(query, 'bbox')) };
}

function parseBboxParam(text: string | undefined): BBox | undefined {
  if (text === undefined) return undefined;
  const parts = text.split(',');
  // bbox with heights: minLon,minLat,minZ,maxLon,maxLat,maxZ — the heights do not filter here.
  const flat = parts.length === 6 ? [parts[0], parts[1], parts[3], parts[4]].join(',') : text;
  try {
    return parseBBox(flat);
  } catch (error) {
    throw new ValidationError('bbox', error instanceof Error ? error.message : 'Ongeldige bbox');
  }
}

/** self, and next/prev when there is more; hrefs keep the request's other parameters. */
export function pageLinks(itemsUrl: string, query: Query, page: Page, returned: number, matched: number): Link[] {
  const href = (offset: number) => {
    const params = new URLSearchParams();
    for (const [key, value] of Object.entries(query)) {
      if (key === 'offset' || key === 'limit') continue;
      for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
    }
    params.set('limit', String(page.limit));
    if (offset > 0) params.set('offset', String(offset));
    return `${itemsUrl}?${params.toString()}`;
  };
  const links: Link[] = [{ href: href(page.offset), rel: 'self', type: GEOJSON_TYPE, title: 'Deze pagina' }];
  if (page.offset + returned < matched)
    links.push({ href: href(page.offset + page.limit), rel: 'next', type: GEOJSON_TYPE, title: 'Volgende pagina' });
  if (page.offset > 0)
    links.push({
      href: href(Math.max(0, page.offset - page.limit)),
      rel: 'prev',
      type: GEOJSON_TYPE,
      title: 'Vorige pagina',
    });
  return links;
}
