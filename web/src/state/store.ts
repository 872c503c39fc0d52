/**
 * The small store for passing UI state that does not belong in a link: hover, the basemap's
 * health, the signed-in token, the map's first-render time. React reads it with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';

export type BasemapStatus = 'laden' | 'online' | 'offline' | 'uit';

export interface UiState {
  hovered: string | null;
  basemap: BasemapStatus;
  basemapMessage: string | null;
  token: string | null;
  /** Milliseconds from navigation start to the map's first rendered regions. */
  firstRenderMs: number | null;
  /**
   * True once the map has drawn its regions (or could not, or 4 s passed): secondary requests
   * (point layers, overview, ministries) wait for it, so the first render has the CPU to itself.
   */
  afterFirstRender: boolean;
}

type Listener = () => void;

export function createStore<T extends object>(initial: T) {
  let state = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => state,
    set(patch: Partial<T>) {
      const next = { ...state, ...patch };
      if (Object.keys(patch).every((k) => Object.is(next[k as keyof T], state[k as keyof T]))) return;
      state = next;
      for (const listener of listeners) listener();
    },
    subscribe(listener: Listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const TOKEN_KEY = 'rijkspresentie.token';

function storedToken(): string | null {
  try {
    return sessionStorage.getItem(TOKEN_KEY);
  } catch {
    return null;
  }
}

export const uiStore = createStore<UiState>({
  hovered: null,
  basemap: 'laden',
  basemapMessage: null,
  token: storedToken(),
  firstRenderMs: null,
  afterFirstRender: false,
});

/** Never wait longer than this for the first render before loading the rest. */
setTimeout(() => uiStore.set({ afterFirstRender: true }), 4000);

export function setToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch {
    // Private mode: the token lives for this page only.
  }
  uiStore.set({ token });
}

export function useUi<S>(select: (state: UiState) => S): S {
  return useSyncExternalStore(uiStore.subscribe, () => select(uiStore.get()));
}
