import type { ArticleMeta } from '../model/article.ts';
import { articleSourceDetails, dateLabel, publicationLabel } from '../model/citation.ts';

/** A compare column's header: title, publication and date (printed: the full source details), and buttons to move or close it. */
export function ColumnHeader({
  meta,
  position,
  count,
  titleId,
  onMove,
  onRemove,
}: {
  meta: ArticleMeta;
  /** 0-based column position. */
  position: number;
  count: number;
  titleId: string;
  onMove: (delta: number) => void;
  onRemove: () => void;
}) {
  return (
    <header className="column__header">
      <div className="column__citation">
        <h2 className="column__title" id={titleId}>
          {meta.title}
        </h2>
        <p className="column__meta">
          {publicationLabel(meta)} · {dateLabel(meta)}
        </p>
        {/* On paper the column's head carries the full source details (who wrote it, where, when). */}
        <p className="column__source print-only">{articleSourceDetails(meta)}</p>
      </div>
      <div className="column__actions">
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${meta.title} left`}
          disabled={position === 0}
          onClick={() => onMove(-1)}
        >
          <span aria-hidden="true">←</span>
        </button>
        <button
          type="button"
          className="icon-button"
          aria-label={`Move ${meta.title} right`}
          disabled={position === count - 1}
          onClick={() => onMove(1)}
        >
          <span aria-hidden="true">→</span>
        </button>
        <button type="button" className="icon-button" aria-label={`Close ${meta.title}`} onClick={onRemove}>
          <span aria-hidden="true">×</span>
        </button>
      </div>
    </header>
  );
}
