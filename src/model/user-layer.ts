/**
 * The reader's own layer as the compare view draws it: every annotation re-anchored against the
 * current corpus (reanchor.ts), the placed ones grouped by article and block, the fuzzy ones to
 * review, and the orphans for the "Unanchored" panel.
 */
import type { AnchorStatus } from './anchor.ts';
import type { Article } from './article.ts';
import { reanchorAll, type OrphanAnnotation, type PlacedAnnotation } from './reanchor.ts';
import type { UserAnnotation } from './user-annotation.ts';

/** A user annotation's place in a block (article offsets, UTF-16 code units). */
export interface UserSpan {
  id: string;
  start: number;
  end: number;
  status: AnchorStatus;
}

/** Spans by article id, then block id. */
export type UserSpansByBlock = ReadonlyMap<string, ReadonlyMap<string, readonly UserSpan[]>>;

/** What the UI shows of the reader's layer. */
export interface UserLayer {
  spans: UserSpansByBlock;
  placed: readonly PlacedAnnotation[];
  review: readonly PlacedAnnotation[];
  orphans: readonly OrphanAnnotation[];
  /** Stale selectors to save (see reanchor.ts). */
  updates: readonly UserAnnotation[];
}

/** Re-anchors `annotations` and groups the placed ones by block; a span crossing blocks is clipped to each. */
export function userLayerOf(annotations: readonly UserAnnotation[], articles: readonly Article[]): UserLayer {
  const result = reanchorAll(annotations, articles);
  const byArticle = new Map(articles.map((a) => [a.meta.id, a]));
  const spans = new Map<string, Map<string, UserSpan[]>>();
  for (const p of result.placed) {
    const article = byArticle.get(p.annotation.article);
    if (!article) continue;
    const blocks = spans.get(article.meta.id) ?? new Map<string, UserSpan[]>();
    spans.set(article.meta.id, blocks);
    for (const block of article.blocks) {
      if (block.end <= p.start || block.start >= p.end) continue;
      const span = { id: p.annotation.id, start: p.start, end: p.end, status: p.status };
      blocks.set(block.id, [...(blocks.get(block.id) ?? []), span]);
    }
  }
  return {
    spans,
    placed: result.placed,
    review: result.review,
    orphans: result.orphans,
    updates: result.updates,
  };
}
