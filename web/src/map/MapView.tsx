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
import { DEFAULT_POSITION, NL_BOUNDS, type MapPosition } from '../state/view.js';
import { BasemapController } from './BasemapController.js';
import { MapContext } from './map-context.js';
import { uiStore } from '../state/store.js';

/** MapLibre's own labels in Dutch (screen readers announce them). */
const DUTCH_LOCALE = {
  'AttributionControl.ToggleAttribution': 'Bronvermelding tonen of verbergen',
  'Map.Title': 'Kaart; pijltjestoetsen verschuiven, plus en min zoomen',
  'NavigationControl.ResetBearing': 'Noorden boven',
  'NavigationControl.ZoomIn': 'Inzoomen',
  'NavigationControl.ZoomOut': 'Uitzoomen',
  'Popup.Close': 'Sluiten',
};

const isDefault = (p: MapPosition) =>
  p.lng === DEFAULT_POSITION.lng && p.lat === DEFAULT_POSITION.lat && p.zoom === DEFAULT_POSITION.zoom;

/** The default view fits the whole of the Netherlands (South Limburg and the Wadden included) in any frame. */
function createMap(container: HTMLElement, start: MapPosition): MapLibreMap {
  const camera = isDefault(start)
    ? { bounds: NL_BOUNDS, fitBoundsOptions: { padding: 12 } }
    : { center: [start.lng, start.lat] as [number, number], zoom: start.zoom };
  return new MapLibreMap({
    container,
    style: PLAIN_STYLE,
    ...camera,
    attributionControl: false,
    // Needed to export the map as PNG (canvas.toBlob reads the drawing buffer).
    canvasContextAttributes: { preserveDrawingBuffer: true },
    maxBounds: [
      [1.5, 49.8],
      [9.5, 54.8],
    ],
    locale: DUTCH_LOCALE,
  });
}

const fittedCamera = new WeakMap<MapLibreMap, MapPosition | null>();

function cameraOf(map: MapLibreMap): MapPosition {
  const c = map.getCenter();
  return { lng: c.lng, lat: c.lat, zoom: map.getZoom() };
}

function far(a: MapPosition, b: MapPosition): boolean {
  return Math.abs(a.lng - b.lng) > 1e-4 || Math.abs(a.lat - b.lat) > 1e-4 || Math.abs(a.zoom - b.zoom) > 0.01;
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
      uiStore.set({ afterFirstRender: true });
      setFailure(
        'De kaart kan in deze browser niet worden getoond (WebGL2 ontbreekt). De tabel hieronder bevat dezelfde cijfers.',
      );
      return;
    }
    instance.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    instance.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    instance.addControl(
      new AttributionControl({ compact: false, customAttribution: 'Grenzen: CBS gebiedsindelingen (PDOK)' }),
      'bottom-right',
    );
    instance.on('styleimagemissing', () => ensureHatch(instance));
    // The fitted whole-country camera stays "the default" in the URL: a link without a position fits any screen.
    const fitted = isDefault(start) ? cameraOf(instance) : null;
    fittedCamera.set(instance, fitted);
    instance.on('moveend', () => {
      const now = cameraOf(instance);
      updateView({ position: fitted && !far(now, fitted) ? DEFAULT_POSITION : now });
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
    const target = isDefault(position) ? (fittedCamera.get(map) ?? position) : position;
    if (far(cameraOf(map), target)) map.jumpTo({ center: [target.lng, target.lat], zoom: target.zoom });
  }, [map, position.lng, position.lat, position.zoom]);

  return (
    <div
      ref={region}
      className="rp-map"
      role="region"
      aria-busy="true"
      aria-label="Kaart van Nederland met de gekozen indeling; de tabel onder de kaart bevat dezelfde cijfers"
    >
      <div ref={container} className="rp-map__canvas" data-testid="kaart" data-ready={map ? 'ja' : 'nee'} />
      {failure && (
        <p className="utrecht-alert utrecht-alert--error rp-map__failure" role="alert">
          {failure}
        </p>
      )}
      {map && (
        <MapContext.Provider value={map}>
          <BasemapController />
          {children}
        </MapContext.Provider>
      )}
    </div>
  );
}
