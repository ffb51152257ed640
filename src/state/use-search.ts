/** Hook running a search over the corpus: builds the index once, then ranks and groups per query. */
import { useCallback, useMemo } from 'react';
import { useLocation } from 'react-router';
import type { CompiledCorpus } from '../data/compiled-corpus.ts';
import { groupResults, type SearchResult, type SearchResultGroup } from '../search/group-results.ts';
import { corpusDocuments } from '../search/search-documents.ts';
import { buildSearchIndex, searchIndex, type SearchIndex } from '../search/search-index.ts';
import { searchResultPath } from './search-target.ts';
import { useCorpus } from './use-corpus.ts';

const indexes = new WeakMap<CompiledCorpus, SearchIndex>();

/** The corpus's search index, built on first use. */
export function corpusSearchIndex(corpus: CompiledCorpus): SearchIndex {
  let index = indexes.get(corpus);
  if (!index) indexes.set(corpus, (index = buildSearchIndex(corpusDocuments(corpus))));
  return index;
}

/** Grouped results for a query, how many hits there were, and where each result leads. */
export interface SearchModel {
  groups: SearchResultGroup[];
  count: number;
  hrefFor: (result: SearchResult) => string;
}

/** Runs `query` (at most `limit` hits) and gives the grouped results with their links. */
export function useSearch(query: string, limit = 40): SearchModel {
  const corpus = useCorpus();
  const location = useLocation();
  const groups = useMemo(
    () => groupResults(searchIndex(corpusSearchIndex(corpus), query, limit), corpus.articles),
    [corpus, query, limit],
  );
  const hrefFor = useCallback(
    (result: SearchResult) => searchResultPath(result, query, location, corpus),
    [query, location, corpus],
  );
  const count = groups.reduce((n, g) => n + g.results.length, 0);
  return { groups, count, hrefFor };
}
