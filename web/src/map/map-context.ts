/**
 * The live MapLibre instance for the layers inside <MapView>. Its own module so that MapView and
 * the components it renders (BasemapController, the layers) both import it without importing
 * each other.
 */
import { createContext, useContext } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';

export const MapContext = createContext<MapLibreMap | null>(null);

export function useMap(): MapLibreMap {
  const map = useContext(MapContext);
  if (!map) throw new Error('useMap buiten <MapView>');
  return map;
}
