/**
 * MapLibre 6 setup under Vite: ES modules only, and the worker must be named explicitly —
 * Vite copies the prebuilt worker file as an asset and we pass its URL.
 */
import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

setWorkerUrl(workerUrl);

export * from 'maplibre-gl';
