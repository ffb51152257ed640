/** One thing wrong with a corpus or annotation file, precise enough to fix without searching. */
export interface CorpusProblem {
  /** Path of the file, relative to the project root (for example `corpus/fto-lethal-force-legality.md`). */
  file: string;
  /** 1-based line in the file, when the problem has one. */
  line?: number;
  /** Id of the annotation, argument or type concerned, when the problem has one. */
  id?: string;
  message: string;
}

/** Formats a problem as `file:line [id] message`, the form editors and terminals link. */
export function formatProblem(problem: CorpusProblem): string {
  const where = problem.line === undefined ? problem.file : `${problem.file}:${problem.line}`;
  const id = problem.id === undefined ? '' : ` [${problem.id}]`;
  return `${where}${id}: ${problem.message}`;
}

/** Thrown when input fails validation; carries every problem found, not just the first. */
export class CorpusError extends Error {
  readonly problems: CorpusProblem[];

  constructor(problems: CorpusProblem[]) {
    super(
      `${problems.length} problem${problems.length === 1 ? '' : 's'} in the corpus:\n` +
        problems.map((p) => `  ${formatProblem(p)}`).join('\n'),
    );
    this.name = 'CorpusError';
    this.problems = problems;
  }
}

/**
 * Whether `value` is a CorpusError, also one made by another copy of this module (Vite bundles
 * vite.config.ts and the plugin it imports into a file of its own, with its own CorpusError class).
 */
export function isCorpusError(value: unknown): value is CorpusError {
  return (
    value instanceof Error &&
    value.name === 'CorpusError' &&
    'problems' in value &&
    Array.isArray(value.problems)
  );
}
