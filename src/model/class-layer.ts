/**
 * The class layer of the compare view: classmates' shared annotations, re-anchored against the
 * corpus like the reader's own (user-layer.ts), as spans naming their author. They are drawn beside
 * the reader's spans but never become the reader's annotations: span ids are `<student>/<id>`, so a
 * classmate's annotation id can never be taken for one of the reader's.
 */
import type { Article } from './article.ts';
import type { UserAnnotation } from './user-annotation.ts';
import { userLayerOf, type UserSpan, type UserSpansByBlock } from './user-layer.ts';

/** One classmate's shared annotations. */
export interface Classmate {
  student: string;
  name: string;
  annotations: readonly UserAnnotation[];
}

/** Classmates' annotations placed in the corpus, by article and block, each span naming its author. */
export function classLayerSpans(
  classmates: readonly Classmate[],
  articles: readonly Article[],
): UserSpansByBlock {
  const out = new Map<string, Map<string, UserSpan[]>>();
  for (const mate of classmates) {
    const { spans } = userLayerOf(mate.annotations, articles);
    for (const [articleId, blocks] of spans) {
      const into = out.get(articleId) ?? new Map<string, UserSpan[]>();
      out.set(articleId, into);
      for (const [blockId, list] of blocks) {
        const named = list.map((s) => ({ ...s, id: `${mate.student}/${s.id}`, author: mate.name }));
        into.set(blockId, [...(into.get(blockId) ?? []), ...named]);
      }
    }
  }
  return out;
}

/** The spans of both layers by block; a block's array is reused when only one layer has spans there. */
export function mergeSpans(own: UserSpansByBlock, others: UserSpansByBlock): UserSpansByBlock {
  if (others.size === 0) return own;
  const out = new Map<string, ReadonlyMap<string, readonly UserSpan[]>>(own);
  for (const [articleId, blocks] of others) {
    const mine = own.get(articleId);
    if (!mine) {
      out.set(articleId, blocks);
      continue;
    }
    const merged = new Map(mine);
    for (const [blockId, list] of blocks) {
      const present = mine.get(blockId);
      merged.set(blockId, present ? [...present, ...list] : list);
    }
    out.set(articleId, merged);
  }
  return out;
}
