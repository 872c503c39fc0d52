/**
 * The planner's records on the map: masterplan projects (blue) at their
 * location, location cases (purple) at the middle of their region, approximate and said so. A
 * click opens a popup built as text. The tables above hold the same records for keyboard and
 * screen-reader users.
 */
import { useEffect } from 'react';
import type { MapMouseEvent, GeoJSONSource } from '../../map/maplibre.js';
import { Popup } from '../../map/maplibre.js';
import { MapView } from '../../map/MapView.js';
import { useMap } from '../../map/map-context.js';
import type { View } from '../../state/view.js';
import { useRegionBoundaries } from '../choropleth/boundaries.js';
import type { PlannerPoints } from './planner-points.js';

const SOURCE = 'planner-punten';
const OUTLINE = 'planner-provincies';
const LAYER = 'planner-punten-cirkel';

/** Province borders as the map's frame of reference (the basemap may be off or offline). */
function ProvinceOutline() {
  const map = useMap();
  const { geojson } = useRegionBoundaries('provincie');
  useEffect(() => {
    map.addSource(OUTLINE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: `${OUTLINE}-vlak`,
      type: 'fill',
      source: OUTLINE,
      paint: { 'fill-color': '#f3f6f9', 'fill-opacity': 0.8 },
    });
    map.addLayer({
      id: `${OUTLINE}-rand`,
      type: 'line',
      source: OUTLINE,
      paint: { 'line-color': '#8fa6bd', 'line-width': 1 },
    });
    return () => {
      for (const id of [`${OUTLINE}-rand`, `${OUTLINE}-vlak`]) if (map.getLayer(id)) map.removeLayer(id);
      if (map.getSource(OUTLINE)) map.removeSource(OUTLINE);
    };
  }, [map]);
  useEffect(() => {
    if (geojson) map.getSource<GeoJSONSource>(OUTLINE)?.setData(geojson);
  }, [map, geojson]);
  return null;
}

function PointsLayer({ points }: { points: PlannerPoints }) {
  const map = useMap();
  useEffect(() => {
    map.addSource(SOURCE, { type: 'geojson', data: { type: 'FeatureCollection', features: [] } });
    map.addLayer({
      id: LAYER,
      type: 'circle',
      source: SOURCE,
      paint: {
        'circle-radius': 7,
        'circle-stroke-color': '#fff',
        'circle-stroke-width': 2,
        'circle-color': ['match', ['get', 'soort'], 'project', '#01689b', '#a90061'],
      },
    });
    const click = (e: MapMouseEvent & { features?: { properties: Record<string, unknown> }[] }) => {
      const p = e.features?.[0]?.properties;
      if (!p) return;
      const root = document.createElement('div');
      root.className = 'rp-popup';
      const title = document.createElement('strong');
      title.textContent = String(p.name);
      const line = document.createElement('p');
      line.textContent =
        p.soort === 'project'
          ? `Masterplanproject · ${String(p.status)}`
          : `Casus · ${String(p.status)} · bij benadering: midden van ${String(p.region)}`;
      root.append(title, line);
      new Popup({ closeButton: true }).setLngLat(e.lngLat).setDOMContent(root).addTo(map);
    };
    map.on('click', LAYER, click);
    return () => {
      map.off('click', LAYER, click);
      if (map.getLayer(LAYER)) map.removeLayer(LAYER);
      if (map.getSource(SOURCE)) map.removeSource(SOURCE);
    };
  }, [map]);
  useEffect(() => {
    map.getSource<GeoJSONSource>(SOURCE)?.setData(points.collection);
  }, [map, points]);
  return null;
}

export function PlannerMap({ view, points }: { view: View; points: PlannerPoints }) {
  const projects = points.collection.features.filter((f) => f.properties?.soort === 'project').length;
  const cases = points.collection.features.length - projects;
  return (
    <section aria-labelledby="plannerkaart-titel" className="rp-planner-map" data-testid="plannerkaart">
      <h3 id="plannerkaart-titel" className="rp-h3">
        Kaart van projecten en casussen
      </h3>
      <p className="rp-hint" role="status">
        <span className="rp-dot rp-dot--project" aria-hidden="true" /> {projects} masterplanprojecten op hun ligging;{' '}
        <span className="rp-dot rp-dot--casus" aria-hidden="true" /> {cases} casussen bij benadering (midden van de
        regio van bestemming of herkomst)
        {points.unplaced > 0 ? `; ${points.unplaced} zonder ligging of regio staan alleen in de tabellen` : ''}.
      </p>
      <div className="rp-mapwrap rp-mapwrap--planner">
        <MapView position={view.position}>
          <ProvinceOutline />
          <PointsLayer points={points} />
        </MapView>
      </div>
    </section>
  );
}
