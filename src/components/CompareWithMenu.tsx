import { Link } from 'react-router';
import type { ArticleHead } from '../model/article.ts';
import { EMPTY_COMPARE_STATE } from '../state/compare-url.ts';
import { comparePath } from '../state/paths.ts';

/** "Compare with…": a disclosure listing the other articles, each a link to this one beside it. */
export function CompareWithMenu({
  article,
  others,
}: {
  article: ArticleHead;
  others: readonly ArticleHead[];
}) {
  return (
    <details className="compare-with">
      <summary>Compare with…</summary>
      <ul>
        {others.map((other) => (
          <li key={other.meta.id}>
            <Link to={comparePath({ ...EMPTY_COMPARE_STATE, articles: [article.meta.id, other.meta.id] })}>
              {other.meta.title}
            </Link>
          </li>
        ))}
      </ul>
    </details>
  );
}
