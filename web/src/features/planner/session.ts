/**
 * The planner's session across the tabs of one browser (issue 18, finding 4).
 *
 * Choice: the token stays in memory and sessionStorage (per tab, survives a reload) and is
 * handed to the other open tabs of this site over a BroadcastChannel; it is never written to
 * localStorage. A new tab asks the open tabs ("vraag") and takes the answer; signing in or out
 * in one tab does the same in all of them; when the last tab closes the session is gone, as a
 * bank or a government portal behaves. localStorage with an expiry would keep a token (and so
 * access to confidential cases) on disk after the browser is closed. A JWT's `exp` still ends
 * the session in every tab when it passes. Signing out also empties the Apollo cache, so no
 * confidential record outlives the session in any tab.
 */
import type { ApolloClient } from '@apollo/client';
import { useSyncExternalStore } from 'react';
import { createStore, setToken, uiStore } from '../../state/store.js';

const CHANNEL = 'rijkspresentie.sessie';
/** How long a new tab waits for an open tab's answer before it shows the sign-in form. */
export const ASK_TIMEOUT_MS = 300;

type Message = { type: 'vraag' } | { type: 'token'; token: string } | { type: 'afmelden' };

let channel: BroadcastChannel | null = null;
/** True while a new tab waits for the open tabs' answer (the form would flash otherwise). */
const pending = createStore({ asking: false });
let expiryTimer: ReturnType<typeof setTimeout> | undefined;

/** The `exp` of a JWT in milliseconds, or null for a token that is no JWT or has none. */
export function jwtExpiry(token: string): number | null {
  const parts = token.split('.');
  if (parts.length !== 3) return null;
  try {
    const json = atob(parts[1]!.replace(/-/g, '+').replace(/_/g, '/'));
    const exp = (JSON.parse(json) as { exp?: unknown }).exp;
    return typeof exp === 'number' ? exp * 1000 : null;
  } catch {
    return null;
  }
}

function post(message: Message): void {
  channel?.postMessage(message);
}

function adopt(token: string | null, client: ApolloClient): void {
  const previous = uiStore.get().token;
  clearTimeout(expiryTimer);
  const expiry = token ? jwtExpiry(token) : null;
  if (token && expiry !== null && expiry <= Date.now()) token = null;
  setToken(token);
  if (token) pending.set({ asking: false });
  if (token && expiry !== null)
    expiryTimer = setTimeout(() => signOut(client), Math.min(expiry - Date.now(), 2 ** 31 - 1));
  // Another identity, or none: nothing the previous one could read may stay in the cache.
  if (previous && previous !== token) void client.clearStore();
}

/** Starts sharing the session with the other tabs; call once at start-up. */
export function startSessionSharing(client: ApolloClient): void {
  adopt(uiStore.get().token, client);
  if (typeof BroadcastChannel === 'undefined') return;
  channel = new BroadcastChannel(CHANNEL);
  channel.onmessage = (event: MessageEvent<Message>) => {
    const message = event.data;
    const own = uiStore.get().token;
    if (message.type === 'vraag' && own) post({ type: 'token', token: own });
    else if (message.type === 'token' && message.token !== own) adopt(message.token, client);
    else if (message.type === 'afmelden' && own) adopt(null, client);
  };
  if (uiStore.get().token) return;
  pending.set({ asking: true });
  post({ type: 'vraag' });
  setTimeout(() => pending.set({ asking: false }), ASK_TIMEOUT_MS);
}

export function useSessionPending(): boolean {
  return useSyncExternalStore(pending.subscribe, () => pending.get().asking);
}

export function signIn(token: string, client: ApolloClient): void {
  adopt(token, client);
  post({ type: 'token', token });
}

export function signOut(client: ApolloClient): void {
  adopt(null, client);
  void client.clearStore();
  post({ type: 'afmelden' });
}

export type TokenCheck = { ok: true; name: string; role: string } | { ok: false; message: string };

const PLANNER_ROLES = new Set(['planner', 'admin']);

/**
 * Asks the server who the token is (query viewer) before anything says "aangemeld". Plain
 * fetch, not the Apollo cache: the answer belongs to a token that is not yet the session's.
 */
export async function checkToken(token: string, endpoint = '/graphql'): Promise<TokenCheck> {
  const expiry = jwtExpiry(token);
  if (expiry !== null && expiry <= Date.now())
    return { ok: false, message: 'Dit token is verlopen. Vraag een nieuw token aan.' };
  let body: {
    data?: { viewer?: { name: string; role: string } } | null;
    errors?: { extensions?: { code?: string } }[];
  };
  try {
    const response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
      body: JSON.stringify({ query: '{ viewer { name role } }' }),
    });
    body = (await response.json()) as typeof body;
  } catch {
    return {
      ok: false,
      message: 'De server is niet bereikbaar; het token is niet gecontroleerd. Probeer het later opnieuw.',
    };
  }
  const code = body.errors?.[0]?.extensions?.code;
  const viewer = body.data?.viewer;
  if (code === 'UNAUTHENTICATED' || (!viewer && body.errors)) {
    return {
      ok: false,
      message: 'Dit token is onbekend, ingetrokken of verlopen. Controleer of u het volledig hebt geplakt.',
    };
  }
  if (!viewer || !PLANNER_ROLES.has(viewer.role)) {
    return {
      ok: false,
      message: `Dit token geeft geen toegang tot de plannersschermen (rol: ${viewer?.role ?? 'onbekend'}).`,
    };
  }
  return { ok: true, name: viewer.name, role: viewer.role };
}
