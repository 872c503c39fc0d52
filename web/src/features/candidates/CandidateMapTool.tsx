/**
 * On the map while the candidate panel is open: clicks set the origin or add polygon vertices,
 * and the origin, radius, polygon and ranked candidates are drawn. Lives inside <MapView>.
 */
import { useEffect } from 'react';
import type { Feature, FeatureCollection } from 'geojson';
import type { GeoJSONSource, MapMouseEvent } from '../../map/maplibre.js';
import { useMap } from '../../map/map-context.js';
import { dispatchDraft, useDraft } from './store.js';
import { useCandidates } from './ranking.js';
import type { Dataset } from '../../state/view.js';
import { circlePolygon } from './geometry.js';

const SOURCE = 'kandidaten-tekening';

export function CandidateMapTool({ dataset, peildatum }: { dataset: Dataset; peildatum: string | null }) {
  const map = useMap();
  const { draft, submitted } = useDraft();
  // Same query and variables as the panel: Apollo answers both from one request.
  const { candidates } = useCandidates(submitted ?? draft, submitted !== null, { dataset, peildatum });

  useEffect(() => {
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: 'kandidaten-vlak',
      type: 'fill',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Polygon'],
      paint: { 'fill-color': '#e17000', 'fill-opacity': 0.15 },
    });
    map.addLayer({
      id: 'kandidaten-rand',
      type: 'line',
      source: SOURCE,
      filter: ['!=', ['geometry-type'], 'Point'],
      paint: { 'line-color': '#e17000', 'line-width': 2, 'line-dasharray': [2, 1] },
    });
    map.addLayer({
      id: 'kandidaten-punt',
      type: 'circle',
      source: SOURCE,
      filter: ['==', ['geometry-type'], 'Point'],
      paint: {
        'circle-radius': ['case', ['has', 'rank'], 8, 6],
        'circle-color': ['case', ['has', 'rank'], '#a90061', '#e17000'],
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
      },
    });
    const click = (e: MapMouseEvent) => {
      // This click is the search's: a point layer's cluster must not also zoom (issue 18 finding 8).
      e.preventDefault();
      dispatchDraft({ type: 'mapClick', lngLat: [e.lngLat.lng, e.lngLat.lat] });
    };
    map.on('click', click);
    map.getCanvas().style.cursor = 'crosshair';
    return () => {
      map.off('click', click);
      map.getCanvas().style.cursor = '';
      for (const id of ['kandidaten-punt', 'kandidaten-rand', 'kandidaten-vlak'])
        if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    };
  }, [map]);

  useEffect(() => {
    const features: Feature[] = [];
    if (draft.origin) features.push({ type: 'Feature', geometry: draft.origin, properties: {} });
    if (draft.mode === 'straal' && draft.origin && draft.radiusKm)
      features.push({
        type: 'Feature',
        geometry: circlePolygon(draft.origin.coordinates as [number, number], draft.radiusKm),
        properties: {},
      });
    if (draft.area) features.push({ type: 'Feature', geometry: draft.area, properties: {} });
    if (draft.drawing.length > 1)
      features.push({ type: 'Feature', geometry: { type: 'LineString', coordinates: draft.drawing }, properties: {} });
    for (const c of candidates ?? [])
      if (c.location)
        features.push({ type: 'Feature', geometry: c.location, properties: { rank: c.rank, name: c.name } });
    const data: FeatureCollection = { type: 'FeatureCollection', features };
    map.getSource<GeoJSONSource>(SOURCE)?.setData(data);
  }, [map, draft, candidates]);

  return null;
}
