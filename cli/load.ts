/** Loads and compiles the corpus for CLI commands, from the project root. */
import { fileURLToPath } from 'node:url';
import {
  compileCorpus,
  readSimilarityResources,
  type CompileOptions,
  type CompileResult,
} from '../src/data/compile-corpus.ts';
import type { SimilarityResources } from '../src/model/similarity/similarity-index.ts';
import { corpusInputHash, readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { defaultCacheDir, diskCache } from '../src/data/disk-cache.ts';
import { recoverWrites } from './atomic-files.ts';

/** The project root: the folder above cli/. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What a command needs compiled: `editionsOnly` skips the annotations (and so the suggestions). */
export interface LoadOptions extends CompileOptions {
  editionsOnly?: boolean;
}

/** Reads and compiles a corpus: the CLI's one way in, replaceable in tests by an already compiled one. */
export type LoadProject = (root: string, options?: LoadOptions) => CompileResult;

// One process may compile the same files several times (tests run many commands, and import compiles
// again after it writes): keyed by the files' content and the options, the last compile is reused
// while nothing changed.
let last: { key: string; result: CompileResult } | undefined;

/** Reads and compiles the corpus under `root`, only as far as `options` ask (default: everything). */
export const loadProject: LoadProject = (root = PROJECT_ROOT, options = {}) => {
  // A multi-file write cut off between its renames is finished before anything reads the files.
  const completed = recoverWrites(root);
  if (completed.length > 0) console.error(`note: completed an interrupted write of ${completed.join(', ')}`);
  const read = readCorpusFiles(root);
  const files = options.editionsOnly ? { ...read, annotations: [] } : read;
  const key = `${options.suggestions !== false}:${corpusInputHash(files)}`;
  if (last?.key !== key) {
    const cache = diskCache(defaultCacheDir(PROJECT_ROOT), PROJECT_ROOT);
    last = { key, result: compileCorpus(files, { cache, ...options }) };
  }
  return last.result;
};

/** The similarity engine's vocabulary and word vectors under `root` (each only when present and valid). */
export function loadSimilarityResources(root: string): SimilarityResources {
  return readSimilarityResources(readCorpusFiles(root), []);
}
