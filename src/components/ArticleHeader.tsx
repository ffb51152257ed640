import type { ArticleMeta } from '../model/article.ts';
import { authorsLabel, dateLabel, publicationLabel } from '../model/citation.ts';

/** Title and citation line of an article. */
export function ArticleHeader({ meta, headingLevel = 1 }: { meta: ArticleMeta; headingLevel?: 1 | 2 }) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  return (
    <header className="article-header">
      <Heading className="article-header__title">{meta.title}</Heading>
      {meta.subtitle && <p className="article-header__subtitle">{meta.subtitle}</p>}
      <p className="article-header__meta">
        {publicationLabel(meta)} · {authorsLabel(meta)} · {dateLabel(meta)}
      </p>
    </header>
  );
}
