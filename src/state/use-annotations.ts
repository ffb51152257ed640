/**
 * React access to the reader's annotations: the app's one annotation store (created on first use,
 * kept in IndexedDB) and a hook subscribing to it with useSyncExternalStore.
 */
import { useSyncExternalStore } from 'react';
import {
  DEFAULT_DB_NAME,
  createAnnotationStore,
  type AnnotationSnapshot,
  type AnnotationStore,
} from './annotation-store.ts';

let appStore: AnnotationStore | undefined;

/** The app's annotation store (one per tab). */
export function getAnnotationStore(): AnnotationStore {
  appStore ??= createAnnotationStore({ name: DEFAULT_DB_NAME });
  return appStore;
}

/** Replaces the app's store (tests and previews use an in-memory one). */
export function setAnnotationStore(store: AnnotationStore): void {
  appStore = store;
}

/** The current annotations, arguments, undo state and storage status, and the store to change them. */
export function useAnnotations(store: AnnotationStore = getAnnotationStore()): {
  snapshot: AnnotationSnapshot;
  store: AnnotationStore;
} {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  return { snapshot, store };
}
