/**
 * Loads the configured basemap under our layers, or falls back visibly: the store's basemap
 * status drives the notice on the map. Tile errors after a good start also count as a failure.
 */
import { useEffect } from 'react';
import { useMap } from './map-context.js';
import { applyBasemap, configuredBasemap, probeBasemap, removeBasemap } from './basemap.js';
import { uiStore } from '../state/store.js';

export function BasemapController() {
  const map = useMap();
  useEffect(() => {
    const basemap = configuredBasemap();
    if (basemap.kind === 'none') {
      uiStore.set({
        basemap: 'uit',
        basemapMessage: 'Achtergrondkaart uitgezet; de kaart toont alleen eigen grenzen.',
      });
      return;
    }
    let cancelled = false;
    uiStore.set({ basemap: 'laden', basemapMessage: null });
    const offline = () =>
      uiStore.set({
        basemap: 'offline',
        basemapMessage: `Achtergrondkaart (${basemap.name}) niet bereikbaar: de kaart toont alleen eigen grenzen op een effen achtergrond.`,
      });
    const onError = (event: object) => {
      if ((event as { sourceId?: string }).sourceId !== 'basemap') return;
      removeBasemap(map);
      offline();
    };
    map.on('error', onError);
    void probeBasemap(basemap).then((ok) => {
      if (cancelled) return;
      if (!ok) return offline();
      applyBasemap(map, basemap);
      uiStore.set({ basemap: 'online', basemapMessage: null });
    });
    return () => {
      cancelled = true;
      map.off('error', onError);
    };
  }, [map]);
  return null;
}
