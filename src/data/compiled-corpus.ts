/** The shape of the compiled corpus the build hands the reader (kept free of build-time imports). */
import type { Article } from '../model/article.ts';
import type { TagLayer } from '../model/tag-layer.ts';
import type { CorpusSuggestions } from '../model/similarity/corpus-suggestions.ts';

/** Current version of the compiled corpus format that the app loads. */
export const COMPILED_SCHEMA_VERSION = 1;

/** What the build hands the reader. */
export interface CompiledCorpus {
  schemaVersion: typeof COMPILED_SCHEMA_VERSION;
  articles: Article[];
  /** The curated tag layer (claim types, passages, arguments, relations). */
  tagLayer: TagLayer;
  /**
   * Same-argument suggestions computed at build time, by curated passage id: passages (or sentences)
   * of other articles, best first, with score, rank and shared terms. Empty without curated passages.
   */
  suggestions: CorpusSuggestions;
}
