/** Where a result's text matched: the one place highlighting finds matched words (no index needed). */
import { tokenize } from '../model/tokenize.ts';

/** The [start, end) ranges of `text` (UTF-16 offsets) whose words map to one of `terms`, for highlighting. */
export function matchRanges(text: string, terms: ReadonlySet<string>): [number, number][] {
  if (terms.size === 0) return [];
  return tokenize(text)
    .filter((t) => terms.has(t.term))
    .map((t) => [t.start, t.end]);
}
