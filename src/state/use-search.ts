/**
 * Hook running a search over the corpus: builds the index once, then ranks and groups per query.
 * Every caller ranks the same number of hits (`SEARCH_HITS`), so the search box's drop-down and the
 * search page count the same results; the drop-down only shows fewer of them.
 */
import { useCallback, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { CompiledCorpus } from '../data/compiled-corpus.ts';
import { groupResults, type SearchResult, type SearchResultGroup } from '../search/group-results.ts';
import { corpusDocuments } from '../search/search-documents.ts';
import { buildSearchIndex, searchIndex, type SearchIndex } from '../search/search-index.ts';
import { searchResultPath } from './search-target.ts';
import { useCorpus } from './use-corpus.ts';

/** Hits ranked per query: enough that even a broad query's paragraphs are all listed on the page. */
const SEARCH_HITS = 80;

const indexes = new WeakMap<CompiledCorpus, SearchIndex>();

/** The corpus's search index, built on first use. */
export function corpusSearchIndex(corpus: CompiledCorpus): SearchIndex {
  let index = indexes.get(corpus);
  if (!index) indexes.set(corpus, (index = buildSearchIndex(corpusDocuments(corpus))));
  return index;
}

/** Grouped results for a query, how many there are and how many are shown, and where each result leads. */
export interface SearchModel {
  groups: SearchResultGroup[];
  /** Results in all (what the search page lists). */
  count: number;
  /** Results in `groups` (at most the `shown` asked for). */
  shown: number;
  hrefFor: (result: SearchResult) => string;
}

/** Runs `query` and gives its grouped results (the first `shown` of them) with their links. */
export function useSearch(query: string, shown = Infinity): SearchModel {
  const corpus = useCorpus();
  const location = useLocation();
  const grouped = useMemo(
    () => groupResults(searchIndex(corpusSearchIndex(corpus), query, SEARCH_HITS), corpus.articles, shown),
    [corpus, query, shown],
  );
  const hrefFor = useCallback(
    (result: SearchResult) => searchResultPath(result, query, location, corpus),
    [query, location, corpus],
  );
  return { groups: grouped.groups, count: grouped.total, shown: grouped.shown, hrefFor };
}
