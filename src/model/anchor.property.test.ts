import { readFileSync } from 'node:fs';
import { describe, it, expect } from 'vitest';
import fc from 'fast-check';
import { anchor, maxFuzzyErrors, MIN_FUZZY_QUOTE_LENGTH, selectorFor } from './anchor';

// Each property runs NUM_RUNS (300) cases; the whole file takes about 1 s on a 2-core machine
// (it has passed 30,000 runs per property too).
const NUM_RUNS = 300;
// Far above the ~0.5 s a property takes, for slow machines.
const TIMEOUT_MS = 30_000;

const NAMES = [
  'five-questions-war-on-cartels',
  'fto-lethal-force-legality',
  'just-security-self-sabotage',
  'lawfare-bombing-mexico',
  'war-zone-military-options',
];
const TEXTS = NAMES.map((name) =>
  readFileSync(new URL(`../../corpus/sources/${name}.txt`, import.meta.url), 'utf8'),
);

interface Quote {
  /** Index into TEXTS. */
  source: number;
  start: number;
  end: number;
}

/** Sentences of each article that occur once in it, as quotes: the realistic thing to annotate. */
function sentences(): Quote[] {
  const quotes: Quote[] = [];
  TEXTS.forEach((text, source) => {
    for (const match of text.matchAll(/[A-Z“"][^\n]*?[.?!][”"’)]?(?=\s|$)/g)) {
      const sentence = match[0];
      if (sentence.length < MIN_FUZZY_QUOTE_LENGTH || sentence.length > 400) continue;
      if (text.indexOf(sentence) !== text.lastIndexOf(sentence)) continue;
      quotes.push({ source, start: match.index, end: match.index + sentence.length });
    }
  });
  return quotes;
}

/** Every occurrence of phrases that recur within an article: context alone tells the copies apart. */
function repeatedPhrases(): Quote[] {
  const quotes: Quote[] = [];
  const phrases = [
    'Title 50',
    'Article 51',
    'All options will be on the table',
    'drug trafficking organizations',
  ];
  TEXTS.forEach((text, source) => {
    for (const phrase of phrases) {
      for (let at = text.indexOf(phrase); at !== -1; at = text.indexOf(phrase, at + 1)) {
        quotes.push({ source, start: at, end: at + phrase.length });
      }
    }
  });
  return quotes;
}

const SENTENCES = sentences();
const ALL_QUOTES = [...SENTENCES, ...repeatedPhrases()];

// Characters editors and pasted material bring in, including astral ones that take two UTF-16 units.
const CHARACTER = fc.constantFrom(
  ...'abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789.,;:-\'"\n'.split(''),
  '“',
  '”',
  '’',
  '—',
  '\u00a0',
  '🇺🇸',
  '🇲🇽',
  '😀',
);
const randomText = (maxLength: number) => fc.string({ unit: CHARACTER, minLength: 1, maxLength });

/** A fraction in [0, 1) to place an edit within whatever room there is. */
const fraction = fc.double({ min: 0, max: 1, maxExcluded: true, noNaN: true });

/**
 * Inserted material: random characters, or up to 300 characters of prose from another article (its
 * `skip`-th neighbour), which may bring other copies of a repeated phrase, in other contexts. Prose
 * from the same article could bring a copy of the quote with its very context, which no one could
 * tell apart.
 */
type Inserted = { random: string } | { skip: number; at: number; length: number };

type OutsideEdit =
  { kind: 'insert'; at: number; text: Inserted } | { kind: 'delete'; at: number; length: number };

const outsideEdit: fc.Arbitrary<OutsideEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    text: fc.oneof(
      fc.record({ random: randomText(60) }),
      fc.record({
        skip: fc.integer({ min: 1, max: TEXTS.length - 1 }),
        at: fraction,
        length: fc.integer({ min: 1, max: 300 }),
      }),
    ),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 400 }) }),
);

function insertedText(inserted: Inserted, source: number): string {
  if ('random' in inserted) return inserted.random;
  const text = TEXTS[(source + inserted.skip) % TEXTS.length] ?? '';
  const start = Math.floor(inserted.at * text.length);
  return text.slice(start, start + inserted.length);
}

/** Applies `edit` to `text` outside [keepStart, keepEnd); returns the new text and how far keepStart moved. */
function applyOutside(
  text: string,
  keepStart: number,
  keepEnd: number,
  edit: OutsideEdit,
  source: number,
): { text: string; shift: number } {
  // Map the fraction onto the room before the protected zone followed by the room after it.
  const before = keepStart;
  const after = text.length - keepEnd;
  const spot = Math.floor(edit.at * (before + after + 1));
  if (edit.kind === 'insert') {
    const at = spot <= before ? spot : keepEnd + (spot - before - 1);
    const inserted = insertedText(edit.text, source);
    return {
      text: text.slice(0, at) + inserted + text.slice(at),
      shift: at <= keepStart ? inserted.length : 0,
    };
  }
  if (spot < before) {
    const end = Math.min(keepStart, spot + edit.length);
    return { text: text.slice(0, spot) + text.slice(end), shift: -(end - spot) };
  }
  const start = keepEnd + Math.max(0, spot - before - 1);
  const end = Math.min(text.length, start + edit.length);
  return { text: text.slice(0, start) + text.slice(end), shift: 0 };
}

type InsideEdit =
  | { kind: 'substitute'; at: number; length: number; text: string }
  | { kind: 'insert'; at: number; text: string }
  | { kind: 'delete'; at: number; length: number };

// Sizes from a typo to a rewrite of the whole quote.
const editSize = fc.oneof(
  fc.integer({ min: 1, max: 3 }),
  fc.integer({ min: 4, max: 20 }),
  fc.integer({ min: 21, max: 400 }),
);

const insideEdit: fc.Arbitrary<InsideEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('substitute' as const),
    at: fraction,
    length: editSize,
    text: fc.oneof(randomText(3), randomText(20), randomText(200)),
  }),
  fc.record({
    kind: fc.constant('insert' as const),
    at: fraction,
    text: fc.oneof(randomText(3), randomText(60)),
  }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: editSize }),
);

// Typo-sized edits, so that most cases of the recall property fall within the threshold.
const smallInsideEdit: fc.Arbitrary<InsideEdit> = fc.oneof(
  fc.record({
    kind: fc.constant('substitute' as const),
    at: fraction,
    length: fc.integer({ min: 1, max: 3 }),
    text: randomText(3),
  }),
  fc.record({ kind: fc.constant('insert' as const), at: fraction, text: randomText(3) }),
  fc.record({ kind: fc.constant('delete' as const), at: fraction, length: fc.integer({ min: 1, max: 3 }) }),
);

/** Applies `edit` to `quote`, strictly inside it: insertions never go at either end. */
function applyInside(quote: string, edit: InsideEdit): string {
  if (edit.kind === 'insert') {
    const at = 1 + Math.floor(edit.at * Math.max(quote.length - 1, 0));
    return quote.slice(0, at) + edit.text + quote.slice(at);
  }
  const start = Math.floor(edit.at * quote.length);
  const end = Math.min(quote.length, start + edit.length);
  return quote.slice(0, start) + (edit.kind === 'substitute' ? edit.text : '') + quote.slice(end);
}

/** An upper bound on the edit distance that `edit` adds. */
function editCost(quote: string, edit: InsideEdit): number {
  if (edit.kind === 'insert') return edit.text.length;
  const start = Math.floor(edit.at * quote.length);
  const removed = Math.min(quote.length, start + edit.length) - start;
  return edit.kind === 'substitute' ? Math.max(removed, edit.text.length) : removed;
}

describe('anchor properties', () => {
  it(
    `keeps a quote anchored, exact or moved, through edits away from it and its context (${NUM_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...ALL_QUOTES),
          fc.array(outsideEdit, { minLength: 1, maxLength: 4 }),
          ({ source, start, end }, edits) => {
            let text = TEXTS[source] ?? '';
            const selector = selectorFor(text, start, end);
            let newStart = start;
            for (const edit of edits) {
              const keepStart = newStart - selector.quote.prefix.length;
              const keepEnd = newStart + (end - start) + selector.quote.suffix.length;
              const applied = applyOutside(text, keepStart, keepEnd, edit, source);
              text = applied.text;
              newStart += applied.shift;
            }
            expect(text.slice(newStart - selector.quote.prefix.length, newStart + (end - start))).toBe(
              selector.quote.prefix + selector.quote.exact,
            );
            expect(anchor(text, selector)).toEqual({
              start: newStart,
              end: newStart + (end - start),
              status: newStart === start ? 'exact' : 'moved',
            });
          },
        ),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );

  it(
    `never attaches a rewritten quote anywhere but its edited location (${NUM_RUNS} runs)`,
    () => {
      let attached = 0;
      fc.assert(
        fc.property(
          fc.constantFrom(...SENTENCES),
          fc.array(insideEdit, { minLength: 1, maxLength: 3 }),
          ({ source, start, end }, edits) => {
            const original = TEXTS[source] ?? '';
            const selector = selectorFor(original, start, end);
            const revised = edits.reduce(applyInside, selector.quote.exact);
            fc.pre(revised !== selector.quote.exact);
            const text = original.slice(0, start) + revised + original.slice(end);
            const result = anchor(text, selector);
            if (result === null) return;
            attached++;
            // The edited quote occupies [start, start + revised.length); a deleted one must be an orphan.
            expect(revised.length).toBeGreaterThan(0);
            expect(result.start).toBeLessThan(start + revised.length);
            expect(result.end).toBeGreaterThan(start);
            if (result.status === 'exact')
              expect(text.slice(result.start, result.end)).toBe(selector.quote.exact);
          },
        ),
        { numRuns: NUM_RUNS },
      );
      // Guard against a vacuous pass: small edits among the cases should still attach.
      expect(attached).toBeGreaterThan(NUM_RUNS / 20);
    },
    TIMEOUT_MS,
  );

  it(
    `re-attaches, fuzzily and in place, a quote edited within the threshold (${NUM_RUNS} runs)`,
    () => {
      fc.assert(
        fc.property(
          fc.constantFrom(...SENTENCES),
          fc.array(smallInsideEdit, { minLength: 1, maxLength: 3 }),
          ({ source, start, end }, edits) => {
            const original = TEXTS[source] ?? '';
            const selector = selectorFor(original, start, end);
            let revised = selector.quote.exact;
            let cost = 0;
            for (const edit of edits) {
              cost += editCost(revised, edit);
              revised = applyInside(revised, edit);
            }
            fc.pre(revised !== selector.quote.exact && cost <= maxFuzzyErrors(end - start));
            const text = original.slice(0, start) + revised + original.slice(end);
            const result = anchor(text, selector);
            if (result === null) throw new Error(`orphaned after ${cost} edits: ${JSON.stringify(revised)}`);
            // An edit can recreate the quote verbatim one place on ("The" + "T" inside → "TThe"): "moved".
            if (result.status === 'fuzzy') {
              expect(result.start).toBeLessThan(start + revised.length);
              expect(result.end).toBeGreaterThan(start);
            } else {
              expect(text.slice(result.start, result.end)).toBe(selector.quote.exact);
              expect(result.start >= start && result.end <= start + revised.length).toBe(true);
            }
          },
        ),
        { numRuns: NUM_RUNS },
      );
    },
    TIMEOUT_MS,
  );
});
