/**
 * The map shell: one MapLibre instance, following the view (URL) rather than leading it.
 * Children (layers) get the instance through context once the plain style has loaded, so they
 * work with or without a basemap. The position is written back to the URL on moveend.
 */
import { useEffect, useRef, useState, type ReactNode } from 'react';
import { Map as MapLibreMap, NavigationControl, ScaleControl, AttributionControl } from './maplibre.js';
import { PLAIN_STYLE } from './basemap.js';
import { ensureHatch } from './hatch.js';
import { updateView, getView } from '../state/useView.js';
import type { MapPosition } from '../state/view.js';
import { BasemapController } from './BasemapController.js';
import { MapContext } from './map-context.js';

/** MapLibre's own labels in Dutch (screen readers announce them). */
const DUTCH_LOCALE = {
  'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
  'Map.Title': 'Kaart; pijltjestoetsen verschuiven, plus en min zoomen',
  'NavigationControl.ResetBearing': 'Noorden boven',
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'Popup.Close': 'Sluiten',
};

function createMap(container: HTMLElement, start: MapPosition): MapLibreMap {
  return new MapLibreMap({
    container,
    style: PLAIN_STYLE,
    center: [start.lng, start.lat],
    zoom: start.zoom,
    attributionControl: false,
    // Needed to export the map as PNG (canvas.toBlob reads the drawing buffer).
    canvasContextAttributes: { preserveDrawingBuffer: true },
    maxBounds: [[1.5, 49.8], [9.5, 54.8]],
    locale: DUTCH_LOCALE,
  });
}

interface MapViewProps {
  position: MapPosition;
  /** The instance once its style has loaded, and null when it is gone (e.g. for the PNG export). */
  onMap?: (map: MapLibreMap | null) => void;
  children: ReactNode;
}

export function MapView({ position, onMap, children }: MapViewProps) {
  const container = useRef<HTMLDivElement>(null);
  const region = useRef<HTMLDivElement>(null);
  const [map, setMap] = useState<MapLibreMap | null>(null);
  const [failure, setFailure] = useState<string | null>(null);

  useEffect(() => {
    const start = getView().position;
    let instance: MapLibreMap;
    try {
      instance = createMap(container.current!, start);
    } catch {
      // No WebGL2 (old browser, disabled GPU): say so; the table twin still has every figure.
      region.current?.setAttribute('aria-busy', 'false');
      setFailure('De kaart kan in deze browser niet worden getoond (WebGL2 ontbreekt). De tabel hieronder bevat dezelfde cijfers.');
      return;
    }
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    instance.addControl(new AttributionControl({ compact: false, customAttribution: 'Grenzen: CBS gebiedsindelingen (PDOK)' }), 'bottom-right');
    instance.on('styleimagemissing', () => ensureHatch(instance));
    instance.on('moveend', () => {
      const c = instance.getCenter();
      updateView({ position: { lng: c.lng, lat: c.lat, zoom: instance.getZoom() } });
    });
    // aria-busy tells assistive technology (and the browser tests) whether the map is still
    // loading or drawing: MapLibre's own events, set on the element without a React render.
    const busy = (value: boolean) => region.current?.setAttribute('aria-busy', String(value));
    instance.on('dataloading', () => busy(true));
    instance.on('idle', () => busy(false));
    instance.once('load', () => {
      ensureHatch(instance);
      setMap(instance);
      onMap?.(instance);
    });
    return () => {
      setMap(null);
      onMap?.(null);
      instance.remove();
    };
  }, []);

  // Follow the view when it changes from outside (a link, Back): only when it really differs.
  useEffect(() => {
    if (!map) return;
    const c = map.getCenter();
    const far = Math.abs(c.lng - position.lng) > 1e-4 || Math.abs(c.lat - position.lat) > 1e-4 || Math.abs(map.getZoom() - position.zoom) > 0.01;
    if (far) map.jumpTo({ center: [position.lng, position.lat], zoom: position.zoom });
  }, [map, position.lng, position.lat, position.zoom]);

  return (
    <div ref={region} className="rp-map" role="region" aria-busy="true" aria-label="Kaart van Nederland met de gekozen indeling; de tabel onder de kaart bevat dezelfde cijfers">
      <div ref={container} className="rp-map__canvas" data-testid="kaart" data-ready={map ? 'ja' : 'nee'} />
      {failure && <p className="utrecht-alert utrecht-alert--error rp-map__failure" role="alert">{failure}</p>}
      {map && (
        <MapContext.Provider value={map}>
          <BasemapController />
          {children}
        </MapContext.Provider>
      )}
    </div>
  );
}
