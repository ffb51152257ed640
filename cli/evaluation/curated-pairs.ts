/**
 * The curated layer as the evaluations read it: passages with their arguments, the held-out split of
 * the arguments, and the pairs of passages in different articles that share one.
 *
 * Arguments are split by a hash of their id (FNV-1a parity: stable, independent of order and of the
 * texts) into a development half, the only one tuning may look at, and a held-out test half.
 */
import type { Article } from '../../src/model/article.ts';
import { fnv1a32 } from '../../src/model/hash.ts';
import type { Passage } from '../../src/model/tag-layer.ts';

/** A curated passage, as the evaluation needs it. */
export interface CuratedPassage {
  id: string;
  article: string;
  text: string;
  /** Ids of the arguments it makes. */
  arguments: string[];
  /** Id of the paragraph (block) holding it, when known. */
  paragraph?: string;
  /** Text of that paragraph (the passage's context field). */
  context?: string;
}

/** Which half of the curated arguments. */
export type SplitName = 'dev' | 'test';

/** Two passages of different articles that share at least one argument (unordered, source first). */
export interface CuratedPair {
  source: string;
  target: string;
  arguments: string[];
  split: SplitName;
}

/** Split of an argument id: FNV-1a hash parity. */
export function splitOfArgument(argumentId: string): SplitName {
  return fnv1a32(argumentId) % 2 === 0 ? 'dev' : 'test';
}

/**
 * Every curated pair of passages in different articles sharing an argument; a pair is "test" only
 * if every argument it shares is a test argument, else "dev".
 */
export function curatedPairs(passages: readonly CuratedPassage[]): CuratedPair[] {
  const pairs: CuratedPair[] = [];
  for (let i = 0; i < passages.length; i++) {
    for (let j = i + 1; j < passages.length; j++) {
      const a = passages[i];
      const b = passages[j];
      if (!a || !b || a.article === b.article) continue;
      const shared = a.arguments.filter((x) => b.arguments.includes(x));
      if (shared.length === 0) continue;
      const split = shared.every((x) => splitOfArgument(x) === 'test') ? 'test' : 'dev';
      pairs.push({ source: a.id, target: b.id, arguments: shared, split });
    }
  }
  return pairs;
}

/** Curated passages from a compiled tag layer, with the paragraph (block) that holds each and its text. */
export function curatedPassagesFromLayer(
  passages: readonly Pick<Passage, 'id' | 'article' | 'exact' | 'arguments' | 'blockId'>[],
  articles: readonly Article[],
): CuratedPassage[] {
  const blocks = new Map(articles.flatMap((a) => a.blocks.map((b) => [b.id, b.text] as const)));
  return passages.map((p) => ({
    id: p.id,
    article: p.article,
    text: p.exact,
    arguments: [...p.arguments],
    paragraph: p.blockId,
    context: blocks.get(p.blockId),
  }));
}
