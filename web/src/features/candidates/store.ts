/** The candidate draft lives in a small store so the panel and the map tool share it. */
import { useSyncExternalStore } from 'react';
import { createStore } from '../../state/store.js';
import { INITIAL_DRAFT, reduceDraft, type CandidateDraft, type DraftAction } from './draft.js';

export const draftStore = createStore<{ draft: CandidateDraft; submitted: CandidateDraft | null }>({ draft: INITIAL_DRAFT, submitted: null });

export function dispatchDraft(action: DraftAction): void {
  const { draft, submitted } = draftStore.get();
  const next = reduceDraft(draft, action);
  // Once a search ran, weight and constraint changes re-rank at once: the list visibly reorders.
  const live = submitted !== null && (action.type === 'weight' || action.type === 'set');
  draftStore.set({ draft: next, submitted: live ? next : submitted });
}

export function submitDraft(): void {
  draftStore.set({ submitted: draftStore.get().draft });
}

export function useDraft() {
  return useSyncExternalStore(draftStore.subscribe, draftStore.get);
}
