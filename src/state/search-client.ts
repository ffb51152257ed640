/**
 * The page's side of search: whether the index is loaded (idle, loading, ready, or failed with a
 * message), loading it on demand (again after a failure), and queries, over a `SearchEngine` (the
 * worker in the reader, src/state/search-worker-engine.ts). Components reach it through use-search.ts.
 */
import type { SearchHit } from '../search/search-index.ts';

/** Where the index is: nothing asked yet, loading, ready, or failed (with what to tell the reader). */
export type SearchIndexState =
  { status: 'idle' } | { status: 'loading' } | { status: 'ready' } | { status: 'error'; message: string };

/** Loads the serialised index somewhere and runs queries on it. */
export interface SearchEngine {
  /** Resolves once the index is ready; rejects with an Error saying what failed. */
  load: () => Promise<void>;
  /** The best `limit` hits for `query`. */
  query: (query: string, limit: number) => Promise<SearchHit[]>;
}

/** The index's state for React (`subscribe`/`state` suit useSyncExternalStore), `load` and `query`. */
export interface SearchClient {
  state: () => SearchIndexState;
  subscribe: (listener: () => void) => () => void;
  /** Starts loading unless loading or loaded: the first focus of a search box, or "Try again". */
  load: () => void;
  query: SearchEngine['query'];
}

/** Wraps `engine` with the loading state. */
export function createSearchClient(engine: SearchEngine): SearchClient {
  let state: SearchIndexState = { status: 'idle' };
  const listeners = new Set<() => void>();
  const set = (next: SearchIndexState): void => {
    state = next;
    for (const listener of listeners) listener();
  };
  return {
    state: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    load() {
      if (state.status === 'loading' || state.status === 'ready') return;
      set({ status: 'loading' });
      engine.load().then(
        () => set({ status: 'ready' }),
        (error: unknown) => set({ status: 'error', message: (error as Error).message }),
      );
    },
    query: (query, limit) => engine.query(query, limit),
  };
}
