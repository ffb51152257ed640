/**
 * The compare view's state hook: reads the URL (through compare-url.ts), and turns each reader
 * action into a new URL pushed on the history, so back and forward replay the reading. On an
 * article's own page (`single`) the one column is that article, the rest of the state is read from
 * the same parameters, and an action that opens another column moves to the compare view.
 */
import { useCallback, useMemo } from 'react';
import { useLocation, useNavigate } from 'react-router';
import type { FilterMode } from '../model/claim-filter.ts';
import {
  MAX_COLUMNS,
  parseCompareParams,
  type CompareState,
  type CompareUrlProblem,
  type CompareVocabulary,
} from './compare-url.ts';
import type { CorpusManifest } from '../data/corpus-files.ts';
import { readingPath } from './paths.ts';
import { useLoadedCorpus, useManifest } from './use-corpus.ts';

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
  /** Shows or hides classmates' shared annotations (the class layer). */
  setClassLayer: (on: boolean) => void;
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

/** The ids a compare URL may name that the manifest alone knows (articles, claim types). */
export function compareVocabulary(manifest: CorpusManifest): CompareVocabulary {
  return {
    articleIds: new Set(manifest.articles.map((a) => a.meta.id)),
    typeIds: new Set(manifest.taxonomy.map((t) => t.id)),
  };
}

/** The compare view's state from the URL, with actions that navigate; `single` is the article page's article. */
export function useCompare(single?: string): CompareModel {
  const manifest = useManifest();
  const { search } = useLocation();
  const navigate = useNavigate();
  const vocabulary = useMemo(() => compareVocabulary(manifest), [manifest]);
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const parsedArticles = useMemo(
    () => (single === undefined ? parseCompareParams(params, vocabulary).state.articles : [single]),
    [params, vocabulary, single],
  );
  // A block (`at`), passage (`p`) or argument (`arg`) is known once the open articles have loaded
  // (their files carry their passages and the layer around them); until then it is kept unchecked.
  const { byId: loaded, layer } = useLoadedCorpus(parsedArticles);
  const articleOf = layer.passageArticles;
  const allLoaded = parsedArticles.every((id) => loaded.has(id));
  const { state, problems } = useMemo(() => {
    const known = allLoaded
      ? {
          ...vocabulary,
          blockIds: new Set(parsedArticles.flatMap((id) => loaded.get(id)?.blocks.map((b) => b.id) ?? [])),
          passageIds: new Set(layer.passageArticles.keys()),
          argumentIds: new Set(layer.arguments.map((a) => a.id)),
        }
      : vocabulary;
    const parsed = parseCompareParams(params, known);
    return single === undefined ? parsed : { ...parsed, state: { ...parsed.state, articles: [single] } };
  }, [params, vocabulary, single, allLoaded, parsedArticles, loaded, layer]);
  const selected = useMemo(() => {
    if (state.passage !== undefined || state.argument === undefined) return state.passage;
    const ids = layer.arguments.find((a) => a.id === state.argument)?.passages ?? [];
    return ids.find((id) => state.articles.includes(articleOf.get(id) ?? '')) ?? ids[0];
  }, [state, layer, articleOf]);
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
        const passageArticle = state.passage && articleOf.get(state.passage);
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
      setClassLayer: (classLayer) => go({ ...state, classLayer }),
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
  }, [state, selected, go, articleOf]);
  return { state, selected, problems, actions, pathFor };
}
