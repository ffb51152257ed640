/**
 * The cache a compile may use for derived data that is expensive and depends only on its inputs:
 * each edition's checked and built article, and the corpus's suggestions. Keys are the full input
 * text the value was computed from (the cache implementation hashes them); values are JSON.
 * A compile without a cache computes everything; with one, an unchanged article or an unchanged
 * suggestion input is read back instead of recomputed.
 */
import type { Article } from '../model/article.ts';
import type { Passage } from '../model/tag-layer.ts';

/** Where derived data is kept between compiles (see `diskCache` in disk-cache.ts). */
export interface CompileCache {
  /** The value stored under the key, or undefined. */
  get: (key: string) => string | undefined;
  /** Stores a value (a failure to store is not an error: the next compile recomputes). */
  set: (key: string, value: string) => void;
}

/** Reads `key`, or computes, stores and returns the value. Values must survive JSON. */
export function cached<T>(cache: CompileCache | undefined, key: string, compute: () => T): T {
  if (!cache) return compute();
  const hit = cache.get(key);
  if (hit !== undefined) return JSON.parse(hit) as T;
  const value = compute();
  cache.set(key, JSON.stringify(value));
  return value;
}

/** The cache key of one edition: what its checks and its built article are computed from. */
export function editionKey(path: string, content: string, source: string | undefined): string {
  return JSON.stringify(['edition', path, content, source ?? null]);
}

/**
 * The cache key of the suggestions: exactly what the engine reads (corpus-suggestions.ts), so an
 * edit it cannot see (a caption, an untagged paragraph of an annotated article, a moved passage)
 * keeps them: each curated passage's id, article, quote and paragraph text; the body blocks of
 * articles without curated passages (their sentences are targets, by offset); the word vectors and
 * the corpus vocabulary (`annotations/vocabulary.json`).
 */
export function suggestionsKey(
  articles: readonly Article[],
  passages: readonly Passage[],
  wordVectors: string | undefined,
  vocabulary: string | undefined,
): string {
  const curated = new Set(passages.map((p) => p.article));
  const blockText = new Map(articles.flatMap((a) => a.blocks.map((b) => [b.id, b.text] as const)));
  return JSON.stringify([
    'suggestions',
    passages.map((p) => [p.id, p.article, p.exact, blockText.get(p.blockId) ?? null]),
    articles
      .filter((a) => !curated.has(a.meta.id))
      .map((a) => [a.meta.id, a.blocks.map((b) => [b.kind, b.id, b.start, b.text, b.sentences])]),
    wordVectors ?? null,
    vocabulary ?? null,
  ]);
}
