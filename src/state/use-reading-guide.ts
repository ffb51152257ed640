/**
 * Hook for an article's reading guide: the article's own file first (its layer slice names its
 * arguments, their contrasts and the articles on the other side), then the articles it quotes.
 */
import { useMemo } from 'react';
import {
  guideArticleIds,
  readingGuide,
  type GuideSources,
  type ReadingGuide,
} from '../model/reading-guide.ts';
import type { Passage } from '../model/tag-layer.ts';
import { EMPTY_COMPARE_STATE } from './compare-url.ts';
import { argumentPath, articlePath, comparePath, sideBySidePath } from './paths.ts';
import { useLoadedCorpus, useManifest } from './use-corpus.ts';

/** The guide's data, its loading, and its links. */
export interface ReadingGuideModel {
  /** Undefined when the corpus has no article with this id. */
  guide: ReadingGuide | undefined;
  /** The articles it quotes still on their way (the counts and contrasts wait for them). */
  loading: boolean;
  /** Those that failed, each naming its article, with a retry. */
  failures: { message: string; retry: () => void }[];
  /** The article's own page. */
  articleHref: string;
  /** A passage selected on its article's page. */
  passageHref: (passage: Passage) => string;
  /** An argument's focus view. */
  argumentHref: (argumentId: string) => string;
  /** This article and `otherId` side by side, `passage` (one of this article's) selected. */
  compareHref: (otherId: string, passage: Passage | undefined) => string;
  /** Two passages of a disagreement side by side, the first selected. */
  pairHref: (from: Passage, to: Passage) => string;
}

/** The reading guide of `articleId`. */
export function useReadingGuide(articleId: string): ReadingGuideModel {
  const manifest = useManifest();
  const known = manifest.articles.some((a) => a.meta.id === articleId);
  const own = useLoadedCorpus(known ? [articleId] : []);
  const articleOf = own.layer.passageArticles;
  const ownLoaded = own.byId.has(articleId);
  const needed = useMemo(
    () =>
      !known
        ? []
        : ownLoaded
          ? guideArticleIds({ layer: own.tagLayer, articles: manifest.articles, articleOf }, articleId)
          : [articleId],
    [known, ownLoaded, own.tagLayer, manifest, articleOf, articleId],
  );
  const { tagLayer, loads } = useLoadedCorpus(needed);
  const sources: GuideSources = useMemo(
    () => ({ layer: tagLayer, articles: manifest.articles, articleOf }),
    [tagLayer, manifest, articleOf],
  );
  const guide = useMemo(() => readingGuide(sources, articleId), [sources, articleId]);
  const loadStates = [...loads.values()];
  return {
    guide,
    loading: loadStates.some((l) => l.status === 'loading'),
    failures: loadStates.flatMap((l) =>
      l.status === 'error' ? [{ message: l.message, retry: l.retry }] : [],
    ),
    articleHref: articlePath(articleId),
    passageHref: (p) => articlePath(p.article, { ...EMPTY_COMPARE_STATE, passage: p.id }),
    argumentHref: (id) => argumentPath(id),
    compareHref: (otherId, passage) =>
      comparePath({
        ...EMPTY_COMPARE_STATE,
        articles: [articleId, otherId],
        ...(passage ? { passage: passage.id } : {}),
      }),
    pairHref: sideBySidePath,
  };
}
