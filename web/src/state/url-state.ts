/**
 * The URL codec for the view: pure, so a shared link reproduces the view exactly and bad or
 * outdated parameters fall back to defaults instead of breaking the app.
 * Only values that differ from the defaults are written, which keeps links short and stable.
 */
import { CLASS_METHODS, MAX_CLASSES, MIN_CLASSES, type ClassMethod } from '../map/classify.js';
import {
  DATASETS,
  DEFAULT_VIEW,
  LAYERS,
  LEVELS,
  METRICS,
  PANELS,
  SECTORS,
  type LayerId,
  type MapPosition,
  type View,
} from './view.js';

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const REGION_CODE = /^(PV|CR|GM|AM)\d{2,4}$/;
const SEARCH = /^m:[a-z]+\|[^<>"]{1,6000}$/;

export function encodeView(view: View, defaults: View = DEFAULT_VIEW): string {
  const params = new URLSearchParams();
  const put = (key: string, value: string | null, fallback: string | null) => {
    if (value !== null && value !== fallback) params.set(key, value);
  };
  put('niveau', view.level, defaults.level);
  put('maat', view.metric, defaults.metric);
  put('datum', view.date, defaults.date);
  put('vergelijk', view.compare, defaults.compare);
  put('sector', view.sector, defaults.sector);
  put('ministerie', view.ministry === null ? null : String(view.ministry), null);
  put('data', view.dataset, defaults.dataset);
  put('indeling', view.classMethod, defaults.classMethod);
  put('klassen', String(view.classes), String(defaults.classes));
  const layers = view.layers.join(',');
  if (layers !== defaults.layers.join(',')) params.set('lagen', layers === '' ? 'geen' : layers);
  put('kaart', formatPosition(view.position), formatPosition(defaults.position));
  put('regio', view.selected, null);
  put('paneel', view.panel, defaults.panel);
  put('zoek', view.search, null);
  return params.toString();
}

export function decodeView(search: string, defaults: View = DEFAULT_VIEW): View {
  const params = new URLSearchParams(search.startsWith('?') ? search.slice(1) : search);
  const get = (key: string) => params.get(key);
  const classes = Number(get('klassen'));
  return {
    level: oneOf(get('niveau'), LEVELS, defaults.level),
    metric: oneOf(get('maat'), METRICS, defaults.metric),
    date: matching(get('datum'), DATE) ?? defaults.date,
    compare: matching(get('vergelijk'), DATE) ?? defaults.compare,
    sector: oneOf(get('sector'), SECTORS, defaults.sector),
    ministry: positiveInt(get('ministerie')) ?? defaults.ministry,
    dataset: oneOf(get('data'), DATASETS, defaults.dataset),
    classMethod: oneOf<ClassMethod>(get('indeling'), CLASS_METHODS, defaults.classMethod),
    classes: Number.isInteger(classes) && classes >= MIN_CLASSES && classes <= MAX_CLASSES ? classes : defaults.classes,
    layers: parseLayers(get('lagen'), defaults.layers),
    position: parsePosition(get('kaart')) ?? defaults.position,
    selected: matching(get('regio'), REGION_CODE) ?? defaults.selected,
    panel: oneOf(get('paneel'), PANELS, defaults.panel),
    // Only its shape here; the candidate panel reads it (and ignores what it cannot read).
    search: matching(get('zoek'), SEARCH) ?? defaults.search,
  };
}

/** "zoom/lat/lng", rounded to what the screen can show (≈1 m at 5 decimals). */
export function formatPosition(position: MapPosition): string {
  return `${position.zoom.toFixed(2)}/${position.lat.toFixed(5)}/${position.lng.toFixed(5)}`;
}

export function parsePosition(raw: string | null): MapPosition | null {
  if (!raw) return null;
  const [zoom, lat, lng] = raw.split('/').map(Number);
  if ([zoom, lat, lng].some((n) => n === undefined || !Number.isFinite(n))) return null;
  if (zoom! < 0 || zoom! > 22 || Math.abs(lat!) > 85 || Math.abs(lng!) > 180) return null;
  return { zoom: zoom!, lat: lat!, lng: lng! };
}

function parseLayers(raw: string | null, fallback: LayerId[]): LayerId[] {
  if (raw === null) return fallback;
  if (raw === 'geen') return [];
  return LAYERS.filter((layer) => raw.split(',').includes(layer));
}

function oneOf<T extends string>(raw: string | null, allowed: readonly T[], fallback: T): T;
function oneOf<T extends string>(raw: string | null, allowed: readonly T[], fallback: T | null): T | null;
function oneOf<T extends string>(raw: string | null, allowed: readonly T[], fallback: T | null): T | null {
  return raw !== null && (allowed as readonly string[]).includes(raw) ? (raw as T) : fallback;
}

function matching(raw: string | null, pattern: RegExp): string | null {
  return raw !== null && pattern.test(raw) ? raw : null;
}

function positiveInt(raw: string | null): number | null {
  const n = Number(raw);
  return raw !== null && Number.isInteger(n) && n > 0 ? n : null;
}
