/**
 * Hook for "Export as Markdown" of chosen arguments (the arguments index's choice, or the focus view's
 * one argument): loads the arguments shard and only the chosen arguments' articles (`handoutArticleIds`),
 * says while they arrive or which failed, and downloads `argumentsMarkdown` of them.
 */
import { useCallback, useMemo } from 'react';
import { argumentsMarkdown, handoutArticleIds, type ArgumentsHandout } from '../model/handout-markdown.ts';
import { download } from './use-annotation-share.ts';
import { EMPTY_COMPARE_STATE } from './compare-url.ts';
import { absoluteUrl, articlePath } from './paths.ts';
import { useArgumentsLayer, useArgumentsShard, useManifest, type ArticleLoad } from './use-corpus.ts';

const NO_IDS: readonly string[] = [];

/** The export's readiness and the download. */
export interface MarkdownExport {
  /** 'loading' while a quoted article is on its way; 'error' names each failed one in `errors`. */
  status: 'ready' | 'loading' | 'error';
  errors: string[];
  retry: () => void;
  /** Downloads the handout as `fileName` (only when ready). */
  save: () => void;
}

/** "Export as Markdown" of `handout`, written to `fileName`; no article is fetched while `on` is false. */
export function useMarkdownExport(handout: ArgumentsHandout, fileName: string, on = true): MarkdownExport {
  const manifest = useManifest();
  const { steps } = handout;
  const shard = useArgumentsShard(on);
  const allArguments = shard.status === 'ready' ? shard.data.layer.arguments : undefined;
  const ids = useMemo(
    () =>
      on && allArguments
        ? handoutArticleIds(
            allArguments,
            steps.map((s) => s.argumentId),
          )
        : NO_IDS,
    [allArguments, steps, on],
  );
  const { load, tagLayer, loads } = useArgumentsLayer(ids);
  const states = [...loads.values()];
  const failed = states.filter((l): l is Extract<ArticleLoad, { status: 'error' }> => l.status === 'error');
  const failures = load.status === 'error' ? [load, ...failed] : failed;
  const status =
    failures.length > 0
      ? 'error'
      : !tagLayer || states.some((l) => l.status === 'loading')
        ? 'loading'
        : 'ready';
  const save = useCallback(() => {
    if (!tagLayer) return;
    const content = argumentsMarkdown(handout, {
      layer: tagLayer,
      articles: manifest.articles,
      passageUrl: (p) => absoluteUrl(articlePath(p.article, { ...EMPTY_COMPARE_STATE, passage: p.id })),
    });
    download({ name: fileName, type: 'text/markdown;charset=utf-8', content });
  }, [handout, tagLayer, manifest, fileName]);
  return {
    status,
    errors: failures.map((l) => l.message),
    retry: () => failures.forEach((l) => l.retry()),
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
