/** Test helper: the real corpus files read from disk, and the one compile of them a test run shares. */
import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CompileResult, CorpusInput } from '../../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../../src/data/read-corpus-files.ts';
import { VOCABULARY_PATH, readVocabulary } from '../../src/data/vocabulary-file.ts';
import { formatProblem, type CorpusProblem } from '../../src/model/problems.ts';
import type { CompiledVocabulary } from '../../src/model/similarity/vocabulary.ts';

/** The project root (from the URL as a string: under jsdom `URL` is not Node's, which fileURLToPath needs). */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');

/** The environment variable through which `tests/fixtures/real-corpus-setup.ts` names the shared compile. */
export const REAL_CORPUS_ENV = 'PARALLAX_TEST_REAL_CORPUS';

/** The corpus's editions and sources as they are on disk now. */
export function realCorpusFiles(): CorpusInput {
  return readCorpusFiles(ROOT);
}

let shared: CompileResult | undefined;

/**
 * The real corpus compiled once per test run by the global setup (read once per test file), so no
 * test file pays for its own compile and its suggestions. Throws when run outside that setup.
 */
export function realCompiled(): CompileResult {
  if (shared) return shared;
  const path = process.env[REAL_CORPUS_ENV];
  if (!path) throw new Error(`${REAL_CORPUS_ENV} is not set: run this test through Vitest (tests/fixtures/real-corpus-setup.ts)`);
  shared = JSON.parse(readFileSync(path, 'utf8')) as CompileResult;
  return shared;
}

let vocabulary: CompiledVocabulary | undefined;

/** The corpus vocabulary of `annotations/vocabulary.json`, compiled once; throws if it is missing or invalid. */
export function realVocabulary(): CompiledVocabulary {
  if (vocabulary) return vocabulary;
  const problems: CorpusProblem[] = [];
  vocabulary = readVocabulary(realCorpusFiles().vocabulary, problems);
  if (!vocabulary) throw new Error(`no valid ${VOCABULARY_PATH}: ${problems.map(formatProblem).join('; ')}`);
  return vocabulary;
}
