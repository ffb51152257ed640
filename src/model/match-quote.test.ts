import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { anchor, selectorFor } from './anchor';
import { matchQuote, MAX_SEARCH_ERRORS, searchErrorBudget } from './match-quote';

// The behaviour the Hypothesis client's match-quote tests ask of its matcher (exact and approximate
// matches, scores falling with the quote's, prefix's and suffix's differences, context and hint
// choosing between copies, empty and short quotes, edges of the text), checked on this corpus.

const warZone = readFileSync(
  new URL('../../corpus/sources/war-zone-military-options.txt', import.meta.url),
  'utf8',
);

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

/** The matched text, or null. */
function matchedText(text: string, quote: string, context = {}): string | null {
  const match = matchQuote(text, quote, context);
  return match === null ? null : text.slice(match.start, match.end);
}

/** Asserts each score is strictly below the one before it. */
function expectFalling(scores: number[]): void {
  scores.slice(1).forEach((score, i) => expect(score).toBeLessThan(scores[i] ?? Infinity));
}

// Five "Title 50"s: after "invoked ", "tool under ", "cartels,” under ", "that once under " and one more.
const TITLE_50 = occurrences(warZone, 'Title 50');

describe('matchQuote', () => {
  it('finds an exact match and scores it 1', () => {
    const quote = 'the new executive order he signed';
    const start = uniqueOffset(warZone, quote);
    expect(matchQuote(warZone, quote)).toEqual({ start, end: start + quote.length, score: 1 });
  });

  it('finds the best approximate match when there is no exact one, scored between 0 and 1', () => {
    const quote = 'Hegseth did not provide any specifics because he didn’t want to get ahead of Trump';
    const start = uniqueOffset(warZone, quote);
    // The corpus has a curly apostrophe; the quote was taken from a copy with a straight one.
    const match = matchQuote(warZone, quote.replace('’', "'"));
    expect(match?.start).toBe(start);
    expect(match?.end).toBe(start + quote.length);
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.score).toBeLessThan(1);
  });

  it('matches a short quote approximately too: no acceptance threshold', () => {
    // One edit away from "Title 50" (five copies); the old matcher refused quotes under 20 characters.
    const match = matchQuote(warZone, 'Title 51');
    expect(match).not.toBeNull();
    expect(TITLE_50).toContain(match?.start);
    expect(match?.score).toBeGreaterThan(0);
    expect(match?.score).toBeLessThan(1);
    // A four-character quote with an edit and a one-character quote still get their best match.
    expect(matchedText(warZone, 'AUMX')).toMatch(/^AUMF?$/);
    expect(matchedText('abc', 'b')).toBe('b');
  });

  it('gives a distant quote its best match with a low score, which anchor refuses', () => {
    // "Trump would still face several legal and policy hurdles", a third of it rewritten.
    const quote = 'Trump could still meet many legal and political obstacles';
    const match = matchQuote(warZone, quote);
    expect(match).not.toBeNull();
    expect(match?.score).toBeLessThan(0.9);
    expect(anchor(warZone, { quote: { exact: quote } })).toBeNull();
  });

  it('scores lower as the quote differs more from the text', () => {
    const quotes = [
      'the new executive order he signed',
      'the new executive order he sined',
      'the new executive ordr he sined',
      'a new executive decree he sined',
      'a novel executive decree she inked',
    ];
    expectFalling(quotes.map((quote) => matchQuote(warZone, quote)?.score ?? -1));
  });

  it('scores lower as the prefix differs more from the text before the quote', () => {
    const quote = 'Title 50, the U.S. law';
    const prefixes = [
      'President Barack Obama invoked ',
      'President Barack Obama invokd ',
      'President Barak Obama invokd ',
      'Prime Minister Obama invokd ',
      'The king invoked ',
    ];
    expectFalling(prefixes.map((prefix) => matchQuote(warZone, quote, { prefix })?.score ?? -1));
  });

  it('scores lower as the suffix differs more from the text after the quote', () => {
    const quote = 'President Barack Obama invoked';
    const suffixes = [
      ' Title 50, the U.S. law',
      ' Title 50, the US law',
      ' Title 51, the US law',
      ' Title 51, a US statute',
      ' the Constitution itself',
    ];
    expectFalling(suffixes.map((suffix) => matchQuote(warZone, quote, { suffix })?.score ?? -1));
  });

  it('returns null when nothing is within the search bound', () => {
    // Characters the text lacks: every match would need as many edits as the quote is long.
    expect(matchQuote(warZone, 'ΩΩΩΩΩΩΩΩΩΩ')).toBeNull();
    expect(matchQuote('abcdef', 'xyz')).toBeNull();
  });

  it('returns null for an empty quote or an empty text', () => {
    expect(matchQuote(warZone, '')).toBeNull();
    expect(matchQuote('', 'Title 50')).toBeNull();
    expect(matchQuote('', '')).toBeNull();
  });

  it.each([
    { what: 'exact prefix', context: { prefix: 'Barack Obama invoked ' }, copy: 0 },
    { what: 'exact prefix', context: { prefix: 'has a powerful tool under ' }, copy: 1 },
    { what: 'approximate prefix', context: { prefix: 'Barak Obama invokd ' }, copy: 0 },
    { what: 'approximate prefix', context: { prefix: 'has a powerfull tool undr ' }, copy: 1 },
    { what: 'exact suffix', context: { suffix: ' in which military operations' }, copy: 1 },
    { what: 'exact suffix', context: { suffix: ', Waxman noted.' }, copy: 2 },
    { what: 'approximate suffix', context: { suffix: ' in wich militray operations' }, copy: 1 },
    { what: 'approximate suffix', context: { suffix: ', Waxmann notes.' }, copy: 2 },
  ])('chooses the copy whose context matches best ($what)', ({ context, copy }) => {
    const match = matchQuote(warZone, 'Title 50', context);
    expect(match?.start).toBe(TITLE_50[copy]);
    expect(match && warZone.slice(match.start, match.end)).toBe('Title 50');
  });

  it('uses the hint to break ties between equally good copies, else takes the first', () => {
    // "Title 5O" (letter O) is one edit from every copy of "Title 50"; only the hint tells them apart.
    for (const start of TITLE_50) {
      expect(matchQuote(warZone, 'Title 5O', { hint: start })?.start).toBe(start);
    }
    expect(matchQuote(warZone, 'Title 5O')?.start).toBe(TITLE_50[0]);
    // Context outweighs a hint pointing at another copy.
    expect(matchQuote(warZone, 'Title 50', { prefix: 'tool under ', hint: TITLE_50[0] })?.start).toBe(
      TITLE_50[1],
    );
  });

  it('matches when the prefix is longer than the text before the match', () => {
    const prefix = 'A long preamble that is not in the text at all: ';
    const match = matchQuote(warZone, 'How Trump Could', { prefix });
    expect(match?.start).toBe(0);
    expect(prefix.length).toBeGreaterThan(match?.start ?? Infinity);
  });

  it('matches when the match ends at the end of the text and a suffix is given', () => {
    const text = 'Contact the author';
    expect(matchedText(text, 'author', { suffix: ' for comment' })).toBe('author');
  });

  it('bounds the search at half the quote, at most MAX_SEARCH_ERRORS edits', () => {
    expect(searchErrorBudget(1)).toBe(0);
    expect(searchErrorBudget(9)).toBe(4);
    expect(searchErrorBudget(10_000)).toBe(MAX_SEARCH_ERRORS);
  });
});

// Sentences of the article that occur once in it and are long enough to carry a few edits.
const SENTENCES = [...warZone.matchAll(/[A-Z][^\n.?!]{40,200}[.?!]/g)]
  .map((match) => ({ start: match.index, end: match.index + match[0].length }))
  .filter(({ start, end }) => occurrences(warZone, warZone.slice(start, end)).length === 1);

/** `s` with the characters at `positions` replaced by one the text lacks, so each costs one edit. */
function withEdits(s: string, positions: readonly number[]): string {
  const chars = [...s];
  for (const at of positions) chars[at] = 'Ω';
  return chars.join('');
}

// Each property runs NUM_RUNS cases (up to nine approximate searches each), about 1.5 s on a
// loaded 2-core machine; it has passed 1,000 runs per property too.
const NUM_RUNS = 30;
// Far above the time a property takes, for slow machines (as in anchor.property.test.ts).
const TIMEOUT_MS = 30_000;

describe('matchQuote properties', () => {
  it(
    'scores strictly lower with each further edit to the quote, context given or not',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SENTENCES),
          fc.uniqueArray(fc.nat(39), { minLength: 1, maxLength: 8 }),
          fc.boolean(),
          ({ start, end }, positions, withContext) => {
            const selector = selectorFor(warZone, start, end);
            const context = withContext
              ? { prefix: selector.quote.prefix, suffix: selector.quote.suffix, hint: start }
              : {};
            const scores = [0, ...positions.map((_, i) => i + 1)].map(
              (edits) =>
                matchQuote(warZone, withEdits(selector.quote.exact, positions.slice(0, edits)), context)
                  ?.score ?? -1,
            );
            expectFalling(scores);
          },
        ),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    'scores strictly lower with each further edit to the prefix or the suffix',
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SENTENCES),
          fc.uniqueArray(fc.nat(31), { minLength: 1, maxLength: 8 }),
          fc.constantFrom('prefix' as const, 'suffix' as const),
          ({ start, end }, positions, side) => {
            const selector = selectorFor(warZone, start, end);
            const original = selector.quote[side];
            const within = positions.filter((at) => at < original.length);
            const scores = [0, ...within.map((_, i) => i + 1)].map((edits) => {
              const context = { [side]: withEdits(original, within.slice(0, edits)) };
              return matchQuote(warZone, selector.quote.exact, context)?.score ?? -1;
            });
            expectFalling(scores);
          },
        ),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
