import { ArticleList } from '../components/ArticleList.tsx';
import { useCorpus } from '../state/use-corpus.ts';

/** The start page: what Parallax is and the articles it holds. */
export function LibraryRoute() {
  const corpus = useCorpus();
  return (
    <main className="library">
      <h1>Parallax</h1>
      <p className="library__intro">
        Read several sources on one question against each other: {corpus.articles.length} analyses of possible US
        military force against Mexican drug cartels.
      </p>
      <ArticleList articles={corpus.articles} />
    </main>
  );
}
