/**
 * Vite plugin that compiles the corpus at build time and hands the reader its manifest in the
 * virtual module `virtual:parallax-corpus` (article citation data and counts, taxonomy; nothing per
 * argument or passage), with the URL of each article's own file (text, passages, their layer slice),
 * of its suggestions' file and of the arguments shard. Those files are
 * written beside the app as `corpus/<id>.<hash>.json` (content-hashed, so they can be cached for
 * ever) in a build, and served from memory by the dev server. Invalid input fails the build (and
 * every test that imports the corpus) with each problem's file and line. It also writes the
 * serialised search index (build/search-index-file.ts) and gives the reader its URL, and compiles
 * `virtual:parallax-recommender`, the argument recommender's own data (src/data/recommender-data.ts),
 * which the annotation editor imports on first use (a separate chunk).
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import type { CompiledCorpus } from '../src/data/compiled-corpus.ts';
import { corpusRoot, readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { articleFile, splitCorpus } from '../src/data/corpus-files.ts';
import type { CorpusFileUrls } from '../src/data/corpus-loader.ts';
import { defaultCacheDir, diskCache, sha256 } from '../src/data/disk-cache.ts';
import { recommenderData } from '../src/data/recommender-data.ts';
import { parseVocabulary } from '../src/data/vocabulary-file.ts';
import { CorpusError, type CorpusProblem } from '../src/model/problems.ts';
import {
  DEV_SEARCH_INDEX_PATH,
  SEARCH_INDEX_MODULE,
  searchIndexFiles,
  searchIndexModule,
  type SearchIndexFiles,
} from './search-index-file.ts';

/** The project whose compiler this is: its cache lives in its node_modules/.cache/parallax. */
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const VIRTUAL_ID = 'virtual:parallax-corpus';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;
const RESOLVED_SEARCH_ID = `\0${SEARCH_INDEX_MODULE}`;
const RECOMMENDER_ID = 'virtual:parallax-recommender';
const RESOLVED_RECOMMENDER_ID = `\0${RECOMMENDER_ID}`;
/** Folder of the per-article files in the build output (and the dev server's address space). */
const FILES_DIR = 'corpus';
/** Hex digits of SHA-256 in a file name: enough that two versions of a file never share a name. */
const HASH_LENGTH = 12;

/** One file to write: its path under the output folder and its JSON text. */
export interface CorpusFile {
  fileName: string;
  source: string;
}

/** The manifest module's source for `corpus`, and every per-article file it points to (URLs under `base`). */
export function corpusModule(
  corpus: CompiledCorpus,
  base: string,
): { code: string; files: CorpusFile[]; urls: CorpusFileUrls } {
  const split = splitCorpus(corpus);
  const files: CorpusFile[] = [];
  const file = (kind: string, id: string, value: unknown): string => {
    const source = JSON.stringify(value);
    const fileName = `${FILES_DIR}/${id}.${kind}${sha256(source).slice(0, HASH_LENGTH)}.json`;
    files.push({ fileName, source });
    return `${base}${fileName}`;
  };
  const urls: CorpusFileUrls = {
    articles: Object.fromEntries(
      split.articles.map((d) => [d.article.meta.id, file('', d.article.meta.id, articleFile(d))]),
    ),
    suggestions: Object.fromEntries(split.suggestions.map((d) => [d.article, file('s.', d.article, d)])),
    // The underscore keeps it apart from every article's file (article ids are slugs of a-z, 0-9 and -).
    arguments: file('', '_arguments', split.arguments),
  };
  // JSON.parse of a string literal is faster to load than the same data as a JS object literal.
  const code = `export default JSON.parse(${JSON.stringify(JSON.stringify({ manifest: split.manifest, urls }))});`;
  return { code, files, urls };
}

/** Compiles `corpus/` and `annotations/` under `root` (default: `PARALLAX_CORPUS` or the working folder). */
export function parallaxCorpus(root = corpusRoot(process.cwd())): Plugin {
  let base = '/';
  let building = false;
  // One compile serves both modules and the dev server's index; a change under root drops it.
  let compiled: CompiledCorpus | undefined;
  let search: SearchIndexFiles | undefined;
  const compile = (): CompiledCorpus => {
    if (compiled) return compiled;
    // Unchanged articles and unchanged suggestion inputs are read back from the cache.
    const cache = diskCache(defaultCacheDir(PROJECT_ROOT), PROJECT_ROOT);
    const { corpus, problems } = compileCorpus(readCorpusFiles(root), { cache });
    if (problems.length > 0) throw new CorpusError(problems);
    return (compiled = corpus);
  };
  const searchFiles = (): SearchIndexFiles => (search ??= searchIndexFiles(compile()));
  let out: ReturnType<typeof corpusModule> | undefined;
  const corpusOut = (): ReturnType<typeof corpusModule> => (out ??= corpusModule(compile(), base));
  return {
    name: 'parallax-corpus',
    configResolved(config) {
      base = config.base;
      building = config.command === 'build';
    },
    resolveId(id) {
      if (id === VIRTUAL_ID) return RESOLVED_ID;
      if (id === RECOMMENDER_ID) return RESOLVED_RECOMMENDER_ID;
      return id === SEARCH_INDEX_MODULE ? RESOLVED_SEARCH_ID : undefined;
    },
    watchChange() {
      compiled = undefined;
      search = undefined;
      out = undefined;
    },
    load(id) {
      if (id === RESOLVED_SEARCH_ID)
        return searchIndexModule(base, building ? searchFiles().manifest.fileName : DEV_SEARCH_INDEX_PATH);
      if (id === RESOLVED_RECOMMENDER_ID) {
        // The compile already reported a broken vocabulary; here it is only read again as data.
        const ignored: CorpusProblem[] = [];
        const { articles, tagLayer } = compile();
        const vocabulary = parseVocabulary(readCorpusFiles(root).vocabulary, ignored);
        return `export default JSON.parse(${JSON.stringify(JSON.stringify(recommenderData(articles, tagLayer, vocabulary)))});`;
      }
      if (id !== RESOLVED_ID) return undefined;
      // Watched for the dev server's reloads; under Vitest (component tests load the modules) watched
      // folders would be taken for imports of the module, and a test run never reloads.
      if (!process.env.VITEST)
        for (const folder of ['corpus', 'corpus/sources', 'annotations'])
          this.addWatchFile(resolve(root, folder));
      return corpusOut().code;
    },
    generateBundle() {
      for (const f of search ? [search.manifest, ...search.shards] : [])
        this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
      for (const f of out?.files ?? [])
        this.emitFile({ type: 'asset', fileName: f.fileName, source: f.source });
    },
    configureServer(server) {
      server.middlewares.use((req, res, next) => {
        const path = req.url?.split('?')[0] ?? '';
        const devSearch = `${base}${DEV_SEARCH_INDEX_PATH}`;
        const devShards = devSearch.slice(0, devSearch.lastIndexOf('/') + 1);
        const source =
          path === devSearch
            ? searchFiles().manifest.source
            : path.startsWith(devShards)
              ? searchFiles().shards.find((f) => `${devShards}${f.fileName.slice('assets/'.length)}` === path)
                  ?.source
              : path.startsWith(`${base}${FILES_DIR}/`)
                ? corpusOut().files.find((f) => `${base}${f.fileName}` === path)?.source
                : undefined;
        if (source === undefined) return next();
        res.setHeader('Content-Type', 'application/json');
        res.end(source);
      });
    },
  };
}
