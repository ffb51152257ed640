import { useRef } from 'react';
import { Link } from 'react-router';
import type { ArgumentRow } from '../model/argument-table.ts';
import type { Argument } from '../model/tag-layer.ts';
import { useWindowedList } from '../state/windowed-rows.ts';
import { TypeChip } from './TypeChip.tsx';

/** A row's usual height (px): a one-line statement and its meta line. */
const ROW_ESTIMATE = 64;

/**
 * The arguments, each with its claim type (and, when choosing for a handout, a checkbox), how many articles make it, and a link to compare them.
 * A long list renders only the rows near the screen (see `useWindowedList`); each row keeps its place
 * in the whole list (`value`, `aria-posinset`), so numbering and screen readers count all of them.
 */
export function ArgumentList({
  rows,
  hrefFor,
  chosen,
  onToggle,
}: {
  rows: readonly ArgumentRow[];
  hrefFor: (a: Argument) => string;
  /** The arguments ticked for a handout; with `onToggle`, each row has a checkbox. */
  chosen?: ReadonlySet<string>;
  onToggle?: (argumentId: string) => void;
}) {
  const listRef = useRef<HTMLOListElement>(null);
  const shown = useWindowedList(rows.length, ROW_ESTIMATE, listRef);
  return (
    <ol
      ref={listRef}
      className={`argument-list${shown.windowed ? ' is-windowed' : ''}`}
      aria-label="Arguments"
      style={shown.windowed ? { height: shown.totalHeight } : undefined}
    >
      {shown.rows.map(({ index, offset }) => {
        const row = rows[index];
        if (!row) return null;
        const { argument, type, articleCount, disputed } = row;
        return (
          <li
            key={argument.id}
            className="argument-item"
            data-index={index}
            ref={shown.measure}
            value={index + 1}
            aria-posinset={shown.windowed ? index + 1 : undefined}
            aria-setsize={shown.windowed ? rows.length : undefined}
            style={shown.windowed ? { transform: `translateY(${offset}px)` } : undefined}
          >
            {chosen && onToggle && (
              <input
                type="checkbox"
                className="argument-item__choose"
                checked={chosen.has(argument.id)}
                onChange={() => onToggle(argument.id)}
                aria-label={`Choose for the handout: ${argument.statement}`}
              />
            )}
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
        );
      })}
    </ol>
  );
}
