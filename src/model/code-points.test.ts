import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { toCodePointOffset, toUtf16Offset } from './code-points';

const warZone = readFileSync(
  new URL('../../corpus/sources/war-zone-military-options.txt', import.meta.url),
  'utf8',
);

describe('code-point offsets', () => {
  it('are the same as UTF-16 offsets in text without astral characters', () => {
    const text = 'Article 51 — “armed attack”\u00a0’';
    for (let i = 0; i <= text.length; i++) {
      expect(toCodePointOffset(text, i)).toBe(i);
      expect(toUtf16Offset(text, i)).toBe(i);
    }
  });

  it('count each regional indicator of a flag as one code point and two UTF-16 units', () => {
    const text = 'a🇺🇸🇲🇽 b';
    expect(text.length).toBe(11);
    expect(toCodePointOffset(text, 1)).toBe(1);
    expect(toCodePointOffset(text, 3)).toBe(2);
    expect(toCodePointOffset(text, 9)).toBe(5);
    expect(toCodePointOffset(text, 11)).toBe(7);
    expect(toUtf16Offset(text, 5)).toBe(9);
    expect(toUtf16Offset(text, 7)).toBe(11);
  });

  it('round an offset inside a surrogate pair down', () => {
    expect(toCodePointOffset('a🇺b', 2)).toBe(1);
    expect(toCodePointOffset('a🇺b', 3)).toBe(2);
  });

  it('count a lone surrogate as one code point', () => {
    const text = 'a\ud83cb\udde6c';
    expect(toCodePointOffset(text, 5)).toBe(5);
    expect(toUtf16Offset(text, 3)).toBe(3);
  });

  it('clamp offsets to the text and reject non-integers', () => {
    expect(toCodePointOffset('a🇺', -3)).toBe(0);
    expect(toCodePointOffset('a🇺', 10)).toBe(2);
    expect(toUtf16Offset('a🇺', 10)).toBe(3);
    expect(toUtf16Offset('a🇺', -1)).toBe(0);
    expect(() => toCodePointOffset('abc', 1.5)).toThrow(RangeError);
    expect(() => toUtf16Offset('abc', Number.NaN)).toThrow(RangeError);
  });

  it('locate text after the flags in the War Zone article', () => {
    const utf16 = warZone.indexOf('pic.twitter.com/ruTK1cddHm');
    const codePoint = toCodePointOffset(warZone, utf16);
    expect([...warZone].slice(codePoint, codePoint + 3).join('')).toBe('pic');
    expect(toUtf16Offset(warZone, codePoint)).toBe(utf16);
  });

  // 300 runs each: cheap string walks over short generated strings.
  it('agree with string iteration and round-trip (property, 300 runs)', () => {
    const unit = fc.constantFrom('a', ' ', '—', '“', '\u00a0', '🇺', '🇸', '😀', '\ud83c', '\udde6');
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 40 }), fc.nat({ max: 80 }), (units, raw) => {
        const text = units.join('');
        const offset = raw % (text.length + 1);
        const codePoint = toCodePointOffset(text, offset);
        const back = toUtf16Offset(text, codePoint);
        // Back to the same offset, or to the start of the pair the offset was inside.
        expect(back === offset || back === offset - 1).toBe(true);
        expect([...text.slice(0, back)].length).toBe(codePoint);
        expect(toCodePointOffset(text, toUtf16Offset(text, codePoint))).toBe(codePoint);
      }),
      { numRuns: 300 },
    );
  });
});
