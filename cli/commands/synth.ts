/** `corpus synth --scale N [--out DIR]`: writes an N× synthetic corpus for benchmarks (src/data/synth-corpus.ts). */
import { join } from 'node:path';
import { readCorpusFiles } from '../../src/data/read-corpus-files.ts';
import { synthCorpus } from '../../src/data/synth-corpus.ts';
import { writeGeneratedFolder } from '../../src/data/write-corpus-files.ts';
import type { Io } from '../parallax.ts';

/** The folder `synth` writes to without `--out`, relative to the project root (ignored by git). */
export function defaultSynthOut(scale: number): string {
  return `.tmp/corpus-x${scale}`;
}

/** Runs `synth`; returns the exit code. */
export function runSynth(
  projectRoot: string,
  corpusRoot: string,
  options: { scale: string | undefined; out: string | undefined },
  io: Io,
): number {
  const scale = Number(options.scale);
  if (options.scale === undefined || !Number.isInteger(scale) || scale < 1) {
    io.err('synth needs --scale N, a whole number of at least 1 (for example --scale 10).');
    return 2;
  }
  const out = options.out ?? join(projectRoot, defaultSynthOut(scale));
  const result = synthCorpus(readCorpusFiles(corpusRoot), scale);
  writeGeneratedFolder(projectRoot, out, result.files);
  io.out(
    `Wrote ${out}: ${result.articles} articles, ${result.passages} passages, ${result.arguments} arguments, ${result.relations} contrasts, ${result.links} links` +
      (result.linksLeftOut > 0 ? ` (${result.linksLeftOut} links left out: both ends in one article)` : '') +
      `.\nUse it with PARALLAX_CORPUS=${out}`,
  );
  return 0;
}
