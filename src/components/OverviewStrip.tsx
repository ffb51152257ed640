import { memo, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react';
import type { OverviewCell, TagIndex } from '../model/tag-index.ts';

/** Accessible name of a cell: "Paragraph 14: legal, strategic; 3 cross-references". */
export function cellName(cell: OverviewCell, index: TagIndex): string {
  const types = cell.types.map((t) => (index.typeById.get(t)?.label ?? t).toLowerCase()).join(', ');
  const refs = cell.crossReferences === 1 ? '1 cross-reference' : `${cell.crossReferences} cross-references`;
  return `Paragraph ${cell.paragraphNumber}: ${types || 'no tagged passage'}${cell.crossReferences > 0 ? `; ${refs}` : ''}`;
}

/** Background of a cell: one horizontal band per claim type, in the theme's colours. */
function cellStyle(cell: OverviewCell, index: TagIndex): CSSProperties {
  const colors = cell.types.map((t) => index.typeById.get(t)?.color).filter((c) => c !== undefined);
  if (colors.length === 0) return {};
  const bands = (key: 'light' | 'dark'): string =>
    `linear-gradient(to right, ${colors.map((c, i) => `${c[key]} ${(i * 100) / colors.length}% ${((i + 1) * 100) / colors.length}%`).join(', ')})`;
  return { '--cell-light': bands('light'), '--cell-dark': bands('dark') } as CSSProperties;
}

/**
 * A thin strip beside a column, one cell per paragraph: coloured by its claim types, dotted where
 * it has cross-references. One tab stop; arrow keys move between cells; a click scrolls the column.
 */
export const OverviewStrip = memo(function OverviewStrip({
  cells,
  index,
  title,
  marked,
  onJump,
}: {
  cells: readonly OverviewCell[];
  index: TagIndex;
  title: string;
  /** Space-joined block ids holding the selected or linked passages. */
  marked: string;
  onJump: (blockId: string) => void;
}) {
  const [focusAt, setFocusAt] = useState(0);
  const list = useRef<HTMLDivElement>(null);
  const markedSet = new Set(marked.split(' '));
  const onKeyDown = (event: KeyboardEvent): void => {
    const delta = { ArrowDown: 1, ArrowUp: -1, ArrowRight: 1, ArrowLeft: -1 }[event.key];
    const to =
      event.key === 'Home'
        ? 0
        : event.key === 'End'
          ? cells.length - 1
          : delta === undefined
            ? -1
            : focusAt + delta;
    if (to < 0 || to >= cells.length) return;
    event.preventDefault();
    setFocusAt(to);
    list.current?.querySelectorAll<HTMLButtonElement>('button')[to]?.focus();
  };
  return (
    <div
      className="overview"
      role="toolbar"
      aria-orientation="vertical"
      aria-label={`Overview of ${title}`}
      ref={list}
      onKeyDown={onKeyDown}
    >
      {cells.map((cell, i) => (
        <button
          key={cell.blockId}
          type="button"
          tabIndex={i === focusAt ? 0 : -1}
          className={`overview__cell${cell.crossReferences > 0 ? ' has-refs' : ''}${markedSet.has(cell.blockId) ? ' is-marked' : ''}`}
          style={cellStyle(cell, index)}
          aria-label={cellName(cell, index)}
          title={cellName(cell, index)}
          onFocus={() => setFocusAt(i)}
          onClick={() => onJump(cell.blockId)}
        />
      ))}
    </div>
  );
});
