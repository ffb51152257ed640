/**
 * The page's side of the same-point offer (same-point.ts): what a reader's annotation is asked for
 * and which answers are still worth offering. Kept apart from the recommender so the compare view's
 * first load carries these two small functions without the recommender's model, which runs in its
 * worker.
 */
import type { RecommendQuery } from './argument-recommender.ts';

/** A passage likely making the same point. */
export interface SamePointMatch {
  passage: string;
  article: string;
  /** 0..1: the recommender's score of the argument below for the query. */
  score: number;
  /** The argument that makes it a match, and its statement (the reason shown). */
  argument: string;
  statement: string;
}

/** What a reader's annotation is asked for: its quote, the open articles but its own, its links left out. */
export function samePointQuestion(
  annotation: {
    article: string;
    selector: { quote: { exact: string } };
    links: readonly { target: { passage: string } | object }[];
  },
  openArticles: readonly string[],
): { query: RecommendQuery; articles: string[]; exclude: string[] } {
  return {
    query: { text: annotation.selector.quote.exact },
    articles: openArticles.filter((a) => a !== annotation.article),
    exclude: annotation.links.flatMap((l) => ('passage' in l.target ? [l.target.passage] : [])),
  };
}

/** The matches the annotation does not link to yet (a match it has just linked leaves the offer). */
export function unlinkedMatches(
  matches: readonly SamePointMatch[],
  annotation: Parameters<typeof samePointQuestion>[0],
): SamePointMatch[] {
  const linked = new Set(samePointQuestion(annotation, []).exclude);
  return matches.filter((m) => !linked.has(m.passage));
}
