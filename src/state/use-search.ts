/**
 * Hook running a search over the corpus: the index is loaded on demand (`load`, called on the first
 * focus of a search box or by the search page) and queried off the page's thread; each answer is
 * grouped for display. Every caller ranks the same number of hits (`SEARCH_HITS`), so the search
 * box's drop-down and the search page count the same results; the drop-down only shows fewer of them.
 */
import { useCallback, useEffect, useMemo, useState, useSyncExternalStore } from 'react';
import { useLocation } from 'react-router';
import { groupResults, type SearchResult, type SearchResultGroup } from '../search/group-results.ts';
import type { SearchHit } from '../search/search-index.ts';
import { createSearchClient, searchable, type SearchClient, type SearchIndexState } from './search-client.ts';
import { portSearchEngine } from './search-engine.ts';
import { articlesInAddress } from './paths.ts';
import { searchIndexHref, startSearchWorker } from './search-worker-port.ts';
import { searchResultPath } from './search-target.ts';
import { useManifest } from './use-corpus.ts';

/** Hits ranked per query: enough that even a broad query's paragraphs are all listed on the page. */
const SEARCH_HITS = 80;

let shared: SearchClient | undefined;

/** The reader's one search client (one worker, one index, loaded once). */
function searchClient(): SearchClient {
  return (shared ??= createSearchClient(portSearchEngine(startSearchWorker, searchIndexHref)));
}

/** Grouped results for a query, how many there are and how many are shown, and where each result leads. */
export interface SearchModel {
  groups: SearchResultGroup[];
  /** Results in all (what the search page lists). */
  count: number;
  /** Results in `groups` (at most the `shown` asked for). */
  shown: number;
  hrefFor: (result: SearchResult) => string;
  /** The index's state (loading, failed…). */
  index: SearchIndexState;
  /** True while the results shown are not yet those of `query` (the first answer is on its way). */
  pending: boolean;
  /**
   * Loads the index unless it is loaded or loading (also "Try again" after a failure), the open
   * articles' parts first.
   */
  load: () => void;
}

const NO_HITS: readonly SearchHit[] = [];

/** Runs `query` and gives its grouped results (the first `shown` of them) with their links. */
export function useSearch(query: string, shown = Infinity): SearchModel {
  const manifest = useManifest();
  const location = useLocation();
  const client = searchClient();
  const index = useSyncExternalStore(client.subscribe, client.state);
  const [answer, setAnswer] = useState<{ query: string; hits: readonly SearchHit[] }>();
  const ready = searchable(index);
  // While shards stream in, the query runs again as they arrive (about twenty times in all, whatever
  // their number), so results grow without a re-rank per shard at 100×.
  const arrived =
    index.status === 'partial' ? Math.floor(index.loaded / Math.max(1, Math.ceil(index.total / 20))) : -1;
  const empty = query.trim() === '';
  useEffect(() => {
    if (!ready || empty) return;
    let live = true;
    client.query(query, SEARCH_HITS).then(
      (hits) => live && setAnswer({ query, hits }),
      () => live && setAnswer({ query, hits: NO_HITS }),
    );
    return () => {
      live = false;
    };
  }, [client, ready, empty, query, arrived]);
  // While a keystroke's answer is on its way, the previous answer stays (no flash of "no results").
  const hits = empty ? NO_HITS : (answer?.hits ?? NO_HITS);
  const grouped = useMemo(() => groupResults(hits, manifest.articles, shown), [hits, manifest, shown]);
  const hrefFor = useCallback(
    (result: SearchResult) => searchResultPath(result, query, location, manifest),
    [query, location, manifest],
  );
  const load = useCallback(
    () => client.load(articlesInAddress(location.pathname, location.search)),
    [client, location.pathname, location.search],
  );
  return {
    groups: grouped.groups,
    count: grouped.total,
    shown: grouped.shown,
    hrefFor,
    index,
    pending: !empty && answer?.query !== query,
    load,
  };
}
