declare module 'virtual:parallax-recommender' {
  import type { RecommenderData } from './recommender-data.ts';
  /** The argument recommender's data, made at build time by build/vite-plugin-corpus.ts. */
  const data: RecommenderData;
  export default data;
}
