/**
 * The compare view's state hook: reads the URL (through compare-url.ts), and turns each reader
 * action into a new URL pushed on the history, so back and forward replay the reading. On an
 * article's own page (`single`) the one column is that article, the rest of the state is read from
 * the same parameters, and an action that opens another column moves to the compare view.
 */
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { FilterMode } from '../model/claim-filter.ts';
import { MAX_COLUMNS, parseCompareParams, type CompareState, type CompareUrlProblem } from './compare-url.ts';
import { readingPath } from './paths.ts';
import { useCorpus } from './use-corpus.ts';
import { tagIndexOf } from './use-tag-index.ts';

/** Everything the reader can do in the compare view. */
export interface CompareActions {
  addArticle: (id: string) => void;
  removeArticle: (id: string) => void;
  /** Moves a column `delta` places (−1 left, +1 right). */
  moveArticle: (id: string, delta: number) => void;
  toggleType: (id: string) => void;
  clearTypes: () => void;
  setMode: (mode: FilterMode) => void;
  /** Shows or hides the curated tag layer. */
  setLayer: (on: boolean) => void;
  /** Shows or hides the reader's own annotations. */
  setMine: (on: boolean) => void;
  /** Shows or hides the same-argument suggestions. */
  setSuggested: (on: boolean) => void;
  setLock: (on: boolean) => void;
  /** Selects a passage (leaving an own annotation selected), or clears the selection with `undefined`. */
  select: (passageId: string | undefined) => void;
  /** Selects one of the reader's own annotations by id (leaving a selected passage), or clears it with `undefined`. */
  selectOwn: (annotationId: string | undefined) => void;
  /** Opens an article in a new column (if there is room) and selects a passage in it. */
  openBeside: (articleId: string, passageId?: string) => void;
}

/** The parsed state, the URL's problems, and the actions. */
export interface CompareModel {
  state: CompareState;
  /** The selected passage: `p`, or else the first passage of the argument `arg` in an open column. */
  selected: string | undefined;
  problems: CompareUrlProblem[];
  actions: CompareActions;
  /** The address of a state of this view (the article page's when it is one article's page). */
  pathFor: (state: CompareState) => string;
}

/** Moves the item at `from` by `delta`, clamped to the list. */
function moved<T>(items: readonly T[], from: number, delta: number): T[] {
  const to = Math.max(0, Math.min(items.length - 1, from + delta));
  const out = [...items];
  const [item] = out.splice(from, 1);
  if (item !== undefined) out.splice(to, 0, item);
  return out;
}

/** The compare view's state from the URL, with actions that navigate; `single` is the article page's article. */
export function useCompare(single?: string): CompareModel {
  const corpus = useCorpus();
  const { search } = useLocation();
  const navigate = useNavigate();
  const vocabulary = useMemo(
    () => ({
      articleIds: new Set(corpus.articles.map((a) => a.meta.id)),
      typeIds: new Set(corpus.tagLayer.taxonomy.map((t) => t.id)),
      passageIds: new Set(corpus.tagLayer.passages.map((p) => p.id)),
      argumentIds: new Set(corpus.tagLayer.arguments.map((a) => a.id)),
      blockIds: new Set(corpus.articles.flatMap((a) => a.blocks.map((b) => b.id))),
    }),
    [corpus],
  );
  const { state, problems } = useMemo(() => {
    const parsed = parseCompareParams(new URLSearchParams(search), vocabulary);
    return single === undefined ? parsed : { ...parsed, state: { ...parsed.state, articles: [single] } };
  }, [search, vocabulary, single]);
  const selected = useMemo(() => {
    if (state.passage !== undefined || state.argument === undefined) return state.passage;
    const ids = tagIndexOf(corpus).argumentById.get(state.argument)?.passages ?? [];
    const passages = tagIndexOf(corpus).passageById;
    return ids.find((id) => state.articles.includes(passages.get(id)?.article ?? '')) ?? ids[0];
  }, [state, corpus]);
  const pathFor = useCallback((next: CompareState) => readingPath(next, single), [single]);
  const go = useCallback((next: CompareState) => void navigate(pathFor(next)), [navigate, pathFor]);
  const actions = useMemo<CompareActions>(() => {
    // Clearing or changing the selection also drops an argument or search target that chose it, and
    // an own annotation selected (one selection at a time).
    const { passage: _p, argument: _a, at: _at, own: _o, ...unselected } = state;
    return {
      addArticle: (id) => {
        if (!state.articles.includes(id) && state.articles.length < MAX_COLUMNS)
          go({ ...state, articles: [...state.articles, id] });
      },
      removeArticle: (id) => {
        const articles = state.articles.filter((a) => a !== id);
        const passageArticle = state.passage && tagIndexOf(corpus).passageById.get(state.passage)?.article;
        go(passageArticle === id ? { ...unselected, articles } : { ...state, articles });
      },
      moveArticle: (id, delta) =>
        go({ ...state, articles: moved(state.articles, state.articles.indexOf(id), delta) }),
      toggleType: (id) =>
        go({
          ...state,
          types: state.types.includes(id) ? state.types.filter((t) => t !== id) : [...state.types, id],
        }),
      clearTypes: () => go({ ...state, types: [] }),
      setMode: (mode) => go({ ...state, mode }),
      setLayer: (layer) => go({ ...state, layer }),
      setMine: (mine) => go({ ...state, mine }),
      setSuggested: (suggested) => go({ ...state, suggested }),
      setLock: (lock) => go({ ...state, lock }),
      select: (passage) => {
        if (passage === selected && state.argument === undefined && state.own === undefined) return;
        go(passage === undefined ? unselected : { ...unselected, passage });
      },
      selectOwn: (own) => {
        if (own === state.own) return;
        go(own === undefined ? unselected : { ...unselected, own });
      },
      openBeside: (articleId, passage) => {
        const articles =
          state.articles.includes(articleId) || state.articles.length >= MAX_COLUMNS
            ? state.articles
            : [...state.articles, articleId];
        go(passage === undefined ? { ...state, articles } : { ...state, articles, passage });
      },
    };
  }, [state, selected, go, corpus]);
  return { state, selected, problems, actions, pathFor };
}
