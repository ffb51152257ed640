/**
 * The page's side of search: whether the index is loaded (idle, loading, ready, or failed with a
 * message), loading it on demand (again after a failure), and queries, over a `SearchEngine` (the
 * worker in the reader, src/state/search-worker-engine.ts). Components reach it through use-search.ts.
 */
import type { SearchHit } from '../search/search-index.ts';
import type { SearchCoverage } from '../search/search-service.ts';

/**
 * Where the index is: nothing asked yet, loading its manifest, `partial` while its shards stream in
 * (queries answer over the `loaded` of `total` shards), ready, or failed (with what to tell the reader).
 */
export type SearchIndexState =
  | { status: 'idle' }
  | { status: 'loading' }
  | ({ status: 'partial' } & SearchCoverage)
  | { status: 'ready' }
  | { status: 'error'; message: string };

/** Whether queries can be answered (over part or all of the index). */
export function searchable(state: SearchIndexState): boolean {
  return state.status === 'ready' || state.status === 'partial';
}

/** What a results line adds while shards stream in ("" once all are in): honest about what was searched. */
export function coverageNote(state: SearchIndexState): string {
  return state.status === 'partial'
    ? ` (searching ${state.loaded} of ${state.total} parts of the corpus so far)`
    : '';
}

/** Loads the serialised index somewhere and runs queries on it. */
export interface SearchEngine {
  /**
   * Resolves once every shard is in, those of the articles in `first` fetched before the others;
   * `progress` hears of each shard (queries may run meanwhile); rejects with an Error saying what failed.
   */
  load: (progress?: (coverage: SearchCoverage) => void, first?: readonly string[]) => Promise<void>;
  /** The best `limit` hits for `query`. */
  query: (query: string, limit: number) => Promise<SearchHit[]>;
}

/** The index's state for React (`subscribe`/`state` suit useSyncExternalStore), `load` and `query`. */
export interface SearchClient {
  state: () => SearchIndexState;
  subscribe: (listener: () => void) => () => void;
  /**
   * Starts loading unless loading or loaded: the first focus of a search box, or "Try again"; the
   * shards of the articles in `first` (those open) come first.
   */
  load: (first?: readonly string[]) => void;
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
    load(first) {
      if (state.status !== 'idle' && state.status !== 'error') return;
      set({ status: 'loading' });
      engine
        .load((coverage) => set({ status: 'partial', ...coverage }), first)
        .then(
          () => set({ status: 'ready' }),
          (error: unknown) => set({ status: 'error', message: (error as Error).message }),
        );
    },
    query: (query, limit) => engine.query(query, limit),
  };
}
