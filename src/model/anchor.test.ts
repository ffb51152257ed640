import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import {
  anchor,
  CONTEXT_AGREEMENT,
  MAX_FUZZY_ERROR_RATE,
  MAX_FUZZY_ERRORS,
  maxFuzzyErrors,
  MIN_CONTEXT_FREE_QUOTE_LENGTH,
  MIN_FUZZY_QUOTE_LENGTH,
  selectorFor,
} from './anchor';
import { toCodePointOffset, toUtf16Offset } from './code-points';

function source(name: string): string {
  return readFileSync(new URL(`../../corpus/sources/${name}.txt`, import.meta.url), 'utf8');
}

const warZone = source('war-zone-military-options');
const justSecurity = source('just-security-self-sabotage');
const lawfare = source('lawfare-bombing-mexico');
const fiveQuestions = source('five-questions-war-on-cartels');

/** Start offsets of every occurrence of `phrase` in `text`. */
function occurrences(text: string, phrase: string): number[] {
  const starts: number[] = [];
  for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) starts.push(at);
  return starts;
}

/** The offset of `phrase`, which must occur exactly once in `text`. */
function uniqueOffset(text: string, phrase: string): number {
  const found = occurrences(text, phrase);
  expect(found, `"${phrase}" should occur exactly once`).toHaveLength(1);
  return found[0] ?? -1;
}

/** The selector for the only occurrence of `phrase` in `text`. */
function selectorOf(text: string, phrase: string) {
  const start = uniqueOffset(text, phrase);
  return selectorFor(text, start, start + phrase.length);
}

/** `text` with `text.slice(start, end)` replaced by `insert`. */
function splice(text: string, start: number, end: number, insert: string): string {
  return text.slice(0, start) + insert + text.slice(end);
}

const EDITORS_NOTE = 'Editor’s note: this article was updated on February 4 to add new reporting.\n\n';

describe('the thresholds', () => {
  it('allow one edit per ten characters, capped, and none below the minimum fuzzy length', () => {
    expect(MAX_FUZZY_ERROR_RATE).toBe(0.1);
    expect(maxFuzzyErrors(MIN_FUZZY_QUOTE_LENGTH - 1)).toBe(0);
    expect(maxFuzzyErrors(MIN_FUZZY_QUOTE_LENGTH)).toBe(2);
    expect(maxFuzzyErrors(39)).toBe(3);
    expect(maxFuzzyErrors(100)).toBe(10);
    expect(maxFuzzyErrors(5000)).toBe(MAX_FUZZY_ERRORS);
    expect(CONTEXT_AGREEMENT).toBeGreaterThan(0.5);
  });
});

describe('anchor', () => {
  it('returns null for an empty quote or an empty text', () => {
    expect(anchor(warZone, { quote: { exact: '' }, position: { start: 0, end: 0 } })).toBeNull();
    expect(anchor('', selectorOf(warZone, 'Hegseth did not provide any specifics'))).toBeNull();
  });

  it('is "exact" when the quote is still at its position', () => {
    const selector = selectorOf(warZone, 'Hegseth did not provide any specifics');
    expect(anchor(warZone, selector)).toEqual({ ...selector.position, status: 'exact' });
  });

  it('is "exact" without a position when the quote and its context are found verbatim', () => {
    const { quote, position } = selectorOf(warZone, 'Hegseth did not provide any specifics');
    expect(anchor(warZone, { quote })).toEqual({ ...position, status: 'exact' });
  });

  it('is "moved" to the shifted offsets after an edit before the quote', () => {
    const selector = selectorOf(warZone, 'Hegseth did not provide any specifics');
    const edited = EDITORS_NOTE + warZone;
    expect(anchor(edited, selector)).toEqual({
      start: selector.position.start + EDITORS_NOTE.length,
      end: selector.position.end + EDITORS_NOTE.length,
      status: 'moved',
    });
  });

  it('stays "exact" after an edit after the quote', () => {
    const selector = selectorOf(warZone, 'Hegseth did not provide any specifics');
    expect(anchor(warZone + '\n\nCorrection appended.', selector)?.status).toBe('exact');
  });

  describe('repeated phrases', () => {
    it.each([
      ['"Title 50" (five times)', warZone, 'Title 50', 5],
      ['"Article 51" (twice)', justSecurity, 'Article 51', 2],
      ['"All options will be on the table" (twice)', warZone, 'All options will be on the table', 2],
      ['"drug trafficking organizations"', justSecurity, 'drug trafficking organizations', 10],
    ])(
      'keeps each annotation of %s on its own occurrence after an edit before them',
      (_, text, phrase, n) => {
        const starts = occurrences(text, phrase);
        expect(starts.length).toBeGreaterThanOrEqual(n);
        const edited = EDITORS_NOTE + text;
        for (const start of starts) {
          const selector = selectorFor(text, start, start + phrase.length);
          expect(anchor(text, selector)).toEqual({ start, end: start + phrase.length, status: 'exact' });
          expect(anchor(edited, selector)).toEqual({
            start: start + EDITORS_NOTE.length,
            end: start + phrase.length + EDITORS_NOTE.length,
            status: 'moved',
          });
        }
      },
    );

    it('finds "all options will be on the table" in each article that has it', () => {
      for (const text of [justSecurity, lawfare]) {
        const selector = selectorOf(text, 'all options will be on the table');
        expect(anchor(EDITORS_NOTE + text, selector)?.status).toBe('moved');
      }
    });

    it('orphans a "Title 50" whose paragraph was deleted instead of moving it to another one', () => {
      const phrase = 'Title 50 versus a new AUMF';
      const start = uniqueOffset(warZone, phrase);
      const selector = selectorFor(warZone, start, start + 'Title 50'.length);
      const paragraphStart = warZone.lastIndexOf('\n', start) + 1;
      const paragraphEnd = warZone.indexOf('\n', start);
      const edited = splice(warZone, paragraphStart, paragraphEnd + 1, '');
      expect(occurrences(edited, 'Title 50')).toHaveLength(4);
      expect(anchor(edited, selector)).toBeNull();
    });

    it('orphans a phrase inside a longer repeat when its own sentence is deleted', () => {
      // "even in the absence of congressional authorization" ends two different claims, so the
      // suffix of "even in" matches the other claim exactly; the prefix does not.
      const claim = 'as commander in chief, even in the absence of congressional authorization.';
      const claimStart = uniqueOffset(justSecurity, claim);
      const start = claimStart + claim.indexOf('even in');
      const selector = selectorFor(justSecurity, start, start + 'even in'.length);
      const sentenceStart = justSecurity.lastIndexOf('. ', start) + 2;
      const edited = splice(justSecurity, sentenceStart, claimStart + claim.length + 1, '');
      expect(occurrences(edited, 'even in the absence of congressional authorization')).toHaveLength(1);
      expect(anchor(edited, selector)).toBeNull();
    });

    it('orphans a 51-character repeat whose own occurrence was deleted', () => {
      const phrase = 'even in the absence of congressional authorization';
      const [first, second] = occurrences(justSecurity, phrase);
      if (first === undefined || second === undefined) throw new Error('expected two occurrences');
      const selector = selectorFor(justSecurity, first, first + phrase.length);
      expect(anchor(splice(justSecurity, first - 40, first + phrase.length + 1, ''), selector)).toBeNull();
      // While both copies exist, context keeps each annotation on its own.
      const edited = EDITORS_NOTE + justSecurity;
      expect(anchor(edited, selector)?.start).toBe(first + EDITORS_NOTE.length);
      const other = selectorFor(justSecurity, second, second + phrase.length);
      expect(anchor(edited, other)?.start).toBe(second + EDITORS_NOTE.length);
    });

    it('prefers the copy whose context agrees over another copy shifted into the old position', () => {
      const [first, second] = occurrences(warZone, 'Title 50');
      if (first === undefined || second === undefined) throw new Error('expected two occurrences');
      const selector = selectorFor(warZone, first, first + 'Title 50'.length);
      // Deleting that many characters from the first paragraph shifts the second copy to the
      // first copy's old offsets.
      const shift = second - first;
      expect(first - 32).toBeGreaterThan(100 + shift);
      const edited = splice(warZone, 100, 100 + shift, '');
      expect(edited.slice(first, first + 8)).toBe('Title 50');
      expect(anchor(edited, selector)).toEqual({
        start: first - shift,
        end: first - shift + 8,
        status: 'moved',
      });
    });

    it('keeps a quote at its position when only its context was rewritten', () => {
      const [first] = occurrences(warZone, 'Title 50');
      if (first === undefined) throw new Error('expected "Title 50"');
      const selector = selectorFor(warZone, first, first + 'Title 50'.length);
      const edited = splice(warZone, first - 32, first, 'x'.repeat(32));
      const rewritten = splice(edited, first + 8, first + 40, 'y'.repeat(32));
      expect(anchor(rewritten, selector)).toEqual({ ...selector.position, status: 'exact' });
    });
  });

  describe('typography', () => {
    const sentence =
      'Regardless of whether he followed required authorizations or not, Trump’s first option would likely be airstrikes — with drones and/or standoff weapons being the most likely choice — for several reasons.';

    it('anchors quotes with curly quotes, apostrophes and em dashes exactly', () => {
      const selector = selectorOf(warZone, sentence);
      expect(anchor(EDITORS_NOTE + warZone, selector)?.status).toBe('moved');
      const quoted = selectorOf(warZone, '“narco tanks.”');
      expect(anchor(EDITORS_NOTE + warZone, quoted)?.status).toBe('moved');
    });

    it('follows a passage whose curly apostrophe and em dashes were made plain ASCII: "fuzzy"', () => {
      const selector = selectorOf(warZone, sentence);
      const plain = sentence.replace('’', "'").replaceAll(' — ', ' - ');
      const start = selector.position.start;
      const edited = splice(warZone, start, selector.position.end, plain);
      expect(anchor(edited, selector)).toEqual({ start, end: start + plain.length, status: 'fuzzy' });
    });

    it('follows a quote across non-breaking spaces turned into ordinary ones', () => {
      const phrase =
        'These organizations also\u00a0often move around in increasingly well protected so called';
      const selector = selectorOf(warZone, phrase);
      const edited = warZone.replaceAll('\u00a0', ' ');
      expect(anchor(edited, selector)).toEqual({ ...selector.position, status: 'fuzzy' });
      // A short quote differing only in a non-breaking space is not the same text: no guess.
      const short = selectorOf(warZone, 'also\u00a0often move');
      expect(anchor(edited, short)).toBeNull();
    });

    it('anchors a quote containing a non-breaking space exactly', () => {
      const selector = selectorOf(justSecurity, 'direct action. \u00a0Effective February 20, 2025');
      expect(anchor(justSecurity, selector)?.status).toBe('exact');
    });
  });

  describe('edits inside the quote', () => {
    const quote =
      'Hegseth did not provide any specifics because he didn’t want to get ahead of Trump on the issue.';

    it('is "fuzzy" at the edited location after a small edit', () => {
      const selector = selectorOf(warZone, quote);
      const revised = quote.replace('any specifics', 'many specifics');
      const edited = EDITORS_NOTE + splice(warZone, selector.position.start, selector.position.end, revised);
      const start = selector.position.start + EDITORS_NOTE.length;
      expect(anchor(edited, selector)).toEqual({ start, end: start + revised.length, status: 'fuzzy' });
    });

    it('is null when the quote was rewritten', () => {
      const selector = selectorOf(warZone, quote);
      const rewritten = 'Hegseth declined to say what the Pentagon would do before the president decided.';
      expect(
        anchor(splice(warZone, selector.position.start, selector.position.end, rewritten), selector),
      ).toBeNull();
    });

    it('is null when a claim was negated and reworded beyond the threshold', () => {
      const claim = 'Such a move would be unprecedented';
      const selector = selectorOf(warZone, claim);
      const negated = 'Such a move would not be without precedent';
      expect(anchor(warZone.replace(claim, negated), selector)).toBeNull();
    });

    it('is null when an edit of a third of the quote reverses its claim', () => {
      const claim = 'Hegseth did not provide any specifics';
      const selector = selectorOf(warZone, claim);
      expect(anchor(warZone.replace(claim, 'Hegseth did provide some specifics'), selector)).toBeNull();
    });

    it('is null when the quote was deleted', () => {
      const selector = selectorOf(warZone, quote);
      expect(
        anchor(splice(warZone, selector.position.start, selector.position.end, ''), selector),
      ).toBeNull();
    });

    it('is null when a short quote has a single character changed', () => {
      const selector = selectorOf(warZone, 'RC-135V/W');
      expect(anchor(warZone.replace('RC-135V/W', 'RC-135V-W'), selector)).toBeNull();
    });

    it('covers exactly the edited passage when an edit touches the edge of the quote', () => {
      const fto = source('fto-lethal-force-legality');
      const sentence =
        'The United States most recently invoked this argument to strike militants in Syria in 2021.';
      const selector = selectorOf(fto, sentence);
      const { start } = selector.position;
      for (const revised of [
        sentence.slice('The Unite'.length),
        sentence.replace('The', 'XYZ'),
        sentence.replace('The', 'Tabcdefghe'),
        sentence.replace(' 2021.', ''),
      ]) {
        const edited = splice(fto, start, selector.position.end, revised);
        expect(anchor(edited, selector)).toEqual({ start, end: start + revised.length, status: 'fuzzy' });
      }
    });

    it('stays on its own copy of a caption that the article repeats with one dash changed', () => {
      const caption =
        'JUAREZ, MEXICO – NOVEMBER 10: Federalis (Federal Police) search cars at a impromptu checkpoint near the border in Juarez.';
      expect(occurrences(warZone, caption.replace('–', '-'))).toHaveLength(1);
      const selector = selectorOf(warZone, caption);
      const { start, end } = selector.position;
      // Two edits here leave the other copy, one edit away, the closer text; context decides.
      const revised = 'a' + caption.slice(2);
      expect(anchor(splice(warZone, start, end, revised), selector)).toEqual({
        start,
        end: start + revised.length,
        status: 'fuzzy',
      });
      const rewritten = 'Police search vehicles at a checkpoint near the border in Juarez.';
      expect(anchor(splice(warZone, start, end, rewritten), selector)).toBeNull();
      expect(anchor(splice(warZone, start, end, ''), selector)).toBeNull();
    });

    it('prefers a fuzzy match in place over an exact copy in another context', () => {
      const title = 'Five questions to ask before declaring war on cartels';
      const [, second] = occurrences(fiveQuestions, title);
      if (second === undefined) throw new Error('expected the title twice');
      const selector = selectorFor(fiveQuestions, second, second + title.length);
      const edited = splice(
        fiveQuestions,
        second,
        second + title.length,
        title.replace('declaring', 'declaring a'),
      );
      expect(anchor(edited, selector)).toMatchObject({ start: second, status: 'fuzzy' });
    });
  });

  describe('moving without context', () => {
    it('moves a long sentence that is the sole copy even when both neighbours changed', () => {
      const sentence =
        'Hegseth did not provide any specifics because he didn’t want to get ahead of Trump on the issue.';
      expect(sentence.length).toBeGreaterThanOrEqual(MIN_CONTEXT_FREE_QUOTE_LENGTH);
      const selector = selectorOf(warZone, sentence);
      const without = splice(warZone, selector.position.start, selector.position.end, '');
      const edited = `${without}\n\nAs noted above: ${sentence}\n`;
      const start = without.length + '\n\nAs noted above: '.length;
      expect(anchor(edited, selector)).toEqual({ start, end: start + sentence.length, status: 'moved' });
    });

    it('does not move a shorter phrase whose context changed on both sides', () => {
      const selector = selectorOf(warZone, 'Hegseth did not provide any specifics');
      const without = splice(warZone, selector.position.start, selector.position.end, '');
      expect(anchor(`${without}\n\nHegseth did not provide any specifics.`, selector)).toBeNull();
    });

    it('takes a selector without context at its position, or the sole copy of a short phrase', () => {
      const start = uniqueOffset(warZone, 'RC-135V/W');
      const bare = { quote: { exact: 'RC-135V/W' }, position: { start, end: start + 9 } };
      expect(anchor(warZone, bare)?.status).toBe('exact');
      expect(anchor(EDITORS_NOTE + warZone, bare)?.status).toBe('moved');
      const [first] = occurrences(warZone, 'Title 50');
      if (first === undefined) throw new Error('expected "Title 50"');
      const ambiguous = { quote: { exact: 'Title 50' }, position: { start: first + 1, end: first + 9 } };
      expect(anchor(warZone, ambiguous)).toBeNull();
    });
  });

  describe('emoji', () => {
    const phrase = 'pic.twitter.com/ruTK1cddHm';

    it('counts offsets in UTF-16 code units, two per regional indicator', () => {
      const selector = selectorOf(warZone, phrase);
      const { start } = selector.position;
      expect(warZone.slice(start - 9, start)).toBe('🇺🇸🇲🇽 ');
      expect(anchor(warZone, selector)).toEqual({ ...selector.position, status: 'exact' });
      // W3C positions count code points; the four indicators are two units each.
      const codePointStart = toCodePointOffset(warZone, start);
      expect(start - codePointStart).toBeGreaterThanOrEqual(4);
      expect(toUtf16Offset(warZone, codePointStart)).toBe(start);
    });

    it('moves by the UTF-16 length of emoji inserted before the quote', () => {
      const selector = selectorOf(warZone, phrase);
      const edited = splice(warZone, selector.position.start - 1, selector.position.start - 1, '🇨🇦');
      expect(anchor(edited, selector)).toEqual({
        start: selector.position.start + 4,
        end: selector.position.end + 4,
        status: 'moved',
      });
    });

    it('never cuts an emoji in half in a prefix or suffix', () => {
      const start = uniqueOffset(warZone, phrase);
      // 8 units back lands between the two halves of the first regional indicator.
      const { quote } = selectorFor(warZone, start, start + phrase.length, 8);
      expect(quote.prefix).toBe('🇸🇲🇽 ');
      const flags = uniqueOffset(warZone, '🇺🇸🇲🇽');
      expect(selectorFor(warZone, flags - 3, flags, 3).quote.suffix).toBe('🇺');
      expect(selectorFor(warZone, flags - 3, flags, 4).quote.suffix).toBe('🇺🇸');
    });
  });

  describe('selectorFor', () => {
    it('builds the quote, 32 units of context either side and the position', () => {
      const text = 'a'.repeat(40) + 'QUOTE' + 'b'.repeat(40);
      expect(selectorFor(text, 40, 45)).toEqual({
        quote: { exact: 'QUOTE', prefix: 'a'.repeat(32), suffix: 'b'.repeat(32) },
        position: { start: 40, end: 45 },
      });
    });

    it('trims context at the ends of the text', () => {
      expect(selectorFor('abcdef', 1, 3)).toEqual({
        quote: { exact: 'bc', prefix: 'a', suffix: 'def' },
        position: { start: 1, end: 3 },
      });
    });

    it('rejects ranges outside the text', () => {
      expect(() => selectorFor('abc', 2, 1)).toThrow(RangeError);
      expect(() => selectorFor('abc', -1, 1)).toThrow(RangeError);
      expect(() => selectorFor('abc', 0, 4)).toThrow(RangeError);
      expect(() => selectorFor('abc', 0.5, 1)).toThrow(RangeError);
    });
  });
});
