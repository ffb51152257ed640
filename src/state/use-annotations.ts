/**
 * React access to the reader's annotations: the app's one annotation store (kept in IndexedDB) and
 * a hook subscribing to it with useSyncExternalStore.
 *
 * The store's code (Yjs, y-indexeddb) is loaded after the first paint of the view that reads it
 * (deferred-annotation-store.ts), not with the page: a view whose own content is still arriving (the
 * compare view's article files) holds it back until that content has painted (`useHoldAnnotations`),
 * so the store never competes with the first paint for the network or the main thread.
 */
import { useEffect, useSyncExternalStore } from 'react';
import type { AnnotationSnapshot, AnnotationStore } from './annotation-store.ts';
import { createDeferredAnnotationStore, type DeferredAnnotationStore } from './deferred-annotation-store.ts';

/** The app's annotation database. */
export const DEFAULT_DB_NAME = 'parallax-annotations';

let appStore: AnnotationStore | undefined;
let deferred: DeferredAnnotationStore | undefined;
/** Views holding the store back while their own content arrives, and whether a view has asked for it. */
let holds = 0;
let asked = false;

/** The app's annotation store (one per tab). */
export function getAnnotationStore(): AnnotationStore {
  if (!appStore) {
    deferred = createDeferredAnnotationStore(
      () => import('./annotation-store.ts').then((m) => m.createAnnotationStore),
      { name: DEFAULT_DB_NAME },
    );
    appStore = deferred;
  }
  return appStore;
}

/** Replaces the app's store (tests and previews use an in-memory one). */
export function setAnnotationStore(store: AnnotationStore): void {
  appStore = store;
  deferred = undefined;
}

/** Runs `run` once the next frame has been painted (a timer set from a frame callback runs after it). */
function afterPaint(run: () => void): void {
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(run, 0));
  else setTimeout(run, 0);
}

/** Loads the deferred store after the next paint, unless a view holds it back. */
function loadWhenFree(): void {
  afterPaint(() => {
    if (holds === 0) void deferred?.load();
  });
}

/** The current annotations, arguments, undo state and storage status, and the store to change them. */
export function useAnnotations(store: AnnotationStore = getAnnotationStore()): {
  snapshot: AnnotationSnapshot;
  store: AnnotationStore;
} {
  const snapshot = useSyncExternalStore(store.subscribe, store.getSnapshot, store.getSnapshot);
  useEffect(() => {
    asked = true;
    loadWhenFree();
  }, []);
  return { snapshot, store };
}

/**
 * Holds the store's loading back while `waiting` (a view's own content still arriving), so that
 * content paints first; released, the store loads after the next paint. A change asked of the store
 * meanwhile loads it at once (nothing waits on a hold).
 */
export function useHoldAnnotations(waiting: boolean): void {
  useEffect(() => {
    if (!waiting) return;
    holds++;
    return () => {
      holds--;
      if (holds === 0 && asked) loadWhenFree();
    };
  }, [waiting]);
}
