/** The shape of the compiled corpus the build hands the reader (kept free of build-time imports). */
import type { Article } from '../model/article.ts';
import type { TagLayer } from '../model/tag-layer.ts';

/** Current version of the compiled corpus format that the app loads. */
export const COMPILED_SCHEMA_VERSION = 1;

/** What the build hands the reader. */
export interface CompiledCorpus {
  schemaVersion: typeof COMPILED_SCHEMA_VERSION;
  articles: Article[];
  /** The curated tag layer (claim types, passages, arguments, relations). */
  tagLayer: TagLayer;
}
