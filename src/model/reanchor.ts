/**
 * Re-anchors a reader's annotations against the corpus as it is now (the articles may have been
 * re-edited since the annotations were made). With `anchor()`:
 *   - exact and moved annotations are placed, and a stale selector is refreshed (silently);
 *   - fuzzy ones are placed too, but marked for the reader to review;
 *   - orphans (quote gone, or its article gone) are never dropped and never shown in the wrong
 *     place: they are listed apart, with their quote and note, for the "Unanchored" panel.
 */
import type { Article } from './article.ts';
import { anchor, selectorFor, type AnchorStatus, type FullSelector } from './anchor.ts';
import type { UserAnnotation } from './user-annotation.ts';

/** An annotation placed in its article's current text. */
export interface PlacedAnnotation {
  annotation: UserAnnotation;
  /** Where it is now (UTF-16 code units). */
  start: number;
  end: number;
  status: AnchorStatus;
}

/** Why an annotation could not be placed. */
export type OrphanReason = 'no-article' | 'quote-not-found';

/** An annotation that could not be placed. */
export interface OrphanAnnotation {
  annotation: UserAnnotation;
  reason: OrphanReason;
}

/** The outcome of re-anchoring every annotation. */
export interface ReanchorResult {
  /** Exact, moved and fuzzy annotations, by article then position. */
  placed: PlacedAnnotation[];
  /** The fuzzy ones among `placed`, for review. */
  review: PlacedAnnotation[];
  /** Unanchored annotations, in the order given. */
  orphans: OrphanAnnotation[];
  /** Exact or moved annotations whose selector (position or context) is stale, with a fresh one to save. */
  updates: UserAnnotation[];
}

/** Re-anchors one annotation against its article's text. */
export function reanchorOne(
  annotation: UserAnnotation,
  article: Article | undefined,
): PlacedAnnotation | OrphanAnnotation {
  if (!article) return { annotation, reason: 'no-article' };
  const found = anchor(article.text, annotation.selector);
  if (!found) return { annotation, reason: 'quote-not-found' };
  return { annotation, start: found.start, end: found.end, status: found.status };
}

/** Re-anchors every annotation against `articles`. */
export function reanchorAll(
  annotations: readonly UserAnnotation[],
  articles: readonly Article[],
): ReanchorResult {
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  const order = new Map(articles.map((a, i) => [a.meta.id, i]));
  const result: ReanchorResult = { placed: [], review: [], orphans: [], updates: [] };
  for (const annotation of annotations) {
    const article = byId.get(annotation.article);
    const outcome = reanchorOne(annotation, article);
    if ('reason' in outcome) {
      result.orphans.push(outcome);
      continue;
    }
    result.placed.push(outcome);
    if (outcome.status === 'fuzzy') result.review.push(outcome);
    if (outcome.status !== 'fuzzy' && article) {
      const selector = selectorFor(article.text, outcome.start, outcome.end);
      if (!sameSelector(selector, annotation.selector)) {
        result.updates.push({ ...annotation, selector });
      }
    }
  }
  result.placed.sort(
    (a, b) =>
      (order.get(a.annotation.article) ?? 0) - (order.get(b.annotation.article) ?? 0) ||
      a.start - b.start ||
      a.end - b.end,
  );
  return result;
}

/** True when two selectors have the same quote, context and position. */
export function sameSelector(a: FullSelector, b: FullSelector): boolean {
  return (
    a.quote.exact === b.quote.exact &&
    a.quote.prefix === b.quote.prefix &&
    a.quote.suffix === b.quote.suffix &&
    a.position.start === b.position.start &&
    a.position.end === b.position.end
  );
}
