/**
 * The one definition of "the same link target", used wherever links are compared: an import
 * deciding whether a link is new, a merge skipping links an annotation already has, and the
 * suggestions leaving out those the reader already accepted.
 */
import type { UserLinkTarget } from './user-annotation.ts';

/**
 * True when two link targets lead to the same place: the same curated passage, the same web
 * address, or the same stretch of the same article. Two article stretches are the same when they
 * have the same range (UTF-16 offsets) and quote, or the same quote with the same context: a link
 * saved before an edit elsewhere in the article (stale positions, not yet re-anchored) still counts,
 * while a repeated phrase elsewhere (same quote, other context) does not.
 */
export function sameLinkTarget(a: UserLinkTarget, b: UserLinkTarget): boolean {
  if ('passage' in a || 'passage' in b) return 'passage' in a && 'passage' in b && a.passage === b.passage;
  if ('url' in a || 'url' in b) return 'url' in a && 'url' in b && a.url === b.url;
  if (a.article !== b.article) return false;
  const [x, y] = [a.selector, b.selector];
  if (x.quote.exact !== y.quote.exact) return false;
  const sameRange = x.position.start === y.position.start && x.position.end === y.position.end;
  const sameContext = x.quote.prefix === y.quote.prefix && x.quote.suffix === y.quote.suffix;
  return sameRange || sameContext;
}
