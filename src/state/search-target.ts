/**
 * Where choosing a search result leads: the compare view with the result's article open (beside
 * the columns already open, when the reader is in the compare view), the block scrolled to (`at`),
 * a passage selected (`p`), and the query kept (`q`). An argument opens its articles side by side.
 */
import type { CorpusManifest } from '../data/corpus-files.ts';
import type { SearchResult } from '../search/group-results.ts';
import { EMPTY_COMPARE_STATE, MAX_COLUMNS, parseCompareParams, type CompareState } from './compare-url.ts';
import { comparePath } from './paths.ts';

/** The current location, as react-router gives it. */
export interface CurrentLocation {
  pathname: string;
  search: string;
}

/** The compare state open now (or the empty state when not in the compare view). */
function openState(current: CurrentLocation, manifest: CorpusManifest): CompareState {
  if (current.pathname !== '/compare') return EMPTY_COMPARE_STATE;
  const vocabulary = {
    articleIds: new Set(manifest.articles.map((a) => a.meta.id)),
    typeIds: new Set(manifest.taxonomy.map((t) => t.id)),
  };
  return parseCompareParams(new URLSearchParams(current.search), vocabulary).state;
}

/** The path a search result opens. */
export function searchResultPath(
  result: SearchResult,
  query: string,
  current: CurrentLocation,
  manifest: CorpusManifest,
): string {
  const q = query.trim();
  if (result.kind === 'argument') {
    return comparePath({
      ...EMPTY_COMPARE_STATE,
      articles: (result.related ?? []).slice(0, MAX_COLUMNS),
      argument: result.id,
      query: q,
    });
  }
  const { passage: _p, argument: _a, at: _at, query: _q, ...base } = openState(current, manifest);
  const articleId = result.articleId ?? '';
  const articles = base.articles.includes(articleId)
    ? base.articles
    : [...base.articles.slice(0, MAX_COLUMNS - 1), articleId];
  const next: CompareState = { ...base, articles, query: q };
  if (result.blockId !== undefined) next.at = result.blockId;
  if (result.kind === 'passage') next.passage = result.id;
  return comparePath(next);
}
