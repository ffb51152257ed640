/**
 * The one conversion between selector arrays, as files hold them (W3C `TextQuoteSelector` and
 * `TextPositionSelector` objects in a list, possibly among selectors of other types), and the
 * internal selector the model anchors with (`{ quote, position }`, offsets in UTF-16 code units).
 *
 * Two position units meet here: Parallax's own files (`annotations/*.json`) count UTF-16 code units,
 * W3C Web Annotation files count Unicode code points. Pass `{ codePointsOf: text }` to convert
 * positions against the text they point into (see code-points.ts).
 */
import type { AnnotationSelector, FullSelector } from './anchor.ts';
import { toCodePointOffset, toUtf16Offset } from './code-points.ts';

/** A TextQuoteSelector as files hold it. */
export interface QuoteSelectorObject {
  type: 'TextQuoteSelector';
  exact: string;
  prefix?: string;
  suffix?: string;
}

/** A TextPositionSelector as files hold it (unit: see `PositionUnit`). */
export interface PositionSelectorObject {
  type: 'TextPositionSelector';
  start: number;
  end: number;
}

/** The selectors Parallax reads and writes. */
export type SelectorObject = QuoteSelectorObject | PositionSelectorObject;

/** UTF-16 code units (Parallax files), or code points of the given text (W3C files). */
export type PositionUnit = 'utf16' | { codePointsOf: string };

/** Reading a selector array: the internal selector, or why there is none. */
export type ReadSelectorResult =
  { ok: true; selector: AnnotationSelector } | { ok: false; problem: 'no TextQuoteSelector' };

/**
 * The internal selector of a selector array: its first TextQuoteSelector and, when there is one, its
 * first TextPositionSelector (converted to UTF-16 code units); selectors of other types are ignored.
 */
export function readSelectors(
  selectors: readonly { type: string }[],
  unit: PositionUnit = 'utf16',
): ReadSelectorResult {
  const quote = selectors.find((s): s is QuoteSelectorObject => s.type === 'TextQuoteSelector');
  const position = selectors.find((s): s is PositionSelectorObject => s.type === 'TextPositionSelector');
  if (!quote) return { ok: false, problem: 'no TextQuoteSelector' };
  const selector: AnnotationSelector = {
    quote: {
      exact: quote.exact,
      ...(quote.prefix !== undefined ? { prefix: quote.prefix } : {}),
      ...(quote.suffix !== undefined ? { suffix: quote.suffix } : {}),
    },
  };
  if (position) {
    const toUtf16 = (offset: number) =>
      unit === 'utf16' ? offset : toUtf16Offset(unit.codePointsOf, offset);
    selector.position = { start: toUtf16(position.start), end: toUtf16(position.end) };
  }
  return { ok: true, selector };
}

/**
 * The selector array for a full selector: the quote (empty prefix or suffix left out when
 * `omitEmptyContext`, as W3C files do) and the position in `unit`.
 */
export function writeSelectors(
  selector: FullSelector,
  unit: PositionUnit = 'utf16',
  options: { omitEmptyContext?: boolean } = {},
): [QuoteSelectorObject, PositionSelectorObject] {
  const { exact, prefix, suffix } = selector.quote;
  const quote: QuoteSelectorObject = { type: 'TextQuoteSelector', exact };
  if (!options.omitEmptyContext || prefix) quote.prefix = prefix;
  if (!options.omitEmptyContext || suffix) quote.suffix = suffix;
  const fromUtf16 = (offset: number) =>
    unit === 'utf16' ? offset : toCodePointOffset(unit.codePointsOf, offset);
  return [
    quote,
    {
      type: 'TextPositionSelector',
      start: fromUtf16(selector.position.start),
      end: fromUtf16(selector.position.end),
    },
  ];
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
