/**
 * Passages in other open articles that likely make the same point as a reader's annotation, offered
 * when it is saved. The point is found through the arguments: the annotation's text is scored against
 * every argument by the argument recommender (argument-recommender.ts), and each curated passage of an
 * open article scores as the best of the arguments it makes; the best few per article are offered,
 * each with that argument as its reason.
 *
 * Why through the arguments rather than passage against passage: on the curated pairs (each passage's
 * own arguments hidden), ranking a partner's article by its passages' arguments finds the partner far
 * more often than the direct cosine of the two texts (dev pairs hit@3 0.707 against 0.310, mixes of
 * the two in between, measured while choosing the design; the first is
 * cli/evaluation/recommender-evaluation.ts `samePointMetrics`), because an
 * argument's statement and its passages together name the point in more words than one passage does.
 * Passages without arguments are never offered (nothing says what point they make).
 *
 * The per-article index (article → its passages) is built on the first question about the article
 * and kept with the recommender, so opening another column adds one article's index.
 */
import { rankArguments, type ArgumentRecommender, type RecommendQuery } from './argument-recommender.ts';
import type { SamePointMatch } from './same-point-question.ts';

const indexes = new WeakMap<ArgumentRecommender, Map<string, number[]>>();

/** Positions (in `rec.passages`) of the article's passages that make an argument, kept per article. */
function articlePassages(rec: ArgumentRecommender, article: string): number[] {
  let byArticle = indexes.get(rec);
  if (!byArticle) indexes.set(rec, (byArticle = new Map()));
  let found = byArticle.get(article);
  if (!found) {
    found = [];
    rec.passages.forEach((p, i) => {
      if (p.article === article && p.arguments.length > 0) found?.push(i);
    });
    byArticle.set(article, found);
  }
  return found;
}

/**
 * The best `perArticle` (default 3) passages of each of `articles` for the query, best first within
 * each article, articles in the order given; passages in `exclude` are left out.
 */
export function samePointPassages(
  rec: ArgumentRecommender,
  query: RecommendQuery,
  articles: readonly string[],
  {
    perArticle = 3,
    exclude = new Set<string>(),
  }: { perArticle?: number; exclude?: ReadonlySet<string> } = {},
): SamePointMatch[] {
  const scores = new Map(rankArguments(rec, query).map((r) => [r.argument, r.score]));
  const statements = new Map(rec.arguments.map((a) => [a.id, a.text]));
  return articles.flatMap((article) =>
    articlePassages(rec, article)
      .flatMap((i) => {
        const p = rec.passages[i];
        if (!p || exclude.has(p.id)) return [];
        let best: { argument: string; score: number } | undefined;
        for (const a of p.arguments) {
          const score = scores.get(a) ?? 0;
          if (score > (best?.score ?? 0)) best = { argument: a, score };
        }
        return best
          ? [{ passage: p.id, article, ...best, statement: statements.get(best.argument) ?? '' }]
          : [];
      })
      .sort((a, b) => b.score - a.score)
      .slice(0, perArticle),
  );
}
