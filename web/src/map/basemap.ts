/**
 * The basemap: PDOK BRT-Achtergrondkaart (Kadaster) by default, any MapLibre style URL by
 * configuration (VITE_BASEMAP at build time, or ?basemap= for one visit), or none.
 * The app never depends on it: our own boundary layers sit on a plain background. Without
 * network the probe fails quickly and the map says so, visibly, instead of staying blank.
 */
import type { Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';

export type Basemap =
  | { kind: 'raster'; name: string; tiles: string[]; attribution: string; probe: string }
  | { kind: 'style'; name: string; url: string }
  | { kind: 'none' };

const PDOK_BRT = 'https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png';

export const PDOK_BASEMAP: Basemap = {
  kind: 'raster',
  name: 'BRT-Achtergrondkaart (PDOK)',
  tiles: [PDOK_BRT],
  attribution: 'Achtergrond: <a href="https://www.kadaster.nl">Kadaster</a> (BRT-Achtergrondkaart, PDOK)',
  // A tile over the middle of the country at zoom 7.
  probe: PDOK_BRT.replace('{z}', '7').replace('{x}', '65').replace('{y}', '42'),
};

/** "pdok-brt" (default), "geen", or a style URL (http(s) or same-origin path). */
export function resolveBasemap(setting: string | null | undefined): Basemap {
  const value = (setting ?? '').trim();
  if (value === '' || value === 'pdok-brt') return PDOK_BASEMAP;
  if (value === 'geen') return { kind: 'none' };
  if (/^(https?:\/\/|\/)/.test(value)) return { kind: 'style', name: value, url: value };
  return PDOK_BASEMAP;
}

export function configuredBasemap(): Basemap {
  const once = new URLSearchParams(window.location.search).get('basemap');
  return resolveBasemap(once ?? import.meta.env.VITE_BASEMAP);
}

/** Our own base: a plain background, no glyphs or sprites needed (works offline). */
export const PLAIN_STYLE: StyleSpecification = {
  version: 8,
  sources: {},
  layers: [{ id: 'achtergrond', type: 'background', paint: { 'background-color': '#c9d3da' } }],
};

/** True when the basemap answers within the timeout. */
export async function probeBasemap(basemap: Basemap, timeoutMs = 4000): Promise<boolean> {
  if (basemap.kind === 'none') return false;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(basemap.kind === 'raster' ? basemap.probe : basemap.url, {
      signal: controller.signal,
      mode: 'cors',
    });
    return response.ok;
  } catch {
    return false;
  } finally {
    clearTimeout(timer);
  }
}

/** Puts the basemap underneath our layers. Style URLs keep our sources and layers on top. */
export function applyBasemap(map: MapLibreMap, basemap: Basemap): void {
  if (basemap.kind === 'raster') {
    map.addSource('basemap', {
      type: 'raster',
      tiles: basemap.tiles,
      tileSize: 256,
      attribution: basemap.attribution,
      maxzoom: 19,
    });
    const firstOwn = map.getStyle().layers.find((l) => l.id !== 'achtergrond')?.id;
    map.addLayer({ id: 'basemap', type: 'raster', source: 'basemap' }, firstOwn);
  } else if (basemap.kind === 'style') {
    map.setStyle(basemap.url, {
      transformStyle: (previous, next) => ({
        ...next,
        sources: {
          ...next.sources,
          ...Object.fromEntries(Object.entries(previous?.sources ?? {}).filter(([id]) => id !== 'basemap')),
        },
        layers: [...next.layers, ...(previous?.layers ?? []).filter((l) => l.id !== 'achtergrond')],
      }),
    });
  }
}

export function removeBasemap(map: MapLibreMap): void {
  if (map.getLayer('basemap')) map.removeLayer('basemap');
  if (map.getSource('basemap')) map.removeSource('basemap');
}
