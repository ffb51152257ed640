/**
 * Splits text into search terms, keeping each word's offsets so matches can be highlighted.
 *
 * Steps of `tokenize`:
 *   1. Find words: runs of letters and digits, with an inner apostrophe ("Mexico’s") kept inside.
 *   2. Fold each word: lower-case, strip diacritics ("Mérida" → "merida"), drop a possessive "’s".
 *   3. Drop stop words; Porter-stem the rest ("strikes" → "strike"); numbers stay as they are ("51").
 */
import { stem } from '../model/stem.ts';

/** One word of a text: its folded surface form, its index term, and where it sits. */
export interface Token {
  /** Lower-case, diacritic-free form ("sheinbaum"). */
  word: string;
  /** The index term: the stemmed word ("strike" for "strikes"). */
  term: string;
  /** Start offset in the tokenized text (UTF-16 code units). */
  start: number;
  /** End offset (exclusive). */
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;

/** Common English words that carry no meaning in a search. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  (
    'a an and are as at be been but by can could did do does for from had has have he her his how i if in into is it ' +
    'its of on or our she so than that the their them then there these they this those to was we were what when ' +
    'which while who will with would you'
  ).split(' '),
);

/** Folds one word: lower case, no diacritics, straight apostrophes, no possessive ending. */
export function foldWord(raw: string): string {
  return raw
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/’/g, "'")
    .replace(/'s$/, '');
}

const stemCache = new Map<string, string>();

/** The index term of a folded word: its Porter stem, or the word itself for numbers and short words. */
export function termOf(word: string): string {
  let term = stemCache.get(word);
  if (term === undefined) {
    term = word.length < 3 || /\d/.test(word) ? word : stem(word);
    stemCache.set(word, term);
  }
  return term;
}

/** The text's words, stop words left out, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const m of text.matchAll(WORD)) {
    const word = foldWord(m[0]);
    if (word.length === 0 || STOP_WORDS.has(word)) continue;
    tokens.push({ word, term: termOf(word), start: m.index, end: m.index + m[0].length });
  }
  return tokens;
}
