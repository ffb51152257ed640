/**
 * Long lists render only what is on screen: the one module importing @tanstack/react-virtual.
 *
 * Thresholds and tuning:
 * - `FULL_RENDER_ROWS` (200) and `FULL_RENDER_CELLS` (2,000): at or below these a list or the matrix
 *   renders whole, as before. The real corpus (139 arguments, 5 articles: 695 matrix cells) stays
 *   under them, so find-in-page, printing and every existing flow are unchanged there; a 10× corpus
 *   (1,390 arguments × 50 articles) is over them. Whole, 200 list rows cost a few milliseconds to
 *   render; windowing pays only where whole lists would cost hundreds.
 * - `OVERSCAN_ROWS` (8): rows rendered beyond each edge of the viewport, so Tab and Shift+Tab always
 *   find the next row in the DOM (focusing it scrolls it into view, which renders the next ones).
 * - `OVERSCAN_COLUMNS` (2): matrix columns are narrow and fixed; two either side cover a fast swipe.
 * - While printing (`usePrinting`) everything renders, so paper gets the whole list.
 */
import {
  useVirtualizer,
  useWindowVirtualizer,
  defaultRangeExtractor,
  type Range,
} from '@tanstack/react-virtual';
import { useCallback, useEffect, useLayoutEffect, useRef, useState, type RefObject } from 'react';
import { usePrinting } from './use-printing.ts';

/** At or below this many rows a list renders whole. */
export const FULL_RENDER_ROWS = 200;
/** At or below this many cells (rows × columns) the matrix renders whole. */
export const FULL_RENDER_CELLS = 2_000;
const OVERSCAN_ROWS = 8;
const OVERSCAN_COLUMNS = 2;

/** One rendered row: its index in the whole list and its offset (px) from the list's top. */
export interface WindowedRow {
  index: number;
  offset: number;
}

/** What a windowed list renders. */
export interface WindowedList {
  /** False: render every row in the normal flow (short list, or printing). */
  windowed: boolean;
  /** The rows to render, in order (all of them when not windowed). */
  rows: WindowedRow[];
  /** Height (px) of the whole list, for the list element while windowed. */
  totalHeight: number;
  /** Ref for each rendered row (it carries `data-index`), so its real height is measured. */
  measure: (element: Element | null) => void;
}

/** A row of a windowed table, or a gap (px) standing for rows not rendered. */
export type TableSlot = { kind: 'row'; index: number } | { kind: 'gap'; key: string; height: number };

/** What a windowed matrix renders. */
export interface WindowedTable {
  windowed: boolean;
  /** Rows and the gaps between them, top to bottom. */
  slots: TableSlot[];
  /** Indices of the columns to render, left to right. */
  columns: number[];
  /** Width (px) of the columns not rendered to the left and to the right. */
  columnsBefore: number;
  columnsAfter: number;
  /** Width (px) of the row-header column and of every data column while windowed. */
  rowHeaderWidth: number;
  columnWidth: number;
  /** True while printing a matrix too large to print (more than `PRINT_CELLS` cells). */
  tooLargeToPrint: boolean;
  measure: (element: Element | null) => void;
}

/** Above this many cells the matrix is not printed (tens of thousands of cells make no readable page). */
export const PRINT_CELLS = 20_000;
/** Widths (px) of the matrix's columns while windowed; the row header takes at most half the box. */
const ROW_HEADER_PX = 320;
const COLUMN_PX = 112;

/**
 * Rows and gaps in order: a gap before each rendered row that does not follow the previous one, and
 * after the last. `items` come sorted by index, with their start and end (px) from the list's top.
 */
export function tableSlots(
  items: readonly { index: number; start: number; end: number }[],
  totalHeight: number,
): TableSlot[] {
  const slots: TableSlot[] = [];
  let edge = 0;
  for (const item of items) {
    if (item.start > edge) slots.push({ kind: 'gap', key: `gap-${item.index}`, height: item.start - edge });
    slots.push({ kind: 'row', index: item.index });
    edge = item.end;
  }
  if (totalHeight > edge) slots.push({ kind: 'gap', key: 'gap-end', height: totalHeight - edge });
  return slots;
}

/**
 * The index (`data-index`) of the row holding focus inside `container`, kept while focus stays there,
 * so scrolling never unmounts the focused row (which would drop focus to the page).
 */
function useFocusedIndex(container: RefObject<HTMLElement | null>): RefObject<number | undefined> {
  const focused = useRef<number | undefined>(undefined);
  useEffect(() => {
    const element = container.current;
    if (!element) return;
    const onIn = (event: FocusEvent): void => {
      const row = event.target instanceof Element ? event.target.closest('[data-index]') : null;
      focused.current = row ? Number(row.getAttribute('data-index')) : undefined;
    };
    const onOut = (event: FocusEvent): void => {
      if (!(event.relatedTarget instanceof Node) || !element.contains(event.relatedTarget)) {
        focused.current = undefined;
      }
    };
    element.addEventListener('focusin', onIn);
    element.addEventListener('focusout', onOut);
    return () => {
      element.removeEventListener('focusin', onIn);
      element.removeEventListener('focusout', onOut);
    };
  }, [container]);
  return focused;
}

/** The visible range plus the focused row, sorted. */
function keepFocused(focused: RefObject<number | undefined>): (range: Range) => number[] {
  return (range) => {
    const shown = defaultRangeExtractor(range);
    const f = focused.current;
    if (f === undefined || f >= range.count || shown.includes(f)) return shown;
    return [...shown, f].sort((a, b) => a - b);
  };
}

/** The list's top (px) in the document, followed as what sits above it changes height. */
function useDocumentTop(list: RefObject<HTMLElement | null>, on: boolean): number {
  const [top, setTop] = useState(0);
  const read = useCallback(() => {
    const element = list.current;
    if (element) setTop(Math.round(element.getBoundingClientRect().top + window.scrollY));
  }, [list]);
  useLayoutEffect(() => {
    if (on) read();
  });
  useEffect(() => {
    if (!on) return;
    window.addEventListener('resize', read);
    return () => window.removeEventListener('resize', read);
  }, [on, read]);
  return top;
}

/**
 * A list in the page's own scroll (the arguments index, the library): only the rows near the viewport
 * render once it is longer than `FULL_RENDER_ROWS`. `estimate` is a row's usual height (px).
 */
export function useWindowedList(
  count: number,
  estimate: number,
  list: RefObject<HTMLElement | null>,
): WindowedList {
  const printing = usePrinting();
  const windowed = count > FULL_RENDER_ROWS && !printing;
  const focused = useFocusedIndex(list);
  const scrollMargin = useDocumentTop(list, windowed);
  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => estimate,
    overscan: OVERSCAN_ROWS,
    scrollMargin,
    enabled: windowed,
    rangeExtractor: keepFocused(focused),
  });
  if (!windowed) {
    return {
      windowed,
      rows: everyIndex(count).map((index) => ({ index, offset: 0 })),
      totalHeight: 0,
      measure: noop,
    };
  }
  return {
    windowed,
    rows: virtualizer
      .getVirtualItems()
      .map((item) => ({ index: item.index, offset: item.start - scrollMargin })),
    totalHeight: virtualizer.getTotalSize(),
    measure: virtualizer.measureElement,
  };
}

/**
 * A table scrolling in its own box (the matrix): rows and columns near the box's viewport render once
 * it has more than `FULL_RENDER_CELLS` cells. `estimate` is a row's usual height (px).
 */
export function useWindowedTable(
  rowCount: number,
  columnCount: number,
  estimate: number,
  box: RefObject<HTMLElement | null>,
): WindowedTable {
  const printing = usePrinting();
  const cells = rowCount * columnCount;
  const windowed = cells > FULL_RENDER_CELLS && !printing;
  const focused = useFocusedIndex(box);
  const rows = useVirtualizer({
    count: rowCount,
    getScrollElement: () => box.current,
    estimateSize: () => estimate,
    overscan: OVERSCAN_ROWS,
    enabled: windowed,
    rangeExtractor: keepFocused(focused),
  });
  const columns = useVirtualizer({
    count: columnCount,
    horizontal: true,
    getScrollElement: () => box.current,
    estimateSize: () => COLUMN_PX,
    overscan: OVERSCAN_COLUMNS,
    enabled: windowed,
  });
  const tooLargeToPrint = printing && cells > PRINT_CELLS;
  if (!windowed) {
    return {
      windowed,
      slots: everyIndex(rowCount).map((index) => ({ kind: 'row', index })),
      columns: everyIndex(columnCount),
      columnsBefore: 0,
      columnsAfter: 0,
      rowHeaderWidth: 0,
      columnWidth: 0,
      tooLargeToPrint,
      measure: noop,
    };
  }
  const shownColumns = columns.getVirtualItems();
  const first = shownColumns[0];
  const last = shownColumns[shownColumns.length - 1];
  const boxWidth = rows.scrollRect?.width ?? 0;
  return {
    windowed,
    slots: tableSlots(rows.getVirtualItems(), rows.getTotalSize()),
    columns: shownColumns.map((c) => c.index),
    columnsBefore: first?.start ?? 0,
    columnsAfter: columns.getTotalSize() - (last?.end ?? 0),
    rowHeaderWidth: boxWidth > 0 ? Math.min(ROW_HEADER_PX, Math.round(boxWidth / 2)) : ROW_HEADER_PX,
    columnWidth: COLUMN_PX,
    tooLargeToPrint,
    measure: rows.measureElement,
  };
}

function everyIndex(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i);
}

function noop(): void {}
