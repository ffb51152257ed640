/** Hook giving components the compiled corpus (loaded once; it is immutable). */
import { loadCorpus } from '../data/corpus.ts';
import type { CompiledCorpus } from '../data/compiled-corpus.ts';

let cached: CompiledCorpus | undefined;

/** The compiled corpus. */
export function useCorpus(): CompiledCorpus {
  cached ??= loadCorpus();
  return cached;
}
