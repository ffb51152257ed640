/**
 * Off-screen paragraphs of a compare column skip layout and paint (`content-visibility: auto`, on
 * while this hook says so; styles.css), so a filter toggle or a selection lays out and paints only
 * the paragraphs on screen instead of both whole articles.
 *
 * A skipped paragraph keeps the height it last had when it was laid out (`contain-intrinsic-size:
 * auto`), so positions below it (scrolling to a passage, linked scrolling, the connectors) stay
 * exact, as long as every paragraph was laid out once at the current width and text size. So skipping
 * starts only after the column's first full layout has been painted (two frames after the commit:
 * the browser records those heights in the frame after the commit), and stops for one such layout
 * whenever the column's width or the page's text size (the root element's style) changes. A change
 * the caller knows moves the width (`layoutKey`: the panel opening, columns added) stops it in the
 * same render, so the layout effects of that commit (scrolling to a selected passage) measure a
 * whole, exact layout rather than heights from the old width; other width changes are seen by a
 * ResizeObserver after the frame that made them.
 */
import { useEffect, useState, type RefObject } from 'react';

/** Whether the column's off-screen paragraphs may skip their rendering now. */
export function useSkipOffscreen(scroller: RefObject<HTMLElement | null>, layoutKey: string): boolean {
  // Each change of width or text size starts a new epoch; skipping is on once that epoch was laid out whole.
  const [epoch, setEpoch] = useState(0);
  const [laidOut, setLaidOut] = useState<{ epoch: number; layoutKey: string }>();

  useEffect(() => {
    const el = scroller.current;
    if (!el || typeof ResizeObserver === 'undefined') return undefined;
    let width: number | undefined;
    const again = (): void => setEpoch((e) => e + 1);
    const resize = new ResizeObserver(([entry]) => {
      const now = entry?.contentRect.width;
      if (width !== undefined && now !== width) again();
      width = now;
    });
    resize.observe(el);
    const textSize = new MutationObserver(again);
    textSize.observe(document.documentElement, { attributes: true, attributeFilter: ['style'] });
    return () => {
      resize.disconnect();
      textSize.disconnect();
    };
  }, [scroller]);

  useEffect(() => {
    let frame = requestAnimationFrame(() => {
      frame = requestAnimationFrame(() => setLaidOut({ epoch, layoutKey }));
    });
    return () => cancelAnimationFrame(frame);
  }, [epoch, layoutKey]);

  return laidOut?.epoch === epoch && laidOut.layoutKey === layoutKey;
}
