/**
 * Moving either end of an annotation range by one sentence, for readers who choose a range from the
 * keyboard: a range stays inside one body block (heading or paragraph) and is never empty. Sentence
 * boundaries are the block's compiled `sentences` (offsets into the article text, UTF-16 code units).
 */
import type { Article } from './article.ts';
import { isNonBodyKind } from './article.ts';
import { blockContaining } from './article-offsets.ts';

/** A range `[start, end)` of an article's text. */
export interface TextRange {
  start: number;
  end: number;
}

/** Which end of a range moves. */
export type RangeEdge = 'start' | 'end';

/** Which way it moves, in reading order. */
export type RangeDirection = 'earlier' | 'later';

/** The four moves, keyed `${edge}-${direction}`, in the order the editor offers them. */
export const RANGE_MOVES = [
  { edge: 'start', direction: 'earlier' },
  { edge: 'start', direction: 'later' },
  { edge: 'end', direction: 'earlier' },
  { edge: 'end', direction: 'later' },
] as const satisfies readonly { edge: RangeEdge; direction: RangeDirection }[];

/**
 * The range with one end moved to the previous or next sentence boundary of its block: a start to
 * a sentence's start, an end to a sentence's end (a start inside a sentence moves "earlier" to that
 * sentence's own start). Undefined when the move would leave the block, empty the range, or when the
 * range is not inside one body block.
 */
export function adjustRange(
  article: Article,
  range: TextRange,
  edge: RangeEdge,
  direction: RangeDirection,
): TextRange | undefined {
  const { start, end } = range;
  if (!(start < end)) return undefined;
  const block = blockContaining(article, start, end);
  if (!block || isNonBodyKind(block.kind)) return undefined;
  const bounds = block.sentences.map((s) => (edge === 'start' ? s.start : s.end));
  const at = edge === 'start' ? start : end;
  const next = direction === 'earlier' ? bounds.filter((b) => b < at).at(-1) : bounds.find((b) => b > at);
  if (next === undefined) return undefined;
  const moved = edge === 'start' ? { start: next, end } : { start, end: next };
  return moved.start < moved.end ? moved : undefined;
}

/** The first sentence of a body block, as a range; undefined for unknown or non-body blocks. */
export function firstSentence(article: Article, blockId: string): TextRange | undefined {
  const block = article.blocks.find((b) => b.id === blockId);
  const sentence = block && !isNonBodyKind(block.kind) ? block.sentences[0] : undefined;
  return sentence ? { start: sentence.start, end: sentence.end } : undefined;
}
