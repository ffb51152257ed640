/**
 * The search index as a build output: serialised from the compiled corpus (src/data/search-index-data.ts)
 * into one JSON file named by its content hash, so browsers may cache it for good. The corpus plugin
 * (vite-plugin-corpus.ts) emits it into the build, serves it in dev, and gives the reader its URL
 * through `virtual:parallax-search-index`; the reader fetches it on the first search focus.
 */
import { createHash } from 'node:crypto';
import type { CompiledCorpus } from '../src/data/compiled-corpus.ts';
import { corpusDocuments } from '../src/data/search-documents.ts';
import { buildSearchIndexData } from '../src/data/search-index-data.ts';

/** The index file: its path under the output folder and its text. */
export interface SearchIndexFile {
  /** E.g. `assets/search-index-1a2b3c4d5e.json` (hex of the text's SHA-256). */
  fileName: string;
  source: string;
}

/** Serialises the search index of `corpus` into its hashed file. */
export function searchIndexFile(corpus: CompiledCorpus): SearchIndexFile {
  const source = JSON.stringify(buildSearchIndexData(corpusDocuments(corpus)));
  const hash = createHash('sha256').update(source).digest('hex').slice(0, 10);
  return { fileName: `assets/search-index-${hash}.json`, source };
}

/** The module the reader imports the index file's URL from (src/data/search-index-url.ts). */
export const SEARCH_INDEX_MODULE = 'virtual:parallax-search-index';

/** Where the dev server serves the index (computed when asked, so tests and dev start need none). */
export const DEV_SEARCH_INDEX_PATH = '@parallax/search-index.json';

/** The source of `virtual:parallax-search-index`: the URL under `base` of the file at `path`. */
export function searchIndexModule(base: string, path: string): string {
  return `export default ${JSON.stringify(`${base}${path}`)};`;
}
