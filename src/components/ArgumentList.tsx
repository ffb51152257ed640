import { Link } from 'react-router';
import type { ArgumentRow } from '../model/argument-table.ts';
import type { Argument } from '../model/tag-layer.ts';
import { TypeChip } from './TypeChip.tsx';

/** The arguments, each with its claim type, how many articles make it, and a link to compare them. */
export function ArgumentList({
  rows,
  hrefFor,
}: {
  rows: readonly ArgumentRow[];
  hrefFor: (a: Argument) => string;
}) {
  return (
    <ol className="argument-list" aria-label="Arguments">
      {rows.map(({ argument, type, articleCount, disputed }) => (
        <li key={argument.id} className="argument-item">
          <Link to={hrefFor(argument)} className="argument-item__statement">
            {argument.statement}
          </Link>
          <p className="argument-item__meta">
            <TypeChip type={type} />{' '}
            <span>
              made by {articleCount} {articleCount === 1 ? 'article' : 'articles'}
            </span>
            {disputed && (
              <>
                {' · '}
                <span className="argument-item__disputed">in dispute</span>
              </>
            )}
          </p>
        </li>
      ))}
    </ol>
  );
}
