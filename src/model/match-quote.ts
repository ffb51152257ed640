/**
 * The quote matcher (the only module using approx-string-match): finds where a quote is in a text
 * now, with a score, and decides nothing. `matchQuote` keeps the contract of the Hypothesis client's
 * matcher: for any quote it returns the best match and a score in [0, 1] that falls steadily as the
 * quote, the prefix and the suffix differ more from the text (edit distance), with the expected
 * position (`hint`) breaking ties; it applies no acceptance threshold. Whether a match is good enough
 * to attach an annotation to is `anchor`'s policy (anchor.ts), which uses the same candidates.
 *
 * Why these numbers:
 * - Search bound: a match may have at most half as many edits as the quote has characters (and never
 *   more than MAX_SEARCH_ERRORS). Past half, almost any stretch of text of that length "matches" (a
 *   4-character quote would match any 2 characters), so there is no best match to speak of; and the
 *   approximate search costs time proportional to (edits allowed / 32) × text length, hence the cap.
 *   These are the bounds the Hypothesis client uses; they limit the search, not the acceptance.
 * - Weights of the score: quote 50, prefix 20, suffix 20, position 2 (also Hypothesis's). Context
 *   outweighs nearness so that a repeated phrase goes to the copy whose surroundings match; nearness
 *   (at most 2 of 92) only separates otherwise equal copies.
 *
 * All offsets are JavaScript string indices, i.e. UTF-16 code units.
 */
import search from 'approx-string-match';

/** The most edits a match may have, however long the quote (bounds the search's cost). */
export const MAX_SEARCH_ERRORS = 256;

/**
 * The most edits a match of a quote of this length may have: half its length, at most
 * MAX_SEARCH_ERRORS (see the file comment). A bound on the search, not an acceptance threshold.
 */
export function searchErrorBudget(quoteLength: number): number {
  return Math.min(MAX_SEARCH_ERRORS, Math.floor(quoteLength / 2));
}

/** The result of `matchQuote`: a UTF-16 range of `text` and its score in [0, 1]. */
export interface QuoteMatch {
  /** Start offset (UTF-16 code units), inclusive. */
  start: number;
  /** End offset (UTF-16 code units), exclusive. */
  end: number;
  /**
   * How well the match and its surroundings agree with the quote and context, in [0, 1]: the
   * weighted mean of 1 − edits / length for the quote, the prefix and the suffix (a side not given
   * counts 1) and of nearness to `hint` (see the file comment). 1 for an exact match in its context.
   */
  score: number;
}

/** Optional evidence for choosing between several matches of a quote. */
export interface QuoteContext {
  /** Text expected just before the quote. */
  prefix?: string;
  /** Text expected just after the quote. */
  suffix?: string;
  /** Expected start offset (UTF-16 code units); nearer matches win ties. */
  hint?: number;
}

/** A match with its evidence, as `anchor` weighs it (offsets in UTF-16 code units). */
export interface Candidate {
  start: number;
  end: number;
  /** Edits between the quote and `text.slice(start, end)`. */
  errors: number;
  /** Prefix/suffix similarity in [0, 1], or null when that side gives no evidence. */
  prefixScore: number | null;
  suffixScore: number | null;
  /** Overall preference in [0, 1], higher is better: `QuoteMatch.score`. */
  rank: number;
}

// Weights of the overall preference (see the file comment).
const QUOTE_WEIGHT = 50;
const PREFIX_WEIGHT = 20;
const SUFFIX_WEIGHT = 20;
const POSITION_WEIGHT = 2;

// Stands in for exact occurrences when searching for approximate ones elsewhere; a noncharacter,
// so it never matches anything in a quote.
const MASK = '\uffff';

/** Start offsets of every occurrence of `quote` in `text`, overlapping ones included. */
function exactOccurrences(text: string, quote: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(quote); at !== -1; at = text.indexOf(quote, at + 1)) starts.push(at);
  return starts;
}

/** How well a prefix or suffix lines up with the text beside a match. */
interface Alignment {
  /** Fewest edits between the context and the text beside the match. */
  edits: number;
  /** Where the match should end (prefix: start) for the context to line up that well. */
  boundary: number;
}

/**
 * Lines `pattern` up with a stretch of `window` that starts within the first `freeSkip` units read
 * from the window's end (`anchoredAtEnd`, for a prefix) or start (for a suffix); returns the edits
 * and how many units were skipped, preferring `preferredSkip` among equally good alignments. The far
 * end of the stretch is free, so text inserted or deleted inside the context costs only its length.
 */
function alignContext(
  pattern: string,
  window: string,
  anchoredAtEnd: boolean,
  freeSkip: number,
  preferredSkip: number,
): { edits: number; skipped: number } {
  const m = pattern.length;
  const n = window.length;
  // Reading both strings away from the anchored end turns this into "pattern vs. a prefix of window".
  const p = (i: number): number => pattern.charCodeAt(anchoredAtEnd ? m - 1 - i : i);
  const w = (j: number): number => window.charCodeAt(anchoredAtEnd ? n - 1 - j : j);
  const better = (edits: number, skip: number, thanEdits: number, thanSkip: number): boolean =>
    edits < thanEdits ||
    (edits === thanEdits && Math.abs(skip - preferredSkip) < Math.abs(thanSkip - preferredSkip));
  // row[j]: fewest edits between the first i pattern units and window units from[j]..j.
  let row = Array.from({ length: n + 1 }, (_, j) => Math.max(0, j - freeSkip));
  let from = Array.from({ length: n + 1 }, (_, j) => Math.min(j, freeSkip));
  for (let i = 1; i <= m; i++) {
    const nextRow = new Array<number>(n + 1);
    const nextFrom = new Array<number>(n + 1);
    nextRow[0] = i;
    nextFrom[0] = 0;
    const pi = p(i - 1);
    for (let j = 1; j <= n; j++) {
      let edits = (row[j - 1] ?? 0) + (pi === w(j - 1) ? 0 : 1);
      let skip = from[j - 1] ?? 0;
      const up = (row[j] ?? 0) + 1;
      if (better(up, from[j] ?? 0, edits, skip)) [edits, skip] = [up, from[j] ?? 0];
      const left = (nextRow[j - 1] ?? 0) + 1;
      if (better(left, nextFrom[j - 1] ?? 0, edits, skip)) [edits, skip] = [left, nextFrom[j - 1] ?? 0];
      nextRow[j] = edits;
      nextFrom[j] = skip;
    }
    row = nextRow;
    from = nextFrom;
  }
  let result = { edits: Infinity, skipped: 0 };
  row.forEach((edits, j) => {
    const skipped = from[j] ?? 0;
    if (better(edits, skipped, result.edits, result.skipped)) result = { edits, skipped };
  });
  return result;
}

/**
 * Lines `context` up with the text ending at `at` (a prefix) or starting there (a suffix), letting
 * that boundary move outwards by up to `outward` units or inwards by up to `inward` units.
 */
function contextAlignment(
  text: string,
  at: number,
  context: string,
  side: 'prefix' | 'suffix',
  outward: number,
  inward: number,
): Alignment {
  // Twice the context length leaves room for insertions; a longer stretch could not score better.
  const reach = context.length * 2 + outward;
  if (side === 'prefix') {
    const windowEnd = at + inward;
    const window = text.slice(Math.max(0, at - reach), windowEnd);
    const { edits, skipped } = alignContext(context, window, true, inward + outward, inward);
    return { edits, boundary: windowEnd - skipped };
  }
  const windowStart = at - inward;
  const window = text.slice(windowStart, at + reach);
  const { edits, skipped } = alignContext(context, window, false, inward + outward, inward);
  return { edits, boundary: windowStart + skipped };
}

/**
 * Scores a match. For an approximate match the ends may move where the context then lines up better,
 * since the matcher may leave text inserted at the quote's edge outside the match, or take a few
 * context characters in as substitutions, and either would count against the context. Ends move out
 * by at most `outward` units (each is one more edit to the quote, so keep within the budget) and in
 * by at most `inward`. The result carries the adjusted ends.
 */
function makeCandidate(
  text: string,
  quote: string,
  match: { start: number; end: number; errors: number },
  context: QuoteContext,
  outward = 0,
  inwardLimit = 0,
): Candidate {
  // The matcher can take in more context characters than it counts errors (some match by chance),
  // hence twice the budget; but at most a third of the match, so the ends never cross.
  const inward = Math.min(2 * inwardLimit, Math.floor((match.end - match.start) / 3));
  const prefix = context.prefix
    ? contextAlignment(text, match.start, context.prefix, 'prefix', outward, inward)
    : null;
  const suffix = context.suffix
    ? contextAlignment(text, match.end, context.suffix, 'suffix', outward, inward)
    : null;
  const start = prefix?.boundary ?? match.start;
  const end = suffix?.boundary ?? match.end;
  const prefixScore = prefix && context.prefix ? 1 - prefix.edits / context.prefix.length : null;
  const suffixScore = suffix && context.suffix ? 1 - suffix.edits / context.suffix.length : null;
  // Moved ends change the quote's edits: count them again, so the score stays true to the range.
  const moved = start !== match.start || end !== match.end;
  // Each unit an end moves changes the edits by at most one, which bounds the count.
  const shift = Math.abs(start - match.start) + Math.abs(end - match.end);
  const errors = moved
    ? editDistanceWithin(quote, text.slice(start, end), match.errors + shift)
    : match.errors;
  const quoteScore = 1 - errors / quote.length;
  // A missing side counts as full agreement for every candidate, so it does not sway the choice.
  const positionScore =
    context.hint === undefined ? 1 : 1 - Math.abs(start - context.hint) / Math.max(text.length, 1);
  const rank =
    (QUOTE_WEIGHT * quoteScore +
      PREFIX_WEIGHT * (prefixScore ?? 1) +
      SUFFIX_WEIGHT * (suffixScore ?? 1) +
      POSITION_WEIGHT * positionScore) /
    (QUOTE_WEIGHT + PREFIX_WEIGHT + SUFFIX_WEIGHT + POSITION_WEIGHT);
  return { start, end, errors, prefixScore, suffixScore, rank };
}

/**
 * Fewest insertions, deletions and substitutions of UTF-16 code units turning `a` into `b`, given
 * that it is at most `bound`: only cells within `bound` of the diagonal are computed, so the cost is
 * length × bound rather than length² (a 20,000-character quote must not take seconds).
 */
function editDistanceWithin(a: string, b: string, bound: number): number {
  const width = Math.max(bound, Math.abs(a.length - b.length));
  const outside = width + 1;
  // row[j]: edits turning the first i units of `a` into the first j of `b` (cells off the band count
  // as `outside`, more than any path within it).
  let row = Array.from({ length: b.length + 1 }, (_, j) => (j <= width ? j : outside));
  for (let i = 1; i <= a.length; i++) {
    const next = new Array<number>(b.length + 1).fill(outside);
    if (i <= width) next[0] = i;
    const from = Math.max(1, i - width);
    const to = Math.min(b.length, i + width);
    for (let j = from; j <= to; j++) {
      const substitution = (row[j - 1] ?? outside) + (a.charCodeAt(i - 1) === b.charCodeAt(j - 1) ? 0 : 1);
      next[j] = Math.min(substitution, (row[j] ?? outside) + 1, (next[j - 1] ?? outside) + 1, outside);
    }
    row = next;
  }
  return row[b.length] ?? outside;
}

/** The candidate with the highest rank; the earliest among equals. */
export function best(candidates: Candidate[]): Candidate | undefined {
  let winner: Candidate | undefined;
  for (const candidate of candidates) {
    if (winner === undefined || candidate.rank > winner.rank) winner = candidate;
  }
  return winner;
}

/** Candidates for every exact occurrence of `quote`. */
export function exactCandidates(text: string, quote: string, context: QuoteContext): Candidate[] {
  return exactOccurrences(text, quote).map((start) =>
    makeCandidate(text, quote, { start, end: start + quote.length, errors: 0 }, context),
  );
}

/**
 * Candidates for approximate matches of `quote` with at most `maxErrors` edits, outside the `masked`
 * ranges; the ends may move by up to `maxErrors` units where the context lines up better.
 * The matcher reports only the lowest-cost matches, so up to `rounds` searches are made, each masking
 * what the last one found: a passage duplicated elsewhere with one edit fewer (a repeated photo
 * caption) must not hide the edited original, whose context agrees.
 */
export function fuzzyCandidates(
  text: string,
  quote: string,
  context: QuoteContext,
  maxErrors: number,
  masked: readonly Candidate[] = [],
  rounds = 1,
): Candidate[] {
  if (maxErrors === 0) return [];
  const mask = (haystack: string, ranges: readonly { start: number; end: number }[]): string =>
    ranges.reduce(
      (masking, { start, end }) => masking.slice(0, start) + MASK.repeat(end - start) + masking.slice(end),
      haystack,
    );
  let haystack = mask(text, masked);
  const candidates: Candidate[] = [];
  for (let round = 0; round < rounds; round++) {
    const matches = search(haystack, quote, maxErrors).filter((match) => match.end > match.start);
    if (matches.length === 0) break;
    for (const match of matches) {
      candidates.push(makeCandidate(text, quote, match, context, maxErrors - match.errors, maxErrors));
    }
    haystack = mask(haystack, matches);
  }
  return candidates;
}

/**
 * Finds the best match of `quote` in `text` (offsets in UTF-16 code units) and scores it: the exact
 * occurrences if there are any, else the approximate matches with the fewest edits (at most
 * `searchErrorBudget`), ranked by `QuoteMatch.score`, so the one whose prefix and suffix agree best
 * wins, then the one nearest `hint`, then the first. Applies no acceptance threshold: a short quote
 * with an edit or a poor context still gets its best match, with a lower score (`anchor` decides
 * what to accept). Returns null only for an empty quote or text, or when nothing in the text is
 * within the search bound.
 */
export function matchQuote(text: string, quote: string, context: QuoteContext = {}): QuoteMatch | null {
  if (quote.length === 0 || text.length === 0) return null;
  const exact = exactCandidates(text, quote, context);
  const candidates =
    exact.length > 0 ? exact : fuzzyCandidates(text, quote, context, searchErrorBudget(quote.length));
  const winner = best(candidates);
  if (winner === undefined) return null;
  return { start: winner.start, end: winner.end, score: winner.rank };
}
