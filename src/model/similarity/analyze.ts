/**
 * Turns text into the similarity engine's index terms.
 *
 * Steps of `analyze`:
 *   1. Normalise (src/model/tokenize.ts `normalizeText`): no diacritics, straight quotes, dashes as spaces.
 *   2. Find the corpus vocabulary's multi-word terms and names (and, with `synonyms`, their folded
 *      variants); overlapping matches resolve longest first. Without a vocabulary there are none.
 *   3. Split the rest into words (src/model/tokenize.ts `words`; hyphenated words into their parts),
 *      fold single-word synonyms, drop stop words (and the vocabulary's filler words), numbers and
 *      one-letter words, and stem.
 */
import { isStopWord, normalizeText, termOf, words } from '../tokenize.ts';
import { EMPTY_VOCABULARY, termMatches, type CompiledVocabulary } from './vocabulary.ts';

/** Which analysis steps to run (all on by default; the baseline turns them off). */
export interface AnalyzerOptions {
  /** Keep the vocabulary's multi-word terms and names whole. */
  phrases: boolean;
  /** Fold abbreviations and synonyms ("FTO" → "Foreign Terrorist Organization"). */
  synonyms: boolean;
  /** Also emit the words inside a matched multi-word term. */
  phraseWords: boolean;
  /** Porter-stem words. */
  stemming: boolean;
  /** Drop stop words (and the vocabulary's filler words). */
  stopWords: boolean;
}

/** The full analyzer. */
export const DEFAULT_ANALYZER: AnalyzerOptions = {
  phrases: true,
  synonyms: true,
  phraseWords: false,
  stemming: true,
  stopWords: true,
};

/** Plain words: lower-case, stop words dropped, nothing else (the TF-IDF baseline). */
export const PLAIN_ANALYZER: AnalyzerOptions = {
  phrases: false,
  synonyms: false,
  phraseWords: false,
  stemming: false,
  stopWords: true,
};

/** One term occurrence: the key the index compares and the form a reader sees. */
export interface Token {
  key: string;
  display: string;
  /** True for a multi-word term or name of the vocabulary. */
  phrase: boolean;
}

interface Span {
  start: number;
  end: number;
  key: string;
  display: string;
}

function findPhrases(text: string, options: AnalyzerOptions, vocabulary: CompiledVocabulary): Span[] {
  const found: Span[] = [];
  for (const p of vocabulary.patterns) {
    if (p.alias && !options.synonyms) continue;
    for (const [start, end] of termMatches(p, text))
      found.push({ start, end, key: p.key, display: p.display });
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  for (const s of found) {
    if (taken.every((t) => s.end <= t.start || s.start >= t.end)) taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}

/**
 * Whether the engine drops a word as carrying no argument: a stop word (case folded: "US" the
 * country is the vocabulary's to keep) or a filler word of the vocabulary.
 */
export function isIgnoredWord(
  w: { surface: string; word: string },
  vocabulary: CompiledVocabulary = EMPTY_VOCABULARY,
): boolean {
  return isStopWord(w, false) || vocabulary.fillerWords.has(w.word);
}

function wordTokens(
  text: string,
  options: AnalyzerOptions,
  vocabulary: CompiledVocabulary,
  out: Token[],
): void {
  for (const w of words(text)) {
    let lower = w.word;
    if (lower.length < 2 || /^\d+$/.test(lower)) continue;
    if (options.stopWords && isIgnoredWord(w, vocabulary)) continue;
    if (options.synonyms) lower = vocabulary.wordSynonyms.get(lower) ?? lower;
    out.push({ key: options.stemming ? termOf(lower) : lower, display: lower, phrase: false });
  }
}

/** The terms of `text`, in order, under the given analysis options and corpus vocabulary. */
export function analyze(
  text: string,
  options: AnalyzerOptions = DEFAULT_ANALYZER,
  vocabulary: CompiledVocabulary = EMPTY_VOCABULARY,
): Token[] {
  const normal = normalizeText(text);
  const tokens: Token[] = [];
  const spans = options.phrases ? findPhrases(normal, options, vocabulary) : [];
  let at = 0;
  for (const s of spans) {
    wordTokens(normal.slice(at, s.start), options, vocabulary, tokens);
    tokens.push({ key: s.key, display: s.display, phrase: true });
    if (options.phraseWords) wordTokens(normal.slice(s.start, s.end), options, vocabulary, tokens);
    at = s.end;
  }
  wordTokens(normal.slice(at), options, vocabulary, tokens);
  return tokens;
}
