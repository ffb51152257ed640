/**
 * Turns text into index terms.
 *
 * Steps of `analyze`:
 *   1. Normalise: strip diacritics ("Mérida" → "Merida"), straighten quotes, dashes to spaces.
 *   2. Find the multi-word terms and names of terms.ts (and, with `synonyms`, their folded variants);
 *      overlapping matches resolve longest first.
 *   3. Split the rest into words (hyphenated words into their parts), lower-case, fold single-word
 *      synonyms, drop stop words, numbers and one-letter words, and stem.
 */
import { stem } from '../stem.ts';
import { STOP_WORDS } from './stop-words.ts';
import { TERM_DEFINITIONS, WORD_SYNONYMS } from './terms.ts';

/** Which analysis steps to run (all on by default; the baseline turns them off). */
export interface AnalyzerOptions {
  /** Keep the multi-word terms and names of terms.ts whole. */
  phrases: boolean;
  /** Fold abbreviations and synonyms ("FTO" → "Foreign Terrorist Organization"). */
  synonyms: boolean;
  /** Also emit the words inside a matched multi-word term. */
  phraseWords: boolean;
  /** Porter-stem words. */
  stemming: boolean;
  /** Drop stop words. */
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
  /** True for a multi-word term or name of terms.ts. */
  phrase: boolean;
}

interface CompiledPattern {
  regex: RegExp;
  key: string;
  display: string;
  alias: boolean;
}

const BOUNDED = (source: string): string => `(?<![\\p{L}\\p{N}])(?:${source})(?![\\p{L}\\p{N}])`;

const PATTERNS: CompiledPattern[] = TERM_DEFINITIONS.flatMap((def) => {
  const flags = def.caseSensitive ? 'gu' : 'giu';
  const make = (source: string, alias: boolean): CompiledPattern => ({
    regex: new RegExp(BOUNDED(source), flags),
    key: def.key,
    display: def.display,
    alias,
  });
  return [...def.phrase.map((p) => make(p, false)), ...(def.aliases ?? []).map((p) => make(p, true))];
});

const WORD = /[\p{L}\p{N}]+(?:'[\p{L}]+)?/gu;

/** Normalises text for matching: no diacritics, straight quotes, dashes as spaces. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[\u2013\u2014\u2015]/g, ' ')
    .replace(/\u00a0/g, ' ');
}

interface Span {
  start: number;
  end: number;
  key: string;
  display: string;
}

function findPhrases(text: string, options: AnalyzerOptions): Span[] {
  const found: Span[] = [];
  for (const p of PATTERNS) {
    if (p.alias && !options.synonyms) continue;
    p.regex.lastIndex = 0;
    for (let m = p.regex.exec(text); m !== null; m = p.regex.exec(text)) {
      found.push({ start: m.index, end: m.index + m[0].length, key: p.key, display: p.display });
      if (m[0].length === 0) p.regex.lastIndex++;
    }
  }
  found.sort((a, b) => b.end - b.start - (a.end - a.start) || a.start - b.start);
  const taken: Span[] = [];
  for (const s of found) {
    if (taken.every((t) => s.end <= t.start || s.start >= t.end)) taken.push(s);
  }
  return taken.sort((a, b) => a.start - b.start);
}

function wordTokens(text: string, options: AnalyzerOptions, out: Token[]): void {
  WORD.lastIndex = 0;
  for (let m = WORD.exec(text); m !== null; m = WORD.exec(text)) {
    const surface = m[0].replace(/'s$/i, '');
    let lower = surface.toLowerCase();
    if (lower.length < 2 || /^\d+$/.test(lower)) continue;
    if (options.stopWords && STOP_WORDS.has(lower)) continue;
    if (options.synonyms) lower = WORD_SYNONYMS.get(lower) ?? lower;
    const key = options.stemming ? stem(lower) : lower;
    out.push({ key, display: lower, phrase: false });
  }
}

/** The terms of `text`, in order, under the given analysis options. */
export function analyze(text: string, options: AnalyzerOptions = DEFAULT_ANALYZER): Token[] {
  const normal = normalizeText(text);
  const tokens: Token[] = [];
  const spans = options.phrases ? findPhrases(normal, options) : [];
  let at = 0;
  for (const s of spans) {
    wordTokens(normal.slice(at, s.start), options, tokens);
    tokens.push({ key: s.key, display: s.display, phrase: true });
    if (options.phraseWords) wordTokens(normal.slice(s.start, s.end), options, tokens);
    at = s.end;
  }
  wordTokens(normal.slice(at), options, tokens);
  return tokens;
}
