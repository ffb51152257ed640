declare module 'virtual:parallax-corpus' {
  import type { CorpusManifest } from './corpus-files.ts';
  import type { CorpusFileUrls } from './corpus-loader.ts';
  /** The manifest compiled at build time by build/vite-plugin-corpus.ts, and where each article's files are. */
  const corpus: { manifest: CorpusManifest; urls: CorpusFileUrls };
  export default corpus;
}

declare module 'virtual:parallax-search-index' {
  /** The URL of the search index file written by build/search-index-file.ts. */
  const url: string;
  export default url;
}
