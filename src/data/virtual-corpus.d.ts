declare module 'virtual:parallax-corpus' {
  import type { CompiledCorpus } from './compiled-corpus.ts';
  /** The corpus compiled at build time by build/vite-plugin-corpus.ts. */
  const corpus: CompiledCorpus;
  export default corpus;
}

declare module 'virtual:parallax-search-index' {
  /** The URL of the search index file written by build/search-index-file.ts. */
  const url: string;
  export default url;
}
