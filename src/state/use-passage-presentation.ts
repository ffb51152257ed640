/**
 * Hook for the compare view presented one passage per screen (`/compare?…&present=1`): the steps are
 * the open columns' passages kept to the claim-type filter (`passageSlides`), the step shown is `p`
 * (the first when absent), and what the screen shows is `passageSlide`. Only the open articles and the
 * articles the shown passage (and the next one, ahead of the step) links to are fetched; the open
 * articles' layer slices say which those are.
 */
import { useCallback, useMemo } from 'react';
import { useLocation } from 'react-router';
import { linkedArticleIds } from '../data/layer-shards.ts';
import type { ArticleHead } from '../model/article.ts';
import { passageSlide, passageSlides, type PassageSlide } from '../model/passage-slides.ts';
import type { ClaimType } from '../model/tag-layer.ts';
import { parseCompareParams } from './compare-url.ts';
import { comparePresentationPath } from './paths.ts';
import { compareVocabulary } from './use-compare.ts';
import { useLoadedCorpus, useManifest } from './use-corpus.ts';

/** What the presentation shows and where its steps go. */
export interface PassagePresentationModel {
  /** The step shown; undefined while the open articles arrive, or when the columns have no passage to show. */
  slide: PassageSlide | undefined;
  /** The passage ids stepped through, in order. */
  order: readonly string[];
  /** The passage shown (undefined when there is none yet). */
  current: string | undefined;
  /** Articles by id, for titles (from the manifest, so a linked article's title is there before its text). */
  articleOf: (articleId: string) => ArticleHead | undefined;
  typeOf: (typeId: string) => ClaimType | undefined;
  /** Another step of the presentation. */
  hrefOf: (passageId: string) => string;
  /** The compare view with the shown passage selected (Escape). */
  leaveHref: string;
  /** Articles still on their way, and those that failed (each named, with a retry). */
  loading: boolean;
  failures: { message: string; retry: () => void }[];
  /** What the URL named that this corpus does not have. */
  problems: string[];
}

const NONE: readonly string[] = [];

/** The presentation of the compare view in the URL. */
export function usePassagePresentation(): PassagePresentationModel {
  const manifest = useManifest();
  const vocabulary = useMemo(() => compareVocabulary(manifest), [manifest]);
  const { search } = useLocation();
  const params = useMemo(() => new URLSearchParams(search), [search]);
  const opened = useMemo(() => parseCompareParams(params, vocabulary).state.articles, [params, vocabulary]);
  // The open articles first: their files give the steps and say where each linked passage is.
  const { layer, index: openIndex, loads: openLoads } = useLoadedCorpus(opened);
  const openReady = opened.every((id) => openLoads.get(id)?.status === 'ready');
  const { state, problems } = useMemo(
    () =>
      parseCompareParams(
        params,
        openReady ? { ...vocabulary, passageIds: new Set(layer.passageArticles.keys()) } : vocabulary,
      ),
    [params, vocabulary, openReady, layer],
  );
  const openKey = state.articles.join(',');
  const typesKey = state.types.join(',');
  const order = useMemo(
    () => (openReady ? passageSlides(openIndex, state.articles, state.types) : NONE),
    // The ids, not the arrays, so the order stays the same object while stepping.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [openReady, openIndex, openKey, typesKey],
  );
  const current = state.passage ?? order[0];
  const at = current === undefined ? -1 : order.indexOf(current);
  const next = at === -1 ? order[0] : order[at + 1];
  // The shown passage's linked articles, and the next step's, fetched ahead of the step.
  const linkedNow = useMemo(
    () => (current === undefined ? NONE : linkedArticleIds(layer, current)),
    [layer, current],
  );
  const wanted = useMemo(
    () => [
      ...new Set([...opened, ...linkedNow, ...(next === undefined ? [] : linkedArticleIds(layer, next))]),
    ],
    [opened, linkedNow, next, layer],
  );
  const { index, loads } = useLoadedCorpus(wanted);
  const needed = [...new Set([...opened, ...linkedNow])].map((id) => loads.get(id));
  const loading = needed.some((l) => l === undefined || l.status === 'loading');
  const slide = useMemo(
    () => (loading || current === undefined ? undefined : passageSlide(index, order, current)),
    [loading, index, order, current],
  );
  const heads = useMemo(() => new Map(manifest.articles.map((a) => [a.meta.id, a])), [manifest]);
  const types = useMemo(() => new Map(manifest.taxonomy.map((t) => [t.id, t])), [manifest]);
  const hrefOf = useCallback((id: string) => comparePresentationPath(state, id, true), [state]);
  return {
    // Shown once its linked articles are in too, so no card appears late and shifts the screen.
    slide,
    order,
    current,
    articleOf: (id) => heads.get(id),
    typeOf: (id) => types.get(id),
    hrefOf,
    leaveHref: comparePresentationPath(state, current, false),
    loading,
    failures: needed.flatMap((l) => (l?.status === 'error' ? [{ message: l.message, retry: l.retry }] : [])),
    problems: problems.map((p) => p.message),
  };
}
