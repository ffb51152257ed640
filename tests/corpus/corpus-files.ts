/** Test helper: the real corpus files, read once from disk. */
import { fileURLToPath } from 'node:url';
import type { CorpusInput } from '../../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../../src/data/read-corpus-files.ts';

/** The project root. */
export const ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The corpus's editions and sources as they are on disk now. */
export function realCorpusFiles(): CorpusInput {
  return readCorpusFiles(ROOT);
}
