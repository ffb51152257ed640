/**
 * Light, deterministic rewording of a paragraph for the synthetic corpus: some common words are swapped
 * for near-synonyms so that generated articles are not byte-identical copies of the real ones (which
 * would flatter compression and caching in the benchmark), while offsets into the old text can still
 * be carried over to the new one (passages keep their words).
 *
 * Each occurrence of a word in `SWAPS` is replaced with probability `SWAP_PROBABILITY`: about one word
 * in twelve of running text is in the list, so a paragraph changes in a few places and two copies of
 * one paragraph almost never come out the same.
 */
import type { Random } from './seeded-random.ts';

/** Chance that one occurrence of a listed word is replaced. */
export const SWAP_PROBABILITY = 0.5;

/** Lower-case word → replacement (same part of speech, close enough in meaning for generated text). */
const SWAPS: Readonly<Record<string, string>> = {
  also: 'likewise',
  although: 'though',
  because: 'since',
  but: 'yet',
  can: 'may',
  could: 'might',
  in: 'within',
  large: 'big',
  major: 'key',
  many: 'numerous',
  military: 'armed',
  most: 'much of',
  often: 'frequently',
  on: 'upon',
  only: 'merely',
  possible: 'conceivable',
  said: 'stated',
  says: 'states',
  should: 'ought to',
  significant: 'considerable',
  some: 'certain',
  that: 'which',
  the: 'this',
  these: 'such',
  this: 'the',
  very: 'highly',
  were: 'had been',
  while: 'whereas',
  will: 'would',
  would: 'will',
  with: 'alongside',
  against: 'versus',
  about: 'regarding',
};

/** Every word `reword` may take out or put in (lower case), so tests can compare texts around them. */
export const SWAPPABLE_WORDS: ReadonlySet<string> = new Set(
  Object.entries(SWAPS).flatMap(([from, to]) => [from, ...to.split(' ')]),
);

/** A reworded text, and where offsets of the old text land in it. */
export interface Reworded {
  text: string;
  /**
   * The offset in the new text (UTF-16 code units) of old offset `offset`. An offset inside a replaced
   * word maps to the start of its replacement; callers keep range ends off such words (`keepIntact`).
   */
  map: (offset: number) => number;
}

/**
 * Rewords `text`, never touching a word that a range end in `keepIntact` (old offsets) falls strictly
 * inside, so that ranges still begin and end on the same words.
 */
export function reword(text: string, random: Random, keepIntact: readonly number[] = []): Reworded {
  const edits: { start: number; end: number; delta: number }[] = [];
  let out = '';
  let last = 0;
  for (const match of text.matchAll(/[A-Za-z]+/g)) {
    const word = match[0];
    const start = match.index;
    const end = start + word.length;
    const swap = SWAPS[word.toLowerCase()];
    // Decide before checking the range ends, so one paragraph's draws do not depend on its passages.
    const chosen = swap !== undefined && random() < SWAP_PROBABILITY;
    if (!chosen || keepIntact.some((o) => o > start && o < end)) continue;
    const replacement = matchCase(word, swap);
    out += text.slice(last, start) + replacement;
    last = end;
    edits.push({ start, end, delta: replacement.length - word.length });
  }
  out += text.slice(last);
  return {
    text: out,
    map: (offset) => {
      let shift = 0;
      for (const e of edits) {
        if (offset <= e.start) break;
        if (offset < e.end) return e.start + shift;
        shift += e.delta;
      }
      return offset + shift;
    },
  };
}

/** `replacement` with the capitalisation of `word` (lower, Capitalised or UPPER). */
function matchCase(word: string, replacement: string): string {
  if (word.length > 1 && word === word.toUpperCase()) return replacement.toUpperCase();
  const first = word[0] ?? '';
  return first === first.toUpperCase() ? replacement[0]?.toUpperCase() + replacement.slice(1) : replacement;
}
