import type { ArticleMeta } from '../model/article.ts';
import { authorsLabel, dateLabel, publicationLabel } from '../model/citation.ts';

/** Title and citation line of an article; `inBanner` when it sits inside the page's header (no second banner). */
export function ArticleHeader({
  meta,
  headingLevel = 1,
  inBanner = false,
}: {
  meta: ArticleMeta;
  headingLevel?: 1 | 2;
  inBanner?: boolean;
}) {
  const Heading = headingLevel === 1 ? 'h1' : 'h2';
  const Box = inBanner ? 'div' : 'header';
  return (
    <Box className="article-header">
      <Heading className="article-header__title">{meta.title}</Heading>
      {meta.subtitle && <p className="article-header__subtitle">{meta.subtitle}</p>}
      <p className="article-header__meta">
        {publicationLabel(meta)} · {authorsLabel(meta)} · {dateLabel(meta)}
      </p>
    </Box>
  );
}
