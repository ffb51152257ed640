/**
 * Vite plugin that compiles the corpus at build time into the virtual module `virtual:parallax-corpus`,
 * so the browser loads ready-made articles and never parses Markdown. Invalid input fails the build
 * (and every test that imports the corpus) with each problem's file and line.
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Plugin } from 'vite';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { corpusRoot, readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { defaultCacheDir, diskCache } from '../src/data/disk-cache.ts';
import { CorpusError } from '../src/model/problems.ts';

/** The project whose compiler this is: its cache lives in its node_modules/.cache/parallax. */
const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

const VIRTUAL_ID = 'virtual:parallax-corpus';
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Compiles `corpus/` and `annotations/` under `root` (default: `PARALLAX_CORPUS` or the working folder). */
export function parallaxCorpus(root = corpusRoot(process.cwd())): Plugin {
  return {
    name: 'parallax-corpus',
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined;
    },
    load(id) {
      if (id !== RESOLVED_ID) return undefined;
      for (const folder of ['corpus', 'corpus/sources', 'annotations'])
        this.addWatchFile(resolve(root, folder));
      // Unchanged articles and unchanged suggestion inputs are read back from the cache.
      const cache = diskCache(defaultCacheDir(PROJECT_ROOT), PROJECT_ROOT);
      const { corpus, problems } = compileCorpus(readCorpusFiles(root), { cache });
      if (problems.length > 0) throw new CorpusError(problems);
      // JSON.parse of a string literal is faster to load than the same data as a JS object literal.
      return `export default JSON.parse(${JSON.stringify(JSON.stringify(corpus))});`;
    },
  };
}
