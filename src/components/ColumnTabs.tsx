import type { KeyboardEvent } from 'react';
import type { ArticleMeta } from '../model/article.ts';

/**
 * On narrow screens, the tabs choosing which open column is visible (arrow keys move between tabs);
 * one per open column, loaded or not (a column still loading, or failed, is reached the same way).
 */
export function ColumnTabs({
  articles,
  active,
  onChoose,
}: {
  articles: readonly { meta: Pick<ArticleMeta, 'id' | 'title'> }[];
  active: number;
  onChoose: (i: number) => void;
}) {
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>): void => {
    const delta = event.key === 'ArrowRight' ? 1 : event.key === 'ArrowLeft' ? -1 : 0;
    if (delta === 0) return;
    event.preventDefault();
    const next = (active + delta + articles.length) % articles.length;
    onChoose(next);
    event.currentTarget.querySelectorAll<HTMLElement>('[role="tab"]')[next]?.focus();
  };
  return (
    <div className="column-tabs" role="tablist" aria-label="Open articles" onKeyDown={onKeyDown}>
      {articles.map((a, i) => (
        <button
          key={a.meta.id}
          type="button"
          role="tab"
          aria-selected={i === active}
          aria-controls={`column-${a.meta.id}`}
          tabIndex={i === active ? 0 : -1}
          onClick={() => onChoose(i)}
        >
          {a.meta.title}
        </button>
      ))}
    </div>
  );
}
