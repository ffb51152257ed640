import { useState, type ReactNode } from 'react';

/**
 * The side panel of a selection (a passage, or one's own annotation): its head line (title, "Hide
 * details", "Clear selection") and its content. On a phone it is a sheet under the column that folds
 * to its head line; a new selection (`selectionKey`) opens it again. `#links-panel` is the skip links' target.
 */
export function SelectionSheet({
  titleId,
  title,
  selectionKey,
  className,
  onClose,
  children,
}: {
  titleId: string;
  title: string;
  /** The selected item's id: folding holds for this selection only. */
  selectionKey: string;
  /** An extra class for the panel ("mine-panel"). */
  className?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const [foldedFor, setFoldedFor] = useState<string>();
  const folded = foldedFor === selectionKey;
  return (
    <aside
      className={`links-panel${className ? ` ${className}` : ''}${folded ? ' is-folded' : ''}`}
      id="links-panel"
      aria-labelledby={titleId}
    >
      <div className="links-panel__head">
        <h2 id={titleId}>{title}</h2>
        <button
          type="button"
          className="links-panel__fold"
          aria-expanded={!folded}
          aria-controls="links-panel"
          onClick={() => setFoldedFor(folded ? undefined : selectionKey)}
        >
          {folded ? 'Show details' : 'Hide details'}
        </button>
        <button type="button" onClick={onClose}>
          Clear selection
        </button>
      </div>
      {children}
    </aside>
  );
}
