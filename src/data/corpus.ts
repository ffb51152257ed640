/**
 * The reader's entry to the corpus: the manifest the build inlines (`virtual:parallax-corpus`) and
 * the loader of per-article files it points to, the one module state loads corpus data through.
 */
import compiled from 'virtual:parallax-corpus';
import { CORPUS_FILES_SCHEMA_VERSION, type CorpusManifest } from './corpus-files.ts';
import { createCorpusLoader, type CorpusLoader } from './corpus-loader.ts';

let loader: CorpusLoader | undefined;

/** The manifest: article citation data and counts, taxonomy, arguments, relations, links. */
export function corpusManifest(): CorpusManifest {
  if (compiled.manifest.schemaVersion !== CORPUS_FILES_SCHEMA_VERSION) {
    throw new Error(
      `The corpus manifest has schemaVersion ${String(compiled.manifest.schemaVersion)}, but this reader expects ${CORPUS_FILES_SCHEMA_VERSION}; rebuild with npm run build.`,
    );
  }
  return compiled.manifest;
}

/** The loader of the articles' texts, passages and suggestions (fetched on first use, then cached). */
export function corpusLoader(): CorpusLoader {
  loader ??= createCorpusLoader(corpusManifest(), compiled.urls);
  return loader;
}
