declare module 'virtual:parallax-corpus' {
  import type { CompiledCorpus } from './compiled-corpus.ts';
  /** The corpus compiled at build time by build/vite-plugin-corpus.ts. */
  const corpus: CompiledCorpus;
  export default corpus;
}
