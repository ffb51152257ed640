/**
 * The reader's entry to the corpus: the manifest and the loader of per-article files, the one
 * module state loads corpus data through. Today the build still inlines the whole compiled corpus
 * (`virtual:parallax-corpus`), cut here into the manifest and files the loader hands out.
 */
import compiled from 'virtual:parallax-corpus';
import { COMPILED_SCHEMA_VERSION } from './compiled-corpus.ts';
import { splitCorpus, type CorpusManifest } from './corpus-files.ts';
import { createCorpusLoader, type CorpusLoader } from './corpus-loader.ts';

let made: { manifest: CorpusManifest; loader: CorpusLoader } | undefined;

function corpus(): { manifest: CorpusManifest; loader: CorpusLoader } {
  if (made) return made;
  if (compiled.schemaVersion !== COMPILED_SCHEMA_VERSION) {
    throw new Error(
      `The compiled corpus has schemaVersion ${String(compiled.schemaVersion)}, but this reader expects ${COMPILED_SCHEMA_VERSION}; rebuild with npm run build.`,
    );
  }
  const split = splitCorpus(compiled);
  const none = { articles: {}, suggestions: {} };
  const loader = createCorpusLoader(split.manifest, none, undefined, split);
  made = { manifest: split.manifest, loader };
  return made;
}

/** The manifest: article citation data and counts, taxonomy, arguments, relations, links. */
export function corpusManifest(): CorpusManifest {
  return corpus().manifest;
}

/** The loader of the articles' texts, passages and suggestions. */
export function corpusLoader(): CorpusLoader {
  return corpus().loader;
}
