/**
 * DOM helpers for compare columns: find a passage's rendered pieces, measure them, scroll a column
 * (and only that column, never the page) to bring one into view, and place a selection's ends in
 * the article's text.
 */
import type { BlockPoint } from '../model/article-offsets.ts';

/** A value quoted for an attribute selector (`CSS.escape` is missing in some test DOMs). */
export function quoted(value: string): string {
  return `"${value.replace(/["\\]/g, '\\$&')}"`;
}

/** The column scrollers in a container, in display order. */
export function columnScrollers(container: ParentNode): HTMLElement[] {
  return [...container.querySelectorAll<HTMLElement>('[data-column-scroll]')];
}

/**
 * The rendered pieces of a passage inside `root` (a passage split by nesting has several), or of the
 * reader's own annotation of that id (its ids are UUIDs, so they never clash with curated ids): the
 * connectors, linked scrolling and scroll-to-selection treat both alike.
 */
export function passagePieces(root: ParentNode, passageId: string): HTMLElement[] {
  const id = quoted(passageId);
  return [...root.querySelectorAll<HTMLElement>(`[data-p~=${id}], [data-mine~=${id}]`)];
}

/** The bounding box of a passage's pieces, or undefined when it is not rendered (or not laid out). */
export function passageRect(root: ParentNode, passageId: string): DOMRect | undefined {
  const rects = passagePieces(root, passageId)
    .flatMap((el) => [...el.getClientRects()])
    .filter((r) => r.width > 0 || r.height > 0);
  if (rects.length === 0) return undefined;
  const top = Math.min(...rects.map((r) => r.top));
  const bottom = Math.max(...rects.map((r) => r.bottom));
  const left = Math.min(...rects.map((r) => r.left));
  const right = Math.max(...rects.map((r) => r.right));
  return new DOMRect(left, top, right - left, bottom - top);
}

/** True when `rect` is wholly inside the scroller's visible area. */
export function isInView(scroller: HTMLElement, rect: DOMRect): boolean {
  const box = scroller.getBoundingClientRect();
  return rect.top >= box.top && rect.bottom <= box.bottom;
}

/** Scrolls `scroller` so `rect` starts a third of the way down (no effect when it is already in view, unless forced). */
export function scrollRectIntoView(scroller: HTMLElement, rect: DOMRect, force = false): void {
  if (!force && isInView(scroller, rect)) return;
  const box = scroller.getBoundingClientRect();
  scroller.scrollTop += rect.top - box.top - box.height / 3;
}

/** Scrolls a column to an element (a paragraph). */
export function scrollElementIntoView(scroller: HTMLElement, el: Element): void {
  const box = scroller.getBoundingClientRect();
  scroller.scrollTop += el.getBoundingClientRect().top - box.top - 16;
}

/**
 * Focuses a passage's marker (or the "mine" label of the reader's annotation of that id) inside `root`
 * after the next paint (its column may have just been shown).
 */
export function focusPassageSoon(root: HTMLElement, passageId: string): void {
  const id = quoted(passageId);
  requestAnimationFrame(() =>
    root.querySelector<HTMLElement>(`[data-select=${id}], [data-mine-select=${id}]`)?.focus(),
  );
}

/** Scrolls a block of an article's column into view after the next paint (a suggested sentence's paragraph). */
export function showBlockSoon(root: HTMLElement, articleId: string, blockId: string): void {
  requestAnimationFrame(() => {
    const scroller = root.querySelector<HTMLElement>(`[data-column-scroll=${quoted(articleId)}]`);
    const el = scroller?.querySelector(`[data-block=${quoted(blockId)}]`);
    if (scroller && el) scrollElementIntoView(scroller, el);
  });
}

/** Scrolls the row of columns sideways (never the page) so an article's column is wholly in view. */
export function showColumn(root: HTMLElement, articleId: string): void {
  const column = root.querySelector<HTMLElement>(`[data-column=${quoted(articleId)}]`);
  const row = column?.parentElement;
  if (!column || !row) return;
  const [box, rect] = [row.getBoundingClientRect(), column.getBoundingClientRect()];
  if (rect.right > box.right) row.scrollLeft += rect.right - box.right;
  else if (rect.left < box.left) row.scrollLeft -= box.left - rect.left;
}

/** Elements inside a block whose text is not the block's text. */
const NOT_TEXT = 'button, .paragraph-number, [data-not-text]';

/**
 * Where a DOM point (a selection's end) falls in an article: its column's article id and its block
 * point, counting only the block's own text before it (UTF-16 code units; type markers, paragraph
 * numbers and other labels are skipped). A point between blocks (a triple click ends at the start of
 * whatever follows the paragraph) is the end of the block before it, or the start of the first block.
 * Undefined outside a column's text.
 */
export function blockPointOf(node: Node, offset: number): { article: string; point: BlockPoint } | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const block = element?.closest<HTMLElement>('[data-block]') ?? blockBefore(node, offset);
  const article = block?.closest<HTMLElement>('[data-column]')?.dataset.column;
  const blockId = block?.dataset.block;
  if (!block || article === undefined || blockId === undefined) return undefined;
  const here = document.createRange();
  here.setStart(node, offset);
  let count = 0;
  const walker = document.createTreeWalker(block, NodeFilter.SHOW_TEXT);
  for (let t = walker.nextNode(); t; t = walker.nextNode()) {
    if (t.parentElement?.closest(NOT_TEXT)) continue;
    const length = (t as Text).length;
    if (t === node) return { article, point: { blockId, offset: count + offset } };
    if (here.comparePoint(t, length) > 0) break;
    count += length;
  }
  return { article, point: { blockId, offset: count } };
}

/** For a point outside any block of a column's text: the last block before it, else the first block. */
function blockBefore(node: Node, offset: number): HTMLElement | undefined {
  const element = node instanceof Element ? node : node.parentElement;
  const scroller = element?.closest<HTMLElement>('[data-column-scroll]');
  if (!scroller) return undefined;
  const here = document.createRange();
  here.setStart(node, offset);
  const blocks = [...scroller.querySelectorAll<HTMLElement>('[data-block]')];
  return blocks.findLast((b) => here.comparePoint(b, 0) < 0) ?? blocks[0];
}
