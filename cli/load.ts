/** Loads and compiles the corpus for CLI commands, from the project root. */
import { fileURLToPath } from 'node:url';
import { compileCorpus, type CompileResult } from '../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../src/data/read-corpus-files.ts';

/** The project root: the folder above cli/. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** Reads and compiles the corpus under `root`. */
export function loadProject(root: string = PROJECT_ROOT): CompileResult {
  return compileCorpus(readCorpusFiles(root));
}
