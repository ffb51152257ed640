/**
 * Conversions between the two ways of counting a position in a string.
 *
 * JavaScript strings, and every offset the model stores, count UTF-16 code units: an emoji such as
 * "🇺" takes two units (a surrogate pair). The W3C Web Annotation TextPositionSelector counts Unicode
 * code points, where the same emoji is one. These functions translate offsets at the boundary, when
 * selectors are exported or imported; a lone (unpaired) surrogate counts as one code point, as it does
 * when iterating a string with `for…of`.
 */

function isHighSurrogate(unit: number): boolean {
  return unit >= 0xd800 && unit <= 0xdbff;
}

function isLowSurrogate(unit: number): boolean {
  return unit >= 0xdc00 && unit <= 0xdfff;
}

/** True when a surrogate pair starts at UTF-16 index `i` of `text`. */
function pairStartsAt(text: string, i: number): boolean {
  return isHighSurrogate(text.charCodeAt(i)) && isLowSurrogate(text.charCodeAt(i + 1));
}

function assertInteger(value: number, name: string): void {
  if (!Number.isInteger(value)) throw new RangeError(`${name} must be an integer, got ${value}`);
}

/**
 * Converts a UTF-16 code-unit offset into `text` to a code-point offset (the number of whole code
 * points before it). Offsets are clamped to [0, text.length]; an offset that falls between the two
 * halves of a surrogate pair counts only the code points completely before it, i.e. it rounds down.
 */
export function toCodePointOffset(text: string, utf16Offset: number): number {
  assertInteger(utf16Offset, 'utf16Offset');
  const limit = Math.min(Math.max(utf16Offset, 0), text.length);
  let count = 0;
  for (let i = 0; i < limit; i++) {
    if (pairStartsAt(text, i)) {
      // A pair cut in half by the offset is not before it.
      if (i + 1 >= limit) break;
      i++;
    }
    count++;
  }
  return count;
}

/**
 * Converts a code-point offset into `text` to a UTF-16 code-unit offset (a JavaScript string index).
 * Offsets are clamped to [0, number of code points in text], so the result is in [0, text.length] and
 * never splits a surrogate pair.
 */
export function toUtf16Offset(text: string, codePointOffset: number): number {
  assertInteger(codePointOffset, 'codePointOffset');
  let i = 0;
  for (let count = 0; count < codePointOffset && i < text.length; count++) {
    i += pairStartsAt(text, i) ? 2 : 1;
  }
  return i;
}
