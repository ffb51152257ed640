/** Hook giving components the tag layer's lookups, built once per corpus. */
import type { CompiledCorpus } from '../data/compiled-corpus.ts';
import { buildTagIndex, type TagIndex } from '../model/tag-index.ts';
import { useCorpus } from './use-corpus.ts';

const built = new WeakMap<CompiledCorpus, TagIndex>();

/** The tag index of `corpus`, computed on first use and shared afterwards. */
export function tagIndexOf(corpus: CompiledCorpus): TagIndex {
  let index = built.get(corpus);
  if (!index) {
    index = buildTagIndex(corpus.articles, corpus.tagLayer);
    built.set(corpus, index);
  }
  return index;
}

/** The tag index of the loaded corpus. */
export function useTagIndex(): TagIndex {
  return tagIndexOf(useCorpus());
}
