/**
 * The arguments the passage being annotated most likely makes, for the annotation editor: the
 * session's recommender (started on the editor's first open, after the page has painted) is asked
 * for the range's text and paragraph (`rangeQuery`), the best three with their shared terms.
 */
import { useEffect, useState } from 'react';
import type { Article } from '../model/article.ts';
import { rangeQuery, type ArgumentRecommendation } from '../model/similarity/argument-recommender.ts';
import { argumentRecommender } from './argument-recommender-session.ts';

/** What the editor shows: nothing asked, waiting, the suggestions, or a failure. */
export type ArgumentSuggestions =
  | { status: 'none' }
  | { status: 'loading' }
  | { status: 'ready'; suggestions: ArgumentRecommendation[] }
  | { status: 'failed'; message: string };

/** Suggestions for `range` (UTF-16 offsets) of `article`, asked again when either changes. */
export function useArgumentSuggestions(
  article: Article | undefined,
  range: { start: number; end: number } | undefined,
): ArgumentSuggestions {
  const [state, setState] = useState<ArgumentSuggestions>({ status: 'none' });
  const start = range?.start;
  const end = range?.end;
  useEffect(() => {
    if (!article || start === undefined || end === undefined || start >= end) {
      setState({ status: 'none' });
      return;
    }
    let current = true;
    setState({ status: 'loading' });
    argumentRecommender()
      .then((ask) => ask({ kind: 'arguments', query: rangeQuery(article, { start, end }) }))
      .then(
        (suggestions) => current && setState({ status: 'ready', suggestions }),
        (error: unknown) =>
          current &&
          setState({ status: 'failed', message: error instanceof Error ? error.message : String(error) }),
      );
    return () => {
      current = false;
    };
  }, [article, start, end]);
  return state;
}
