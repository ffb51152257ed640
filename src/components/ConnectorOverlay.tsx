import { useEffect, useRef, useState, type RefObject } from 'react';
import type { SelectionMarks } from '../model/tag-index.ts';
import { columnScrollers, passageRect } from '../state/column-dom.ts';

interface Line {
  key: string;
  d: string;
  /** One end is scrolled out of its column and drawn at the column's edge. */
  clipped: boolean;
  x1: number;
  y1: number;
  x2: number;
  y2: number;
}

/** Marked passages of one scroller with their vertical centres, clamped to the visible area. */
function ends(scroller: HTMLElement, ids: readonly string[], origin: DOMRect) {
  const box = scroller.getBoundingClientRect();
  return ids.flatMap((id) => {
    const rect = passageRect(scroller, id);
    if (!rect) return [];
    const mid = rect.top + Math.min(rect.height, 24) / 2;
    const y = Math.min(Math.max(mid, box.top + 4), box.bottom - 4);
    return [
      {
        id,
        y: y - origin.top,
        clipped: y !== mid,
        left: box.left - origin.left,
        right: box.right - origin.left,
      },
    ];
  });
}

/** Lines joining marked passages of neighbouring columns, measured from the DOM. */
function measure(container: HTMLElement, svg: SVGSVGElement, ids: readonly string[]): Line[] {
  const origin = svg.getBoundingClientRect();
  const columns = columnScrollers(container)
    .filter((s) => s.offsetParent !== null)
    .map((s) => ends(s, ids, origin));
  const lines: Line[] = [];
  for (let i = 0; i + 1 < columns.length; i++) {
    for (const a of columns[i] ?? []) {
      for (const b of columns[i + 1] ?? []) {
        const [x1, x2] = [a.right - 2, b.left + 2];
        const bend = Math.max(24, (x2 - x1) / 2);
        lines.push({
          key: `${a.id}-${b.id}`,
          d: `M ${x1} ${a.y} C ${x1 + bend} ${a.y}, ${x2 - bend} ${b.y}, ${x2} ${b.y}`,
          clipped: a.clipped || b.clipped,
          x1,
          y1: a.y,
          x2,
          y2: b.y,
        });
      }
    }
  }
  return lines;
}

/**
 * An SVG overlay drawing connector lines from the selected passage to its linked passages across
 * neighbouring columns; it re-measures on scroll (of any column), on resize and when the columns' content
 * changes, once per frame.
 */
export function ConnectorOverlay({
  container,
  marks,
  layoutKey,
}: {
  container: RefObject<HTMLElement | null>;
  marks: SelectionMarks;
  layoutKey: string;
}) {
  const svg = useRef<SVGSVGElement>(null);
  const [lines, setLines] = useState<Line[]>([]);
  useEffect(() => {
    const root = container.current;
    const ids = marks.selected ? [marks.selected.passage, ...marks.linked] : [];
    if (!root || ids.length < 2) {
      setLines([]);
      return undefined;
    }
    let frame = 0;
    const schedule = (): void => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        if (svg.current) setLines(measure(root, svg.current, ids));
      });
    };
    schedule();
    root.addEventListener('scroll', schedule, { capture: true, passive: true });
    window.addEventListener('resize', schedule);
    const observer = typeof ResizeObserver === 'undefined' ? undefined : new ResizeObserver(schedule);
    observer?.observe(root);
    // Anything that moves text inside the columns (a fold opening, the reader's own layer or the
    // suggestions switched on, a new annotation) changes the DOM without resizing the container.
    // The overlay's own redraws are ignored, or each drawing would schedule the next.
    const onMutation = (records: MutationRecord[]): void => {
      if (records.some((r) => !svg.current?.contains(r.target))) schedule();
    };
    const mutations = typeof MutationObserver === 'undefined' ? undefined : new MutationObserver(onMutation);
    mutations?.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['class', 'hidden'],
    });
    return () => {
      cancelAnimationFrame(frame);
      root.removeEventListener('scroll', schedule, { capture: true });
      window.removeEventListener('resize', schedule);
      observer?.disconnect();
      mutations?.disconnect();
    };
  }, [container, marks, layoutKey]);
  return (
    <svg className="connectors" ref={svg} aria-hidden="true" focusable="false">
      {lines.map((l) => (
        <g key={l.key} className={l.clipped ? 'connector is-clipped' : 'connector'}>
          <path d={l.d} />
          <circle cx={l.x1} cy={l.y1} r={3.5} />
          <circle cx={l.x2} cy={l.y2} r={3.5} />
        </g>
      ))}
    </svg>
  );
}
