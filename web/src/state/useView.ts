/**
 * The view's home is the URL: this hook reads it, and writes changes back with replaceState
 * (position) or pushState (everything else, so Back undoes a choice). The map instance never
 * holds the truth; it follows this view.
 */
import { useSyncExternalStore } from 'react';
import { decodeView, encodeView } from './url-state.js';
import type { View } from './view.js';

let current: View = openingView(decodeView(window.location.search));

/**
 * A server started with --demo names the demo as the dataset to open on (a meta tag in the page);
 * a link that names its dataset keeps it. The choice is written into the URL, so it is shareable.
 */
function openingView(view: View): View {
  const meta = document.querySelector<HTMLMetaElement>('meta[name="rp-standaard-dataset"]')?.content;
  if (meta !== 'demo' || new URLSearchParams(window.location.search).has('data')) return view;
  const opened = { ...view, dataset: 'demo' as const };
  window.history.replaceState(null, '', `${window.location.pathname}?${encodeView(opened)}`);
  return opened;
}
const listeners = new Set<() => void>();

window.addEventListener('popstate', () => {
  current = decodeView(window.location.search);
  for (const listener of listeners) listener();
});

export function getView(): View {
  return current;
}

export function updateView(patch: Partial<View>): void {
  const next = { ...current, ...patch };
  const query = encodeView(next);
  const url = `${window.location.pathname}${query ? `?${query}` : ''}`;
  const onlyMoved = Object.keys(patch).every((k) => k === 'position');
  if (url !== `${window.location.pathname}${window.location.search}`) {
    if (onlyMoved) window.history.replaceState(null, '', url);
    else window.history.pushState(null, '', url);
  }
  current = next;
  for (const listener of listeners) listener();
}

export function useView(): View {
  return useSyncExternalStore(
    (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    () => current,
  );
}
