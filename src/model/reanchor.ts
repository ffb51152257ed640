/**
 * Re-anchors a reader's annotations against the corpus as it is now (the articles may have been
 * re-edited since the annotations were made). With `anchor()`:
 *   - exact and moved annotations are placed, and a stale selector is refreshed (silently);
 *   - fuzzy ones are placed too, but marked for the reader to review;
 *   - orphans (quote gone, or its article gone) are never dropped and never shown in the wrong
 *     place: they are listed apart, with their quote and note, for the "Unanchored" panel.
 * Links to a stretch of another article (`{ article, selector }`) are re-anchored the same way: an
 * exact or moved target gets a fresh selector; a fuzzy or lost one is kept as it was.
 */
import type { Article } from './article.ts';
import { anchor, selectorFor, type AnchorStatus } from './anchor.ts';
import { sameSelector } from './selectors.ts';
import type { UserAnnotation, UserLink } from './user-annotation.ts';

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
  /**
   * Annotations with a stale selector (their own, when exact or moved, or a link target's), with
   * fresh ones to save.
   */
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

/** One annotation re-anchored: where it is (or why not), and the annotation to save when a selector is stale. */
export interface ReanchorEntry {
  outcome: PlacedAnnotation | OrphanAnnotation;
  update: UserAnnotation | undefined;
}

/** Re-anchors one annotation and its link targets against the articles by id. */
export function reanchorEntry(
  annotation: UserAnnotation,
  articles: ReadonlyMap<string, Article>,
  place: typeof reanchorOne = reanchorOne,
): ReanchorEntry {
  const article = articles.get(annotation.article);
  const outcome = place(annotation, article);
  let selector = annotation.selector;
  if (!('reason' in outcome) && outcome.status !== 'fuzzy' && article) {
    const fresh = selectorFor(article.text, outcome.start, outcome.end);
    if (!sameSelector(fresh, annotation.selector)) selector = fresh;
  }
  const links = reanchorLinks(annotation.links, articles);
  const update =
    selector === annotation.selector && links === annotation.links
      ? undefined
      : { ...annotation, selector, links };
  return { outcome, update };
}

/** The links with their article targets re-anchored; the same array when none is stale. */
function reanchorLinks(links: UserLink[], articles: ReadonlyMap<string, Article>): UserLink[] {
  let out: UserLink[] | undefined;
  links.forEach((link, i) => {
    const target = link.target;
    if (!('article' in target)) return;
    const article = articles.get(target.article);
    const found = article && anchor(article.text, target.selector);
    if (!article || !found || found.status === 'fuzzy') return;
    const selector = selectorFor(article.text, found.start, found.end);
    if (sameSelector(selector, target.selector)) return;
    out ??= [...links];
    out[i] = { ...link, target: { ...target, selector } };
  });
  return out ?? links;
}

/** Gathers re-anchored entries (in the annotations' order) into a result. */
export function reanchorResult(
  entries: readonly ReanchorEntry[],
  articles: readonly Article[],
): ReanchorResult {
  const order = new Map(articles.map((a, i) => [a.meta.id, i]));
  const result: ReanchorResult = { placed: [], review: [], orphans: [], updates: [] };
  for (const { outcome, update } of entries) {
    if (update) result.updates.push(update);
    if ('reason' in outcome) {
      result.orphans.push(outcome);
      continue;
    }
    result.placed.push(outcome);
    if (outcome.status === 'fuzzy') result.review.push(outcome);
  }
  result.placed.sort(
    (a, b) =>
      (order.get(a.annotation.article) ?? 0) - (order.get(b.annotation.article) ?? 0) ||
      a.start - b.start ||
      a.end - b.end,
  );
  return result;
}

/** Re-anchors every annotation against `articles`. */
export function reanchorAll(
  annotations: readonly UserAnnotation[],
  articles: readonly Article[],
): ReanchorResult {
  const byId = new Map(articles.map((a) => [a.meta.id, a]));
  return reanchorResult(
    annotations.map((a) => reanchorEntry(a, byId)),
    articles,
  );
}
