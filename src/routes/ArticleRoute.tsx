import { Link, useParams } from 'react-router';
import { ArticleHeader } from '../components/ArticleHeader.tsx';
import { CiteButton } from '../components/CiteButton.tsx';
import { NoSuchArticle } from '../components/NoSuchArticle.tsx';
import { CompareWithMenu } from '../components/CompareWithMenu.tsx';
import { otherArticles } from '../state/passage-lists.ts';
import { absoluteUrl, articlePath, guidePath } from '../state/paths.ts';
import { useManifest } from '../state/use-corpus.ts';
import { CompareRoute } from './CompareRoute.tsx';

/**
 * One article read on its own: the compare view with this one column (tag layer, filters, selection
 * panel, annotating, all in the URL as on `/compare`), headed by the article's title and citation.
 */
export function ArticleRoute() {
  const { articleId = '' } = useParams();
  const manifest = useManifest();
  const article = manifest.articles.find((a) => a.meta.id === articleId);
  if (!article) {
    return <NoSuchArticle articleId={articleId} />;
  }
  return (
    <CompareRoute
      // A new article is a new view: nothing of the previous one's scroll or editor carries over.
      key={article.meta.id}
      single={article.meta.id}
      heading={
        <div className="article-page__heading">
          <ArticleHeader meta={article.meta} inBanner />
          <CiteButton
            target={{ meta: article.meta, url: absoluteUrl(articlePath(article.meta.id)) }}
            what="this article"
          />
          <CompareWithMenu article={article} others={otherArticles(manifest.articles, article)} />
          <Link to={guidePath(article.meta.id)} className="article-page__guide">
            Reading guide
          </Link>
        </div>
      }
    />
  );
}
