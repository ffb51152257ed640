/** The reader's entry to the compiled corpus: the one module components and state load data through. */
import compiled from 'virtual:parallax-corpus';
import type { Article } from '../model/article.ts';
import { COMPILED_SCHEMA_VERSION, type CompiledCorpus } from './compiled-corpus.ts';

/** Returns the compiled corpus, refusing data from another build format. */
export function loadCorpus(): CompiledCorpus {
  if (compiled.schemaVersion !== COMPILED_SCHEMA_VERSION) {
    throw new Error(
      `The compiled corpus has schemaVersion ${String(compiled.schemaVersion)}, but this reader expects ${COMPILED_SCHEMA_VERSION}; rebuild with npm run build.`,
    );
  }
  return compiled;
}

/** Finds an article by id. */
export function findArticle(corpus: CompiledCorpus, id: string): Article | undefined {
  return corpus.articles.find((a) => a.meta.id === id);
}
