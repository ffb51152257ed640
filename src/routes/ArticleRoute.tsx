import { Link, useParams } from 'react-router';
import { ArticleHeader } from '../components/ArticleHeader.tsx';
import { ArticleText } from '../components/ArticleText.tsx';
import { CompareWithMenu } from '../components/CompareWithMenu.tsx';
import { findArticle } from '../data/corpus.ts';
import { otherArticles } from '../state/passage-lists.ts';
import { libraryPath } from '../state/paths.ts';
import { useCorpus } from '../state/use-corpus.ts';

/** One article read on its own. */
export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const corpus = useCorpus();
  const article = findArticle(corpus, articleId);
  if (!article) {
    return (
      <main className="not-found">
        <h1>No such article</h1>
        <p>
          There is no article “{articleId}” in this corpus.{' '}
          <Link to={libraryPath()}>Back to the library</Link>
        </p>
      </main>
    );
  }
  return (
    <main className="article-page">
      <nav aria-label="Breadcrumb">
        <Link to={libraryPath()}>Library</Link>
      </nav>
      <article aria-label={article.meta.title}>
        <ArticleHeader meta={article.meta} />
        <CompareWithMenu article={article} others={otherArticles(corpus.articles, article)} />
        {/* The text's section headings are h3, as in a compare column (under its h2 title). */}
        <h2 className="visually-hidden">The text</h2>
        <ArticleText article={article} />
      </article>
    </main>
  );
}
