/**
 * Hook: brings the block named by the URL's `at` (a search result) into view in its compare column,
 * outlines it and moves focus to it, once per new target. Columns render after the route does, so
 * it looks for the block for a few frames before giving up.
 */
import { useEffect, type RefObject } from 'react';
import { scrollElementIntoView } from './column-dom.ts';

const MAX_FRAMES = 30;
const TARGET_CLASS = 'is-search-target';

/** Scrolls `blockId`'s column to it and focuses it; `key` re-runs it (for example the open articles). */
export function useFocusBlock(
  container: RefObject<HTMLElement | null>,
  blockId: string | undefined,
  key = '',
): void {
  useEffect(() => {
    if (blockId === undefined) return;
    let frame = 0;
    let handle = 0;
    let target: HTMLElement | null = null;
    const attempt = (): void => {
      const root = container.current;
      target =
        root?.querySelector<HTMLElement>(`[data-column-scroll] [data-block="${CSS.escape(blockId)}"]`) ??
        null;
      if (!target) {
        if (++frame < MAX_FRAMES) handle = requestAnimationFrame(attempt);
        return;
      }
      const scroller = target.closest<HTMLElement>('[data-column-scroll]');
      if (scroller) scrollElementIntoView(scroller, target);
      if (!target.hasAttribute('tabindex')) target.tabIndex = -1;
      target.classList.add(TARGET_CLASS);
      target.focus({ preventScroll: true });
    };
    handle = requestAnimationFrame(attempt);
    return () => {
      cancelAnimationFrame(handle);
      target?.classList.remove(TARGET_CLASS);
    };
  }, [container, blockId, key]);
}
