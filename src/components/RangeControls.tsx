import type { RangeDraft, RangeMove } from '../state/range-draft.ts';

/**
 * The quote being annotated with buttons that move its start or end by one sentence (also
 * Alt+Shift+arrow keys in the editor), and a live region saying what the quote is now.
 */
export function RangeControls({
  quote,
  draft,
  announcement,
  onMove,
}: {
  /** The quote shown: the draft's once the reader has moved it. */
  quote: string;
  /** Absent for an annotation without a place (an orphan): then only the quote shows. */
  draft: RangeDraft | undefined;
  announcement: string;
  onMove: (move: RangeMove) => void;
}) {
  return (
    <>
      <blockquote className="annotation-editor__quote">{quote}</blockquote>
      {draft && (
        <div className="annotation-editor__range" role="group" aria-label="Range of the quote">
          {draft.moves.map((move) => (
            <button
              key={move.key}
              type="button"
              aria-keyshortcuts={move.shortcut}
              aria-disabled={move.next ? undefined : true}
              onClick={() => onMove(move)}
            >
              {move.label}
            </button>
          ))}
          <p className="annotation-editor__range-hint">
            Keys: Alt+Shift+← / → move the start, Alt+Shift+↑ / ↓ move the end.
          </p>
        </div>
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
