/**
 * The search index as a build output, in shards (src/data/search-index-data.ts): one file per article
 * (its sentences and passages) and one of the argument statements, `assets/search-part-<key>-<hash>.json`,
 * and the manifest `assets/search-index-<hash>.json` naming them (relative to itself) with the whole
 * corpus's ranking statistics; every name carries its content hash, so browsers may cache them for
 * good. The corpus plugin (vite-plugin-corpus.ts) emits them into the build, serves them in dev, and
 * gives the reader the manifest's URL through `virtual:parallax-search-index`; the reader fetches it on
 * the first search focus and streams the shards in.
 */
import { createHash } from 'node:crypto';
import type { CompiledCorpus } from '../src/data/compiled-corpus.ts';
import { corpusDocumentGroups } from '../src/data/search-documents.ts';
import { buildSearchManifest, buildSearchShard } from '../src/data/search-index-data.ts';

/** One file: its path under the output folder and its text. */
export interface SearchIndexFile {
  /** E.g. `assets/search-index-1a2b3c4d5e.json` (hex of the text's SHA-256). */
  fileName: string;
  source: string;
}

/** The manifest (the file the reader is pointed at) and the shards it names. */
export interface SearchIndexFiles {
  manifest: SearchIndexFile;
  shards: SearchIndexFile[];
}

const hashOf = (source: string): string => createHash('sha256').update(source).digest('hex').slice(0, 10);

/** Serialises the search index of `corpus` into its hashed shard files and their manifest. */
export function searchIndexFiles(corpus: CompiledCorpus): SearchIndexFiles {
  const built = corpusDocumentGroups(corpus).map(({ key, docs }) => {
    const shard = buildSearchShard(docs);
    const source = JSON.stringify(shard.shard);
    const name = `search-part-${key}-${hashOf(source)}.json`;
    return { ...shard, key, url: name, file: { fileName: `assets/${name}`, source } };
  });
  const source = JSON.stringify(buildSearchManifest(built));
  return {
    manifest: { fileName: `assets/search-index-${hashOf(source)}.json`, source },
    shards: built.map((b) => b.file),
  };
}

/** The module the reader imports the index file's URL from (src/data/search-index-url.ts). */
export const SEARCH_INDEX_MODULE = 'virtual:parallax-search-index';

/**
 * Where the dev server serves the manifest (computed when asked, so tests and dev start need none);
 * its shards are served beside it, under `@parallax/`.
 */
export const DEV_SEARCH_INDEX_PATH = '@parallax/search-index.json';

/** The source of `virtual:parallax-search-index`: the URL under `base` of the file at `path`. */
export function searchIndexModule(base: string, path: string): string {
  return `export default ${JSON.stringify(`${base}${path}`)};`;
}
