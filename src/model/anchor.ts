/**
 * Re-attaches annotations to article text that may have changed since they were made: the strict
 * acceptance policy over the matcher's candidates (match-quote.ts, which finds and scores matches
 * and decides nothing). Only `anchor` applies the thresholds below.
 *
 * Steps of `anchor`:
 *   1. Find every exact occurrence of the quote whose prefix/suffix context agrees (both sides for a
 *      short quote, either side for a longer one); take the best (ties: nearest the old position).
 *      Status "exact" if it is at the old position, else "moved".
 *   2. Else, if the quote is still at its old position (its context rewritten), keep it: "exact".
 *   3. Else, for quotes of at least MIN_FUZZY_QUOTE_LENGTH characters, search approximately, allowing
 *      one edit per ten characters (MAX_FUZZY_ERROR_RATE, at most MAX_FUZZY_ERRORS), and take the best
 *      match whose context agrees on both sides: "fuzzy".
 *   4. Else accept an exact occurrence whose context disagrees only if it is the sole occurrence of a
 *      quote of at least MIN_CONTEXT_FREE_QUOTE_LENGTH characters (a sentence moved elsewhere): "moved".
 *   5. Else the annotation is an orphan (null).
 * A selector without usable context is placed by the quote and old position alone (see `anchor`).
 *
 * Why these thresholds: an annotation must never land on a different claim; an orphan can be
 * re-attached by hand, a wrong attachment silently misleads. Ten percent of edits covers what editors
 * do to a passage they keep (a typo fix, straight to curly quotes, "-" to "—", a changed word), while
 * different sentences of one article are far further apart. Short phrases ("Title 50", "Article 51")
 * recur in unrelated claims, and a couple of edits turn one into another, so they anchor only exactly,
 * and away from their old position only where the text on both sides still matches. In this corpus
 * verbatim repeats belonging to different claims run up to 51 characters ("even in the absence of
 * congressional authorization"), hence the much longer bar for moving without context. A fuzzy match
 * needs both sides to agree because near-copies exist too: the War Zone article repeats a 388-character
 * photo caption with one dash changed, so one agreeing side may belong to the other copy.
 *
 * All offsets are JavaScript string indices, i.e. UTF-16 code units (see code-points.ts for the W3C
 * code-point offsets).
 */
import { best, exactCandidates, fuzzyCandidates, type Candidate, type QuoteContext } from './match-quote.ts';

/**
 * The fuzzy threshold: a fuzzy match may differ from the quote by at most one edit (insertion,
 * deletion or substitution of a UTF-16 code unit) per ten quote characters, i.e. its score
 * (1 − edits / quote length) must be at least 0.9. See the file comment for the reasoning.
 */
export const MAX_FUZZY_ERROR_RATE = 0.1;

/** Cap on the edits a fuzzy match may have, however long the quote: beyond it the passage was rewritten. */
export const MAX_FUZZY_ERRORS = 32;

/** Quotes shorter than this (UTF-16 code units) anchor only exactly; they never match fuzzily. */
export const MIN_FUZZY_QUOTE_LENGTH = 20;

/**
 * Only quotes at least this long may move to an occurrence whose context disagrees, and only when
 * that occurrence is the sole one in the text: shorter phrases ("all options will be on the table")
 * recur in different claims, while a verbatim sentence this long is the same sentence moved.
 */
export const MIN_CONTEXT_FREE_QUOTE_LENGTH = 80;

/**
 * A prefix or suffix agrees with the text beside a match when its similarity (1 − edits / context
 * length, aligned against the text next to the match) is at least this. Compared with 39,000
 * unrelated 32-character stretches of the corpus at a match's exact ends, 99.9% of contexts score
 * below 0.55 and none reaches 0.7; when the ends of an approximate match may shift (by up to 96 units
 * for the longest quotes) about 0.2% do, one reason an approximate match needs both sides to agree.
 * A context with a word or two edited (up to 9 of 32 characters) still agrees.
 */
export const CONTEXT_AGREEMENT = 0.7;

/** Prefixes and suffixes shorter than this (e.g. a quote at the start of the article) carry no evidence. */
export const MIN_CONTEXT_LENGTH = 8;

/** A W3C-style TextQuoteSelector: the quoted text and some text either side of it. */
export interface TextQuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A position selector in UTF-16 code units (convert with code-points.ts for W3C code-point offsets). */
export interface TextPositionSelector {
  start: number;
  end: number;
}

/** What an annotation stores to find its text again. */
export interface AnnotationSelector {
  quote: TextQuoteSelector;
  position?: TextPositionSelector;
}

/** A selector with both parts filled in, as built by `selectorFor`. */
export interface FullSelector {
  quote: Required<TextQuoteSelector>;
  position: TextPositionSelector;
}

/**
 * How an annotation was re-attached: "exact" at its stored position, "moved" to an exact copy of its
 * quote elsewhere, or "fuzzy" to an approximate copy (the passage was lightly edited; worth a review).
 */
export type AnchorStatus = 'exact' | 'moved' | 'fuzzy';

/** Where an annotation attaches now (UTF-16 code units) and how it got there. */
export interface Anchor {
  start: number;
  end: number;
  status: AnchorStatus;
}

// Approximate searches per anchoring; each finds the next-best matches (see fuzzyCandidates).
const FUZZY_SEARCH_ROUNDS = 4;

/** The most edits a fuzzy match of a quote of this length may have (0: exact only). */
export function maxFuzzyErrors(quoteLength: number): number {
  if (quoteLength < MIN_FUZZY_QUOTE_LENGTH) return 0;
  return Math.min(Math.floor(quoteLength * MAX_FUZZY_ERROR_RATE), MAX_FUZZY_ERRORS);
}

/**
 * Whether a candidate's surroundings agree with the selector's usable context: on every side when
 * `everySide`, else on at least one. Every side is needed for a short quote, which often sits inside a
 * longer repeated phrase ("even in" within "even in the absence of congressional authorization") whose
 * one side matches another claim, and for an approximate match, which the quote alone does not pin
 * down. One side suffices for an exact copy of a longer quote, so an edit next to it does not orphan it.
 */
function contextAgrees(candidate: Candidate, everySide: boolean): boolean {
  const sides = [candidate.prefixScore, candidate.suffixScore].filter((score) => score !== null);
  const agreeing = sides.filter((score) => score >= CONTEXT_AGREEMENT).length;
  return agreeing > 0 && (!everySide || agreeing === sides.length);
}

/** The selector's prefix/suffix, keeping only sides long enough to be evidence. */
function usableContext(quote: TextQuoteSelector, hint: number | undefined): QuoteContext {
  const context: QuoteContext = {};
  if (quote.prefix !== undefined && quote.prefix.length >= MIN_CONTEXT_LENGTH) context.prefix = quote.prefix;
  if (quote.suffix !== undefined && quote.suffix.length >= MIN_CONTEXT_LENGTH) context.suffix = quote.suffix;
  if (hint !== undefined) context.hint = hint;
  return context;
}

/**
 * Re-attaches an annotation to `text` (offsets in UTF-16 code units), following the steps and
 * thresholds in this file's opening comment. Returns null when the annotation is an orphan: its quote
 * was deleted or rewritten beyond the fuzzy threshold, or the only copies left are in other claims.
 * Without a position, a verbatim match counts as "exact". Without usable context (no prefix or suffix
 * of MIN_CONTEXT_LENGTH units) there is less to go on: the quote stays at its position, else takes the
 * nearest exact copy (a short quote only its sole copy), else the nearest fuzzy match; so store
 * context, as `selectorFor` does.
 */
export function anchor(text: string, selector: AnnotationSelector): Anchor | null {
  const quote = selector.quote.exact;
  if (quote.length === 0 || text.length === 0) return null;
  const position = selector.position;
  const context = usableContext(selector.quote, position?.start);
  const hasContext = context.prefix !== undefined || context.suffix !== undefined;
  const isAtPosition = (c: Candidate): boolean =>
    position !== undefined && c.start === position.start && c.end === position.end;
  // Without a stored position, finding the quote verbatim in its context is as exact as it gets.
  const exactOrMoved = (c: Candidate): Anchor => ({
    start: c.start,
    end: c.end,
    status: position === undefined || isAtPosition(c) ? 'exact' : 'moved',
  });
  const fuzzy = (c: Candidate): Anchor => ({ start: c.start, end: c.end, status: 'fuzzy' });

  const exact = exactCandidates(text, quote, context);
  const atPosition = exact.find(isAtPosition);

  if (!hasContext) {
    // Nothing but the quote and the old position to go on: stay put if possible, else take the
    // nearest copy, but a short phrase only when it is the sole copy (it may belong to another claim).
    if (atPosition) return exactOrMoved(atPosition);
    const nearest = best(exact);
    if (nearest && (exact.length === 1 || quote.length >= MIN_FUZZY_QUOTE_LENGTH)) {
      return exactOrMoved(nearest);
    }
    const approximate = best(fuzzyCandidates(text, quote, context, maxFuzzyErrors(quote.length)));
    return approximate ? fuzzy(approximate) : null;
  }

  const agrees = (c: Candidate): boolean => contextAgrees(c, quote.length < MIN_FUZZY_QUOTE_LENGTH);
  const agreesStrictly = (c: Candidate): boolean => contextAgrees(c, true);
  const agreeing = best(exact.filter(agrees));
  if (agreeing) return exactOrMoved(agreeing);
  if (atPosition) return exactOrMoved(atPosition);

  const approximate = best(
    fuzzyCandidates(text, quote, context, maxFuzzyErrors(quote.length), exact, FUZZY_SEARCH_ROUNDS).filter(
      agreesStrictly,
    ),
  );
  if (approximate) return fuzzy(approximate);

  const [sole, ...others] = exact;
  if (sole && others.length === 0 && quote.length >= MIN_CONTEXT_FREE_QUOTE_LENGTH) return exactOrMoved(sole);
  return null;
}

/**
 * Builds the selectors for `text.slice(start, end)` (UTF-16 code units): the quote with up to
 * `contextLength` units of prefix and suffix, and the position. The context is trimmed rather than
 * cut through an emoji's surrogate pair. Throws a RangeError for a range outside the text.
 */
export function selectorFor(text: string, start: number, end: number, contextLength = 32): FullSelector {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new RangeError(`range [${start}, ${end}) is not within a text of length ${text.length}`);
  }
  let prefixStart = Math.max(0, start - contextLength);
  if (prefixStart > 0 && isLowSurrogateAt(text, prefixStart) && isHighSurrogateAt(text, prefixStart - 1)) {
    prefixStart++;
  }
  let suffixEnd = Math.min(text.length, end + contextLength);
  if (
    suffixEnd < text.length &&
    isLowSurrogateAt(text, suffixEnd) &&
    isHighSurrogateAt(text, suffixEnd - 1)
  ) {
    suffixEnd--;
  }
  return {
    quote: {
      exact: text.slice(start, end),
      prefix: text.slice(Math.min(prefixStart, start), start),
      suffix: text.slice(end, Math.max(suffixEnd, end)),
    },
    position: { start, end },
  };
}

function isHighSurrogateAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogateAt(text: string, i: number): boolean {
  const unit = text.charCodeAt(i);
  return unit >= 0xdc00 && unit <= 0xdfff;
}
