/**
 * The candidate draft lives in a small store so the panel and the map tool share it. The search
 * that ran is also in the URL (`zoek`, search-url.ts): a reload or a shared link reruns it.
 */
import { useSyncExternalStore } from 'react';
import { createStore } from '../../state/store.js';
import { getView, updateView } from '../../state/useView.js';
import { INITIAL_DRAFT, reduceDraft, type CandidateDraft, type DraftAction } from './draft.js';
import { decodeSearch, encodeSearch } from './search-url.js';

const fromUrl = decodeSearch(getView().search);

export const draftStore = createStore<{ draft: CandidateDraft; submitted: CandidateDraft | null }>({
  draft: fromUrl ?? INITIAL_DRAFT,
  submitted: fromUrl,
});

export function dispatchDraft(action: DraftAction): void {
  const { draft, submitted } = draftStore.get();
  const next = reduceDraft(draft, action);
  // Once a search ran, weight and constraint changes re-rank at once: the list visibly reorders.
  const live = submitted !== null && (action.type === 'weight' || action.type === 'set');
  draftStore.set({ draft: next, submitted: live ? next : submitted });
  if (live) updateView({ search: encodeSearch(next) });
}

export function submitDraft(): void {
  const draft = draftStore.get().draft;
  draftStore.set({ submitted: draft });
  updateView({ search: encodeSearch(draft) });
}

/** Follows the URL (Back, Forward, a pasted link): the search it names runs, or none. */
export function followSearchInUrl(raw: string | null): void {
  const { submitted } = draftStore.get();
  if (raw === (submitted ? encodeSearch(submitted) : null)) return;
  const draft = decodeSearch(raw);
  draftStore.set(draft ? { draft, submitted: draft } : { submitted: null });
}

export function useDraft() {
  return useSyncExternalStore(draftStore.subscribe, draftStore.get);
}
