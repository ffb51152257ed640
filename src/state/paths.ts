/** Path helpers: the one place that knows the reader's URLs. */
import { sideBySideArticles } from '../model/disputes.ts';
import type { Passage } from '../model/tag-layer.ts';
import { compareSearch, EMPTY_COMPARE_STATE, type CompareState } from './compare-url.ts';

/** The library of articles. */
export function libraryPath(): string {
  return '/';
}

/** One article read on its own. */
export function articlePath(articleId: string): string {
  return `/article/${encodeURIComponent(articleId)}`;
}

/** The compare view showing `state` (articles side by side, filter, selection). */
export function comparePath(state: CompareState): string {
  return `/compare${compareSearch(state)}`;
}

/** Two passages side by side (their articles, one column when they share it), the first selected. */
export function sideBySidePath(from: Passage, to: Passage): string {
  return comparePath({ ...EMPTY_COMPARE_STATE, articles: sideBySideArticles(from, to), passage: from.id });
}

/** The search page for `query` (a shareable search). */
export function searchPath(query: string): string {
  return query.trim() === '' ? '/search' : `/search?q=${encodeURIComponent(query)}`;
}

/** The index of arguments. */
export function argumentsPath(): string {
  return '/arguments';
}
