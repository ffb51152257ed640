/**
 * The one text normaliser and word tokenizer, shared by search (src/search), the similarity engine
 * (src/model/similarity) and its word vectors.
 *
 * Steps:
 *   1. `normalizeText`: strip diacritics ("Mérida" → "Merida"), straighten quotes, dashes and
 *      no-break spaces to spaces (for matching multi-word terms over a whole text).
 *   2. `words`: runs of letters and digits, an inner apostrophe ("Mexico’s") kept inside, each with
 *      its offsets in the text it was given, folded by `foldWord` (lower case, no diacritics,
 *      straight apostrophe, no possessive "’s"), and marked when a hyphen joins it to the word before
 *      ("self-defense" is "self" then "defense", joined).
 *   3. `isStopWord`: English function words (`STOP_WORDS`) are stop words; for search, not when
 *      written as an acronym of two or more capitals ("US" the country, not "us" the pronoun). The
 *      similarity engine folds case here: its corpus vocabulary tells the country from the pronoun.
 *   4. `termOf`: the index term of a folded word, its Porter stem (numbers and words under three
 *      letters stay as they are).
 * `tokenize` is steps 2–4 for search: the words that are not stop words, each with its term.
 */
import { stem } from './stem.ts';

/** English function words and filler that carry no meaning in a search or a comparison (lower case). */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a about above after again against all almost along already also although always am among an and
  another any anyone anything are aren't around as at be became because been before being below
  between both but by can cannot could couldn't did didn't do does doesn't doing don't down during
  each either else even ever every few for from further had hadn't has hasn't have haven't having he
  he'd he's her here hers herself him himself his how however i i'd i'm if in into is isn't it it's
  its itself just least less let like made make makes many may me might more most much must my
  myself neither no nor not now of off often on once one only or other others otherwise our ours
  ourselves out over own per perhaps quite rather really same she she's should shouldn't since so
  some such than that that's the their theirs them themselves then there there's these they they'd
  they're this those though through thus to too toward towards under until up upon us very via was
  wasn't we we're were weren't what what's when where whether which while who who's whom whose why
  will with within without would wouldn't yet you your yours yourself
  well still indeed moreover furthermore instead whatever`
    .split(/\s+/)
    .filter((w) => w.length > 0),
);

/** One word of a text and where it sits. */
export interface Word {
  /** The word as written. */
  surface: string;
  /** Folded form: lower case, no diacritics, straight apostrophe, no possessive ("mexico"). */
  word: string;
  /** Start offset in the text given to `words` (UTF-16 code units). */
  start: number;
  /** End offset (exclusive, UTF-16 code units). */
  end: number;
  /** A hyphen (and nothing else) joins it to the word before ("defense" in "self-defense"). */
  joined: boolean;
}

/** A word of a search text that is not a stop word, with its index term. */
export interface Token {
  /** Folded form ("sheinbaum"). */
  word: string;
  /** The index term: the stemmed word ("strike" for "strikes"). */
  term: string;
  /** Start offset in the tokenized text (UTF-16 code units). */
  start: number;
  /** End offset (exclusive, UTF-16 code units). */
  end: number;
}

// Combining marks stay inside a word (a decomposed "é"); `foldWord` removes them.
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’\u02bc][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const ACRONYM = /^\p{Lu}{2,}$/u;

/** Normalises text for matching: no diacritics, straight quotes, dashes and no-break spaces as spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2015]/g, ' ')
    .replace(/\u00a0/g, ' ');
}

/** Folds one word: lower case, no diacritics, straight apostrophes, no possessive ending. */
export function foldWord(raw: string): string {
  return normalizeText(raw).toLowerCase().replace(/'s$/, '');
}

/** Every word of `text` in order, with offsets into `text` (see step 2 above). */
export function words(text: string): Word[] {
  const out: Word[] = [];
  let previousEnd = -2;
  for (const m of text.matchAll(WORD)) {
    const start = m.index;
    const surface = m[0];
    out.push({
      surface,
      word: foldWord(surface),
      start,
      end: start + surface.length,
      joined: start === previousEnd + 1 && text[previousEnd] === '-',
    });
    previousEnd = start + surface.length;
  }
  return out;
}

/** Whether a word is a stop word: a function word, unless written as an acronym ("US") and `keepAcronyms`. */
export function isStopWord(w: Pick<Word, 'surface' | 'word'>, keepAcronyms = true): boolean {
  return STOP_WORDS.has(w.word) && !(keepAcronyms && ACRONYM.test(w.surface));
}

const stemCache = new Map<string, string>();

/** The index term of a folded word: its Porter stem, or the word itself for numbers and short words. */
export function termOf(word: string): string {
  let term = stemCache.get(word);
  if (term === undefined) {
    term = word.length < 3 || /\d/.test(word) ? word : stem(word);
    if (stemCache.size > 50_000) stemCache.clear();
    stemCache.set(word, term);
  }
  return term;
}

/** The search terms of `text`: its words, stop words left out, in order. */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = [];
  for (const w of words(text)) {
    if (w.word.length === 0 || isStopWord(w)) continue;
    tokens.push({ word: w.word, term: termOf(w.word), start: w.start, end: w.end });
  }
  return tokens;
}
