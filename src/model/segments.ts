/**
 * Splits a block's text into segments at passage boundaries, so a renderer can highlight passages
 * that overlap or nest without ever producing HTML: each segment is plain text plus the ids of the
 * passages covering it.
 */
import type { Block } from './article.ts';

/** The part of a passage the segmenter needs: its id and article offsets (UTF-16 code units). */
export interface PassageSpan {
  id: string;
  start: number;
  end: number;
}

/** A run of a block's text covered by the same set of passages. */
export interface Segment {
  /** Start offset within the block text (UTF-16 code units). */
  start: number;
  /** End offset (exclusive) within the block text. */
  end: number;
  /** `block.text.slice(start, end)`. */
  text: string;
  /** Ids of the passages covering this segment, outermost (longest) first, then by start and id. */
  passages: string[];
  /** Ids of the passages that begin at this segment (where a type marker goes), in `passages` order. */
  starts: string[];
}

/**
 * The segments of `block`: consecutive, non-empty, tiling the whole block text. Passages outside
 * the block are ignored and passages straddling its edges are clipped to it.
 */
export function segmentBlock(
  block: Pick<Block, 'text' | 'start' | 'end'>,
  passages: readonly PassageSpan[],
): Segment[] {
  const inside = passages
    .map((p) => ({
      id: p.id,
      start: Math.max(p.start, block.start) - block.start,
      end: Math.min(p.end, block.end) - block.start,
    }))
    .filter((p) => p.end > p.start);
  // Outermost first, so a renderer can nest inner highlights visually inside outer ones.
  inside.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start || a.id.localeCompare(b.id));
  const cuts = new Set<number>([0, block.text.length]);
  for (const p of inside) {
    cuts.add(p.start);
    cuts.add(p.end);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let i = 0; i + 1 < points.length; i++) {
    const [start, end] = [points[i] as number, points[i + 1] as number];
    const covering = inside.filter((p) => p.start <= start && p.end >= end);
    segments.push({
      start,
      end,
      text: block.text.slice(start, end),
      passages: covering.map((p) => p.id),
      starts: covering.filter((p) => p.start === start).map((p) => p.id),
    });
  }
  return segments;
}
