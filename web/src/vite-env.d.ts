/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** Basemap: a MapLibre style URL, "pdok-brt" (default) or "geen" (plain background). */
  readonly VITE_BASEMAP?: string;
}
