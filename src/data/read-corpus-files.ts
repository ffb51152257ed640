/** Reads the corpus files from disk (Node only: used by the build plugin and the CLI, never the browser). */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { CorpusFile, CorpusInput } from './compile-corpus.ts';
import { VOCABULARY_PATH } from './vocabulary-file.ts';

/**
 * Reads `corpus/*.md`, `corpus/sources/*.txt`, the tag layer's `annotations/*.json` and, when
 * present, `annotations/vocabulary.json` and `corpus/word-vectors.json` under the project root.
 */
export function readCorpusFiles(root: string): CorpusInput {
  const vectors = readOptional(root, WORD_VECTORS_PATH);
  const vocabulary = readOptional(root, VOCABULARY_PATH);
  return {
    editions: readDir(root, 'corpus', '.md'),
    sources: readDir(root, 'corpus/sources', '.txt'),
    annotations: readDir(root, 'annotations', '.json').filter((f) => f.path !== VOCABULARY_PATH),
    ...(vectors ? { wordVectors: vectors } : {}),
    ...(vocabulary ? { vocabulary } : {}),
  };
}

/**
 * The folder whose `corpus/` and `annotations/` the build and the CLI read: `PARALLAX_CORPUS` when set
 * (for example a corpus made by `npm run corpus -- synth`), otherwise `projectRoot`.
 */
export function corpusRoot(projectRoot: string, env: NodeJS.ProcessEnv = process.env): string {
  const dir = env.PARALLAX_CORPUS;
  return dir !== undefined && dir !== '' ? resolve(projectRoot, dir) : projectRoot;
}

/**
 * Sorts a list of corpus files (paths relative to a corpus root, as `synth` writes them) into the
 * input of a compile, the way `readCorpusFiles` reads them from disk.
 */
export function corpusInputOf(files: readonly CorpusFile[]): CorpusInput {
  const under = (folder: string, extension: string) =>
    files.filter(
      (f) =>
        f.path.startsWith(`${folder}/`) &&
        f.path.endsWith(extension) &&
        !f.path.slice(folder.length + 1).includes('/'),
    );
  const wordVectors = files.find((f) => f.path === WORD_VECTORS_PATH);
  const vocabulary = files.find((f) => f.path === VOCABULARY_PATH);
  return {
    editions: under('corpus', '.md'),
    sources: under('corpus/sources', '.txt'),
    annotations: under('annotations', '.json').filter((f) => f.path !== VOCABULARY_PATH),
    ...(wordVectors ? { wordVectors } : {}),
    ...(vocabulary ? { vocabulary } : {}),
  };
}

/** One file under `root`, if it exists. */
function readOptional(root: string, path: string): CorpusFile | undefined {
  const full = join(root, path);
  return existsSync(full) ? { path, content: readFileSync(full, 'utf8') } : undefined;
}

/** The committed word vectors of the corpus vocabulary (`npm run vectors`). */
export const WORD_VECTORS_PATH = 'corpus/word-vectors.json';

/** Reads every file ending in `extension` in one folder, with paths relative to `root`. */
export function readDir(root: string, folder: string, extension: string): CorpusFile[] {
  const dir = join(root, folder);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith(extension))
    .sort()
    .map((name) => ({ path: `${folder}/${name}`, content: readFileSync(join(dir, name), 'utf8') }));
}

/**
 * A hash of every file a compile reads, each with its path relative to the root (so copies of one
 * corpus in different folders share it): the key for reusing a compile while nothing changed.
 */
export function corpusInputHash(files: CorpusInput): string {
  const hash = createHash('sha256');
  const { editions, sources, annotations, wordVectors, vocabulary } = files;
  const optional = [wordVectors, vocabulary].filter((f) => f !== undefined);
  for (const file of [...editions, ...sources, ...annotations, ...optional])
    hash.update(`${file.path}\0${file.content}\0`);
  return hash.digest('hex');
}
