/**
 * One point layer: a clustered GeoJSON source, a cluster circle (size by count) and the points
 * (hollow when placed at municipality precision). Click a cluster to zoom in, a point for its
 * popup. The style has no glyphs (no font server offline), so a cluster's count is drawn from
 * digit images, one symbol layer per digit position (cluster-count.ts).
 */
import { useEffect } from 'react';
import type { FeatureCollection, Point } from 'geojson';
import { Popup, type GeoJSONSource, type MapLayerMouseEvent } from './maplibre.js';
import { useMap } from './map-context.js';
import { clusterCountLayerId, clusterLayerId, pointLayerId, POINT_LAYERS, sourceId } from './layers.const.js';
import { addDigitImages, digitLayer, DIGIT_POSITIONS } from './cluster-count.js';

const DIGITS = Array.from({ length: DIGIT_POSITIONS }, (_, p) => p);
import { popupContent } from './popup.js';
import { LAYER_LABELS, type LayerId } from '../state/view.js';

export function PointLayer({ id, data }: { id: LayerId; data: FeatureCollection<Point> }) {
  const map = useMap();
  const config = POINT_LAYERS[id];

  useEffect(() => {
    const source = sourceId(id);
    map.addSource(source, {
      type: 'geojson',
      data: { type: 'FeatureCollection', features: [] },
      cluster: true,
      clusterMaxZoom: config.clusterMaxZoom,
      clusterRadius: 36,
    });
    map.addLayer({
      id: clusterLayerId(id),
      type: 'circle',
      source,
      filter: ['has', 'point_count'],
      paint: {
        'circle-color': '#ffffff',
        'circle-stroke-color': typeof config.color === 'string' ? config.color : '#154273',
        'circle-stroke-width': 3,
        'circle-radius': ['step', ['get', 'point_count'], 9, 5, 12, 20, 16, 100, 20],
      },
    });
    addDigitImages(map);
    for (let p = 0; p < DIGIT_POSITIONS; p++) map.addLayer(digitLayer(clusterCountLayerId(id, p), source, p));
    map.addLayer({
      id: pointLayerId(id),
      type: 'circle',
      source,
      filter: ['!', ['has', 'point_count']],
      paint: {
        'circle-radius': config.radius,
        'circle-color': config.color,
        // Hollow for municipality precision: the ring shows where, the empty centre says "roughly".
        'circle-opacity': ['case', ['boolean', ['get', 'gemeentePrecisie'], false], 0, 1],
        'circle-stroke-color': config.color,
        'circle-stroke-width': ['case', ['boolean', ['get', 'gemeentePrecisie'], false], 2.5, 1],
      },
    });
    const clickCluster = async (e: MapLayerMouseEvent) => {
      const feature = e.features?.[0];
      if (!feature) return;
      const zoom = await map
        .getSource<GeoJSONSource>(source)!
        .getClusterExpansionZoom(feature.properties.cluster_id as number);
      // Another tool took this click (the candidate search sets its origin): no zoom on top of it.
      if (e.defaultPrevented) return;
      map.easeTo({ center: (feature.geometry as Point).coordinates as [number, number], zoom });
    };
    const clickPoint = (e: MapLayerMouseEvent) => {
      const feature = e.features?.[0];
      if (!feature) return;
      new Popup({ closeButton: true, maxWidth: '280px' })
        .setLngLat((feature.geometry as Point).coordinates as [number, number])
        .setDOMContent(popupContent(feature.properties))
        .addTo(map);
    };
    // The hover also names the layer, which the count alone does not.
    const hover = new Popup({ closeButton: false, closeOnClick: false, className: 'rp-cluster-popup' });
    const enterCluster = (e: MapLayerMouseEvent) => {
      const feature = e.features?.[0];
      if (!feature) return;
      map.getCanvas().style.cursor = 'pointer';
      hover
        .setLngLat((feature.geometry as Point).coordinates as [number, number])
        .setText(`${feature.properties.point_count} × ${LAYER_LABELS[id].toLowerCase()} — klik om in te zoomen`)
        .addTo(map);
    };
    const leaveCluster = () => {
      map.getCanvas().style.cursor = '';
      hover.remove();
    };
    const pointer = () => (map.getCanvas().style.cursor = 'pointer');
    map.on('click', clusterLayerId(id), clickCluster);
    map.on('click', pointLayerId(id), clickPoint);
    map.on('mouseenter', pointLayerId(id), pointer);
    map.on('mouseenter', clusterLayerId(id), enterCluster);
    map.on('mouseleave', clusterLayerId(id), leaveCluster);
    return () => {
      hover.remove();
      map.off('mouseenter', clusterLayerId(id), enterCluster);
      map.off('mouseleave', clusterLayerId(id), leaveCluster);
      map.off('click', clusterLayerId(id), clickCluster);
      map.off('click', pointLayerId(id), clickPoint);
      map.off('mouseenter', pointLayerId(id), pointer);
      for (const layer of [pointLayerId(id), ...DIGITS.map((p) => clusterCountLayerId(id, p)), clusterLayerId(id)])
        if (map.getLayer(layer)) map.removeLayer(layer);
      if (map.getSource(source)) map.removeSource(source);
    };
  }, [map, id, config]);

  useEffect(() => {
    map.getSource<GeoJSONSource>(sourceId(id))?.setData(data);
  }, [map, id, data]);

  return null;
}
