/**
 * The reader's own layer as the compare view draws it: every annotation re-anchored against the
 * current corpus (reanchor.ts), the placed ones grouped by article and block, the fuzzy ones to
 * review, and the orphans for the "Unanchored" panel. `createUserLayerCache` re-anchors only what
 * changed, so a store change costs one re-anchor per changed annotation, not one per annotation.
 */
import type { AnchorStatus } from './anchor.ts';
import type { Article } from './article.ts';
import {
  reanchorEntry,
  reanchorOne,
  reanchorResult,
  type OrphanAnnotation,
  type PlacedAnnotation,
  type ReanchorEntry,
} from './reanchor.ts';
import type { UserAnnotation } from './user-annotation.ts';

/** A user annotation's place in a block (article offsets, UTF-16 code units). */
export interface UserSpan {
  id: string;
  start: number;
  end: number;
  status: AnchorStatus;
  /** A classmate's annotation (the class layer, read-only): the classmate's name. */
  author?: string;
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

/** Re-anchors `annotations` against `articles` (see `createUserLayerCache`). */
export type UserLayerOf = (annotations: readonly UserAnnotation[], articles: readonly Article[]) => UserLayer;

/**
 * Re-anchors `annotations` and groups the placed ones by block. A span crossing blocks is listed in
 * each block it touches with its full range (segmentBlock clips it to the block).
 */
export function userLayerOf(annotations: readonly UserAnnotation[], articles: readonly Article[]): UserLayer {
  return createUserLayerCache()(annotations, articles);
}

/**
 * `userLayerOf` that remembers: each annotation object is re-anchored once per articles list (store
 * snapshots keep unchanged entries identical), a block's span array is kept when its spans are
 * unchanged, and the same layer is returned when the annotations are the same objects in the same
 * order (a dismissal, a storage notice). `place` is replaceable in tests.
 */
export function createUserLayerCache(place: typeof reanchorOne = reanchorOne): UserLayerOf {
  let seen: readonly Article[] | undefined;
  let byId = new Map<string, Article>();
  let entries = new WeakMap<UserAnnotation, ReanchorEntry>();
  let last: { annotations: readonly UserAnnotation[]; layer: UserLayer } | undefined;
  return (annotations, articles) => {
    if (articles !== seen) {
      seen = articles;
      byId = new Map(articles.map((a) => [a.meta.id, a]));
      entries = new WeakMap();
      last = undefined;
    }
    if (last && sameItems(last.annotations, annotations)) return last.layer;
    const result = reanchorResult(
      annotations.map((a) => {
        const cached = entries.get(a);
        if (cached) return cached;
        const entry = reanchorEntry(a, byId, place);
        entries.set(a, entry);
        return entry;
      }),
      articles,
    );
    const layer: UserLayer = {
      spans: spansByBlock(result.placed, byId, last?.layer.spans),
      placed: result.placed,
      review: result.review,
      orphans: result.orphans,
      updates: result.updates,
    };
    last = { annotations: [...annotations], layer };
    return layer;
  };
}

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}

function sameSpans(a: readonly UserSpan[], b: readonly UserSpan[]): boolean {
  return (
    a.length === b.length &&
    a.every((x, i) => {
      const y = b[i];
      return (
        y !== undefined && x.id === y.id && x.start === y.start && x.end === y.end && x.status === y.status
      );
    })
  );
}

/** Groups placed annotations by article and block, reusing `previous` arrays whose spans are unchanged. */
function spansByBlock(
  placed: readonly PlacedAnnotation[],
  articles: ReadonlyMap<string, Article>,
  previous: UserSpansByBlock | undefined,
): UserSpansByBlock {
  const spans = new Map<string, Map<string, UserSpan[]>>();
  for (const p of placed) {
    const article = articles.get(p.annotation.article);
    if (!article) continue;
    const blocks = spans.get(article.meta.id) ?? new Map<string, UserSpan[]>();
    spans.set(article.meta.id, blocks);
    for (const block of article.blocks) {
      if (block.end <= p.start || block.start >= p.end) continue;
      const span = { id: p.annotation.id, start: p.start, end: p.end, status: p.status };
      const list = blocks.get(block.id);
      if (list) list.push(span);
      else blocks.set(block.id, [span]);
    }
  }
  if (!previous) return spans;
  const out = new Map<string, Map<string, readonly UserSpan[]>>();
  for (const [articleId, blocks] of spans) {
    const before = previous.get(articleId);
    const kept = new Map<string, readonly UserSpan[]>();
    for (const [blockId, list] of blocks) {
      const old = before?.get(blockId);
      kept.set(blockId, old && sameSpans(old, list) ? old : list);
    }
    out.set(articleId, kept);
  }
  return out;
}
