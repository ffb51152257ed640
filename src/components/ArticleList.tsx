import { Link } from 'react-router';
import type { Article } from '../model/article.ts';
import { authorsLabel, dateLabel, publicationLabel } from '../model/citation.ts';
import { articlePath } from '../state/paths.ts';

/** The library's list of articles with their citation data and length. */
export function ArticleList({ articles }: { articles: readonly Article[] }) {
  return (
    <ul className="article-list" aria-label="Articles">
      {articles.map((article) => (
        <li key={article.meta.id} className="article-card">
          <h2 className="article-card__title">
            <Link to={articlePath(article.meta.id)}>{article.meta.title}</Link>
          </h2>
          <p className="article-card__meta">
            <span>{publicationLabel(article.meta)}</span> · <span>{authorsLabel(article.meta)}</span> ·{' '}
            <span>{dateLabel(article.meta)}</span> · <span>{article.wordCount.toLocaleString('en')} words</span>
          </p>
        </li>
      ))}
    </ul>
  );
}
