/**
 * How many arguments each pair of articles shares: the figure the pairwise reading of the tag layer
 * is judged by (`corpus stats` prints it as a table).
 */
import type { Argument } from './tag-layer.ts';

/** One unordered pair of articles and the arguments both make. */
export interface ArticlePairShare {
  /** Article ids, `a` before `b` in the order given. */
  a: string;
  b: string;
  /** Ids of the arguments with passages in both articles, in argument order. */
  arguments: string[];
}

/**
 * For every pair of `articleIds` (in the order given, each pair once), the arguments with passages in
 * both. An argument made in n articles counts once for each of its n·(n−1)/2 pairs.
 */
export function sharedArgumentsByPair(
  articleIds: readonly string[],
  args: readonly Pick<Argument, 'id' | 'articles'>[],
): ArticlePairShare[] {
  const pairs: ArticlePairShare[] = [];
  articleIds.forEach((a, i) => {
    for (const b of articleIds.slice(i + 1)) {
      pairs.push({
        a,
        b,
        arguments: args.filter((g) => g.articles.includes(a) && g.articles.includes(b)).map((g) => g.id),
      });
    }
  });
  return pairs;
}
