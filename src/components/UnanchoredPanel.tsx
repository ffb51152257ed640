import type { OrphanAnnotation, PlacedAnnotation } from '../model/reanchor.ts';

/**
 * Annotations whose text is gone ("Unanchored": quote and note, never dropped, never shown in the
 * wrong place) and those re-attached only approximately ("To review").
 */
export function UnanchoredPanel({
  orphans,
  review,
  titleOf,
  onEdit,
  onRemove,
}: {
  orphans: readonly OrphanAnnotation[];
  review: readonly PlacedAnnotation[];
  titleOf: (articleId: string) => string;
  onEdit: (id: string) => void;
  onRemove: (id: string) => void;
}) {
  if (orphans.length === 0 && review.length === 0) return null;
  return (
    <div className="unanchored">
      {orphans.length > 0 && (
        <section aria-labelledby="unanchored-title">
          <h3 id="unanchored-title">Unanchored ({orphans.length})</h3>
          <p className="unanchored__hint">The text these were made on is no longer in the articles.</p>
          <ul>
            {orphans.map(({ annotation, reason }) => (
              <li key={annotation.id}>
                <blockquote>{annotation.selector.quote.exact}</blockquote>
                <p className="unanchored__where">
                  {reason === 'no-article'
                    ? `Article “${annotation.article}” is gone`
                    : titleOf(annotation.article)}
                </p>
                {annotation.note && <p className="unanchored__note">{annotation.note}</p>}
                <button type="button" onClick={() => onRemove(annotation.id)}>
                  Delete
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
      {review.length > 0 && (
        <section aria-labelledby="review-title">
          <h3 id="review-title">To review ({review.length})</h3>
          <p className="unanchored__hint">
            The text changed a little; check these are still in the right place.
          </p>
          <ul>
            {review.map(({ annotation }) => (
              <li key={annotation.id}>
                <blockquote>{annotation.selector.quote.exact}</blockquote>
                <button type="button" onClick={() => onEdit(annotation.id)}>
                  Review
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
