/** Path helpers: the one place that knows the reader's URLs. */
import { sideBySideArticles } from '../model/disputes.ts';
import type { ArgumentsQuery } from '../model/argument-table.ts';
import type { Passage } from '../model/tag-layer.ts';
import { argumentsSearch } from './arguments-url.ts';
import { sharedPlanSearch, type SharedPlanView } from './plan-url.ts';
import { addressedArticleIds, compareSearch, EMPTY_COMPARE_STATE, type CompareState } from './compare-url.ts';

/** A path of this reader as a full address (for citations and shared links). */
export function absoluteUrl(path: string): string {
  return new URL(path, window.location.origin).href;
}

/**
 * The articles a reader has open at `pathname` + `search` (a location inside the router's base): an
 * article's page or guide gives its id, the compare view its columns; unchecked, [] elsewhere.
 */
export function articlesInAddress(pathname: string, search: string): string[] {
  const page = /^\/article\/([^/]+)/.exec(pathname);
  if (page?.[1] !== undefined) {
    try {
      return [decodeURIComponent(page[1])];
    } catch {
      return []; // A malformed escape names no article.
    }
  }
  return pathname === '/compare' ? addressedArticleIds(new URLSearchParams(search)) : [];
}

/** The library of articles. */
export function libraryPath(): string {
  return '/';
}

/** One article read on its own, with the filter, layers and selection of `state` (its columns are ignored). */
export function articlePath(articleId: string, state?: CompareState): string {
  const search = state ? compareSearch({ ...state, articles: [] }) : '';
  return `/article/${encodeURIComponent(articleId)}${search}`;
}

/** One article's reading guide: its claims by type, shared and lone arguments, disagreements. */
export function guidePath(articleId: string): string {
  return `/article/${encodeURIComponent(articleId)}/guide`;
}

/** Where a compare state is read: its one article's page when `single` names it, else the compare view. */
export function readingPath(state: CompareState, single?: string): string {
  if (single !== undefined && state.articles.length === 1 && state.articles[0] === single)
    return articlePath(single, state);
  return single !== undefined && state.articles.length === 0 ? libraryPath() : comparePath(state);
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

/** The index of arguments, with a filter and order when given. */
export function argumentsPath(query?: ArgumentsQuery): string {
  return `/arguments${query ? argumentsSearch(query) : ''}`;
}

/** One argument's focus view, keeping the list's filter and order (for previous/next); `present` for presentation mode. */
export function argumentPath(argumentId: string, query?: ArgumentsQuery, present = false): string {
  const search = query ? argumentsSearch(query, present) : present ? '?present=1' : '';
  return `/arguments/${encodeURIComponent(argumentId)}${search}`;
}

/** The class page (a teacher's or student's, from the link this browser keeps). */
export function classPath(): string {
  return '/class';
}

/** What the teacher presents of a shared annotation: its article, class layer on, at its paragraph. */
export function presentPath(articleId: string, blockId: string | undefined): string {
  return comparePath({
    ...EMPTY_COMPARE_STATE,
    articles: [articleId],
    classLayer: true,
    ...(blockId !== undefined ? { at: blockId } : {}),
  });
}

/** The reader's discussion plans. */
export function plansPath(): string {
  return '/plans';
}

/** One of the reader's plans, in its editor. */
export function planPath(planId: string): string {
  return `/plans/${encodeURIComponent(planId)}`;
}

/** A plan carried whole in the link (`encoded` by plan-link.ts); `present` with its 1-based `step` projects it. */
export function sharedPlanPath(encoded: string, view: SharedPlanView = {}): string {
  return `/plan${sharedPlanSearch(encoded, view)}`;
}

/**
 * The compare view at `passageId` (selected), presented one passage per screen when `present`, else
 * read as usual: the way into presentation mode, each of its steps, and the way back. Without a
 * passage, presentation starts at its first step.
 */
export function comparePresentationPath(
  state: CompareState,
  passageId: string | undefined,
  present: boolean,
): string {
  const { passage: _p, argument: _a, at: _at, own: _o, present: _pr, ...rest } = state;
  return comparePath({
    ...rest,
    ...(passageId !== undefined ? { passage: passageId } : {}),
    ...(present ? { present: true as const } : {}),
  });
}
