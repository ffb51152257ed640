/**
 * Linked scrolling: while on and a passage is selected, scrolling one column scrolls the others so
 * their marked passages (the selection, or its first linked passage there) stay level with it.
 */
import { useEffect, type RefObject } from 'react';
import type { SelectionMarks } from '../model/tag-index.ts';
import { columnScrollers, passageRect } from './column-dom.ts';

/** The marked passage a column aligns on: the selection if it is there, else its first linked passage. */
function anchorIn(scroller: HTMLElement, ids: readonly string[]): DOMRect | undefined {
  for (const id of ids) {
    const rect = passageRect(scroller, id);
    if (rect) return rect;
  }
  return undefined;
}

/** Aligns every other column on `source`'s marked passage; returns the scrollers it moved. */
function alignOn(
  container: HTMLElement,
  source: HTMLElement,
  ids: readonly string[],
  moved: Map<HTMLElement, number>,
): void {
  const anchor = anchorIn(source, ids);
  if (!anchor) return;
  const level = anchor.top - source.getBoundingClientRect().top;
  for (const other of columnScrollers(container)) {
    if (other === source || other.offsetParent === null) continue;
    const rect = anchorIn(other, ids);
    if (!rect) continue;
    const delta = rect.top - other.getBoundingClientRect().top - level;
    if (Math.abs(delta) < 1) continue;
    other.scrollTop += delta;
    // Remember the programmatic position so its own scroll event does not start a feedback loop.
    moved.set(other, other.scrollTop);
  }
}

/** Keeps linked passages level across columns while `on`. */
export function useLinkedScroll(
  container: RefObject<HTMLElement | null>,
  marks: SelectionMarks,
  on: boolean,
): void {
  useEffect(() => {
    const root = container.current;
    if (!root || !on || !marks.selected) return undefined;
    const ids = [marks.selected.passage, ...marks.linked];
    const moved = new Map<HTMLElement, number>();
    const home = columnScrollers(root).find(
      (s) => passageRect(s, marks.selected?.passage ?? '') !== undefined,
    );
    if (home) alignOn(root, home, ids, moved);
    let frame = 0;
    const onScroll = (event: Event): void => {
      const source = event.target;
      if (!(source instanceof HTMLElement) || !source.hasAttribute('data-column-scroll')) return;
      const expected = moved.get(source);
      if (expected !== undefined && Math.abs(expected - source.scrollTop) < 2) {
        moved.delete(source);
        return;
      }
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => alignOn(root, source, ids, moved));
    };
    root.addEventListener('scroll', onScroll, { capture: true, passive: true });
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('scroll', onScroll, { capture: true });
    };
  }, [container, marks, on]);
}
