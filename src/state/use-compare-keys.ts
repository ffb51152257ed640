/**
 * Keyboard shortcuts of the compare view: j/k next/previous tagged passage in the focused column,
 * n/p next/previous passage linked to the selection, Escape clears the selection.
 */
import { useEffect, type RefObject } from 'react';
import { stepThrough, type SelectionMarks } from '../model/tag-index.ts';
import { focusPassageSoon, quoted } from './column-dom.ts';

/** True when a key press belongs to a form field, not to the shortcuts. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable || ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName))
  );
}

/** The marker of `passageId` in the container, if rendered. */
function markerOf(root: HTMLElement, passageId: string): HTMLElement | null {
  return root.querySelector<HTMLElement>(`[data-select=${quoted(passageId)}]`);
}

/** Moves focus to the next (or previous) passage marker of the focused column, or of the first visible one. */
function stepInColumn(root: HTMLElement, delta: 1 | -1): void {
  const focused = document.activeElement;
  const column =
    (focused instanceof Element ? focused.closest<HTMLElement>('[data-column]') : null) ??
    [...root.querySelectorAll<HTMLElement>('[data-column]')].find((c) => !c.hidden);
  if (!column) return;
  const markers = [...column.querySelectorAll<HTMLElement>('[data-select]')];
  const after = (el: HTMLElement): boolean =>
    focused instanceof Node &&
    focused !== el &&
    (focused.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0;
  const inColumn = focused instanceof Node && column.contains(focused) && focused !== column;
  const next =
    delta === 1
      ? markers.find((m) => !inColumn || after(m))
      : [...markers].reverse().find((m) => inColumn && m !== focused && !after(m));
  (next ?? (delta === 1 ? markers[0] : markers.at(-1)))?.focus();
}

/** Installs the shortcuts; `reveal` makes a passage's column visible (narrow screens) before focusing it. */
export function useCompareKeys(
  container: RefObject<HTMLElement | null>,
  marks: SelectionMarks,
  select: (passageId: string | undefined) => void,
  reveal: (passageId: string) => void,
): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      const root = container.current;
      if (
        !root ||
        event.defaultPrevented ||
        event.ctrlKey ||
        event.metaKey ||
        event.altKey ||
        isTyping(event.target)
      )
        return;
      if (event.key === 'Escape' && marks.selected) {
        event.preventDefault();
        // From inside the panel (which goes away), focus returns to the passage's marker.
        const fromPanel = document.activeElement?.closest('.links-panel');
        select(undefined);
        if (fromPanel) focusPassageSoon(root, marks.selected.passage);
      } else if (event.key === 'j' || event.key === 'k') {
        event.preventDefault();
        stepInColumn(root, event.key === 'j' ? 1 : -1);
      } else if ((event.key === 'n' || event.key === 'p') && marks.selected) {
        event.preventDefault();
        const open = marks.linked.filter((id) => markerOf(root, id) !== null);
        const focused =
          document.activeElement instanceof HTMLElement ? document.activeElement.dataset.select : undefined;
        const next = stepThrough(open, focused, event.key === 'n' ? 1 : -1);
        if (next === undefined) return;
        reveal(next);
        focusPassageSoon(root, next);
      }
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [container, marks, select, reveal]);
}
