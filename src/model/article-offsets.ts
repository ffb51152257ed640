/**
 * From places in rendered blocks to article offsets, and back: the pure half of turning a reader's
 * text selection into an annotation range (the DOM half is src/state/use-text-selection.ts).
 * Offsets are UTF-16 code units.
 */
import type { Article, Block } from './article.ts';
import { isNonBodyKind } from './article.ts';

/** A point in a block: its id and an offset into its text (UTF-16 code units). */
export interface BlockPoint {
  blockId: string;
  offset: number;
}

/** The block holding article offset `offset` (a block's end counts as inside it), or undefined. */
export function blockAt(article: Article, offset: number): Block | undefined {
  let lo = 0;
  let hi = article.blocks.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const block = article.blocks[mid];
    if (!block) break;
    if (offset < block.start) hi = mid - 1;
    else if (offset > block.end) lo = mid + 1;
    else return block;
  }
  return undefined;
}

/** The block wholly containing the non-empty range `[start, end)`, or undefined when the range crosses blocks. */
export function blockContaining(article: Article, start: number, end: number): Block | undefined {
  const block = blockAt(article, start);
  return block && start < block.end && end <= block.end ? block : undefined;
}

/** The article offset of a point in a block, or undefined for an unknown block or an offset outside it. */
export function articleOffset(article: Article, point: BlockPoint): number | undefined {
  const block = article.blocks.find((b) => b.id === point.blockId);
  if (!block || !Number.isInteger(point.offset) || point.offset < 0 || point.offset > block.text.length) {
    return undefined;
  }
  return block.start + point.offset;
}

/** Why a selection cannot be annotated. */
export type SelectionProblem = 'empty' | 'outside-article' | 'crosses-blocks' | 'non-body';

/**
 * The article range `[start, end)` a selection between two block points covers, trimmed of white
 * space at both ends. A passage lies within one body block (heading or paragraph), as curated ones do.
 */
export function selectionRange(
  article: Article,
  anchorPoint: BlockPoint,
  focusPoint: BlockPoint,
): { start: number; end: number; block: Block } | { problem: SelectionProblem } {
  const a = articleOffset(article, anchorPoint);
  const b = articleOffset(article, focusPoint);
  if (a === undefined || b === undefined) return { problem: 'outside-article' };
  let start = Math.min(a, b);
  let end = Math.max(a, b);
  while (start < end && /\s/.test(article.text[start] ?? '')) start++;
  while (end > start && /\s/.test(article.text[end - 1] ?? '')) end--;
  if (start === end) return { problem: 'empty' };
  const block = blockAt(article, start);
  if (!block || end > block.end || start === block.end) return { problem: 'crosses-blocks' };
  if (isNonBodyKind(block.kind)) return { problem: 'non-body' };
  return { start, end, block };
}

/** Body paragraph number at an article offset, for citing; undefined in headings and non-body blocks. */
export function paragraphNumberAt(article: Article, offset: number): number | undefined {
  return blockAt(article, offset)?.paragraphNumber;
}

/**
 * The source's words between two points of an article, in reading order whichever comes first:
 * what copying a selection gives (paragraphs separated by a blank line, as in the canonical text).
 * Undefined when a point is not in the article.
 */
export function textBetween(article: Article, a: BlockPoint, b: BlockPoint): string | undefined {
  const x = articleOffset(article, a);
  const y = articleOffset(article, b);
  if (x === undefined || y === undefined) return undefined;
  return article.text.slice(Math.min(x, y), Math.max(x, y));
}
