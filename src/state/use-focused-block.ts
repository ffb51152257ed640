/**
 * Hook: the body block (heading or paragraph) a keyboard reader was last in, inside `container`,
 * so the annotation bar can offer to annotate it. Focus on something inside a block (a passage
 * marker, a search target) names that block; leaving a column's focused text after scrolling it
 * (or with no block named yet) names the first block at the top of its view. Focus elsewhere (column
 * headers, the annotation bar) keeps it, so the reader can go to the bar and use it.
 */
import { useEffect, useState, type RefObject } from 'react';

/** A block of an open column. */
export interface BlockRef {
  article: string;
  blockId: string;
}

/** The block `el` is in, if it is in a column. */
function blockOf(el: Element): BlockRef | undefined {
  const block = el.closest<HTMLElement>('[data-block]');
  const article = block?.closest<HTMLElement>('[data-column]')?.dataset.column;
  const blockId = block?.dataset.block;
  return article === undefined || blockId === undefined ? undefined : { article, blockId };
}

/** The first block showing at the top of a column's scrolling text. */
function topBlock(scroller: HTMLElement): BlockRef | undefined {
  const top = scroller.getBoundingClientRect().top;
  const first = [...scroller.querySelectorAll('[data-block]')].find(
    (b) => b.getBoundingClientRect().bottom > top + 1,
  );
  return first && blockOf(first);
}

/** Tracks the last block focused (or read at the top of a focused column) inside `container`. */
export function useFocusedBlock(container: RefObject<HTMLElement | null>): BlockRef | undefined {
  const [focused, setFocused] = useState<BlockRef>();
  useEffect(() => {
    const root = container.current;
    if (!root) return;
    let named = false;
    let scrolledFrom: number | undefined;
    const onIn = (event: FocusEvent): void => {
      const el = event.target;
      if (!(el instanceof HTMLElement)) return;
      if (el.dataset.columnScroll !== undefined) scrolledFrom = el.scrollTop;
      const block = blockOf(el);
      if (block) {
        named = true;
        setFocused(block);
      }
    };
    const onOut = (event: FocusEvent): void => {
      const el = event.target;
      if (!(el instanceof HTMLElement) || el.dataset.columnScroll === undefined) return;
      if (event.relatedTarget instanceof Node && el.contains(event.relatedTarget)) return;
      if (named && el.scrollTop === scrolledFrom) return;
      const block = topBlock(el);
      if (block) {
        named = true;
        setFocused(block);
      }
    };
    root.addEventListener('focusin', onIn);
    root.addEventListener('focusout', onOut);
    return () => {
      root.removeEventListener('focusin', onIn);
      root.removeEventListener('focusout', onOut);
    };
  }, [container]);
  return focused;
}
