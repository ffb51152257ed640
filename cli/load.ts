/** Loads and compiles the corpus for CLI commands, from the project root. */
import { fileURLToPath } from 'node:url';
import { compileCorpus, type CompileOptions, type CompileResult } from '../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../src/data/read-corpus-files.ts';

/** The project root: the folder above cli/. */
export const PROJECT_ROOT = fileURLToPath(new URL('..', import.meta.url));

/** What a command needs compiled: `editionsOnly` skips the annotations (and so the suggestions). */
export interface LoadOptions extends CompileOptions {
  editionsOnly?: boolean;
}

/** Reads and compiles the corpus under `root`, only as far as `options` ask (default: everything). */
export function loadProject(root: string = PROJECT_ROOT, options: LoadOptions = {}): CompileResult {
  const files = readCorpusFiles(root);
  return compileCorpus(options.editionsOnly ? { ...files, annotations: [] } : files, options);
}
