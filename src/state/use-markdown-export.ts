/**
 * Hook for "Export as Markdown" of chosen arguments (the arguments index's choice, or the focus view's
 * one argument): loads only the articles the handout quotes (`handoutArticleIds`), says while they
 * arrive or which failed, and downloads `argumentsMarkdown` of them.
 */
import { useCallback, useMemo } from 'react';
import { handoutArticleIds } from '../data/handout-articles.ts';
import { argumentsMarkdown, type ArgumentsHandout } from '../model/handout-markdown.ts';
import { download } from './use-annotation-share.ts';
import { EMPTY_COMPARE_STATE } from './compare-url.ts';
import { absoluteUrl, articlePath } from './paths.ts';
import { useLoadedCorpus, useManifest, type ArticleLoad } from './use-corpus.ts';

/** The export's readiness and the download. */
export interface MarkdownExport {
  /** 'loading' while a quoted article is on its way; 'error' names each failed one in `errors`. */
  status: 'ready' | 'loading' | 'error';
  errors: string[];
  retry: () => void;
  /** Downloads the handout as `fileName` (only when ready). */
  save: () => void;
}

/** "Export as Markdown" of `handout`, written to `fileName`; nothing is fetched while `on` is false. */
export function useMarkdownExport(handout: ArgumentsHandout, fileName: string, on = true): MarkdownExport {
  const manifest = useManifest();
  const { steps } = handout;
  const ids = useMemo(
    () =>
      on
        ? handoutArticleIds(
            manifest,
            steps.map((s) => s.argumentId),
          )
        : [],
    [manifest, steps, on],
  );
  const { tagLayer, loads } = useLoadedCorpus(ids);
  const states = [...loads.values()];
  const failed = states.filter((l): l is Extract<ArticleLoad, { status: 'error' }> => l.status === 'error');
  const status =
    failed.length > 0 ? 'error' : states.some((l) => l.status === 'loading') ? 'loading' : 'ready';
  const save = useCallback(() => {
    const content = argumentsMarkdown(handout, {
      layer: tagLayer,
      articles: manifest.articles,
      passageUrl: (p) => absoluteUrl(articlePath(p.article, { ...EMPTY_COMPARE_STATE, passage: p.id })),
    });
    download({ name: fileName, type: 'text/markdown;charset=utf-8', content });
  }, [handout, tagLayer, manifest, fileName]);
  return {
    status,
    errors: failed.map((l) => l.message),
    retry: () => failed.forEach((l) => l.retry()),
    save,
  };
}

/** "Export as Markdown" of one argument (the focus view's), as `<argument id>.md`. */
export function useArgumentMarkdown(argumentId: string): MarkdownExport {
  const handout = useMemo(
    () => ({ title: 'Argument: a handout from Parallax', steps: [{ argumentId }] }),
    [argumentId],
  );
  return useMarkdownExport(handout, `${argumentId}.md`);
}
