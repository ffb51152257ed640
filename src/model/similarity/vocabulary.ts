/**
 * A corpus's own vocabulary for the similarity engine: the multi-word terms, names and synonyms that
 * carry its arguments, and the filler words its genre uses without carrying one. It is data
 * (`annotations/vocabulary.json`, validated by src/data/vocabulary-file.ts), so another corpus brings
 * its own; without one (`EMPTY_VOCABULARY`) the engine compares single stemmed words only.
 *
 * Each term has a key (what the index compares), a display form (what a reader sees in "shared
 * terms"), its own spellings (`phrase`: kept as one term rather than split into words) and folded
 * variants (`aliases`: abbreviations and synonyms that mean the same thing in these texts). Patterns
 * are regular-expression sources matched on normalised text (src/model/tokenize.ts `normalizeText`),
 * case-insensitively unless `caseSensitive` is set; longer matches win over shorter overlapping ones.
 */

/** One multi-word term or name and its variants. */
export interface TermDefinition {
  key: string;
  display: string;
  /** The term's own spellings, kept whole (regular-expression sources). */
  phrase: string[];
  /** Abbreviations and synonyms folded into the term (regular-expression sources). */
  aliases?: string[];
  /** Match every pattern case-sensitively ("US" the country, not "us" the pronoun). */
  caseSensitive?: boolean;
}

/** A corpus vocabulary as its data file holds it. */
export interface Vocabulary {
  terms: TermDefinition[];
  /** Single-word synonyms folded before stemming, lower case (`{"invaded": "invasion"}`). */
  wordSynonyms: Record<string, string>;
  /** Words this corpus's texts use everywhere without carrying an argument ("said", "according"). */
  fillerWords: string[];
}

/** One compiled pattern of a term. */
export interface TermPattern {
  /** The pattern, global; `termMatches` keeps only whole-word matches. */
  regex: RegExp;
  key: string;
  display: string;
  /** An alias (folded only when synonyms are on), not the term's own spelling. */
  alias: boolean;
}

/** A vocabulary ready for the analyzer: patterns compiled once. */
export interface CompiledVocabulary {
  patterns: readonly TermPattern[];
  wordSynonyms: ReadonlyMap<string, string>;
  fillerWords: ReadonlySet<string>;
}

/** No corpus knowledge: single stemmed words only. */
export const EMPTY_VOCABULARY: CompiledVocabulary = {
  patterns: [],
  wordSynonyms: new Map(),
  fillerWords: new Set(),
};

/** Whether `at` in `text` is a word boundary on the `side` given (no letter or digit there). */
function boundary(text: string, at: number, side: 'before' | 'after'): boolean {
  // Two code units: a letter outside the BMP is a surrogate pair.
  return side === 'before'
    ? at <= 0 || !/[\p{L}\p{N}]$/u.test(text.slice(Math.max(0, at - 2), at))
    : at >= text.length || !/^[\p{L}\p{N}]/u.test(text.slice(at, at + 2));
}

const wholeRegex = new WeakMap<TermPattern, RegExp>();

/**
 * The end of the longest match of `pattern` from `start` that ends at a word boundary. The regular
 * expression's own match ends at one almost always; only when it runs into a word ("kingpins" in
 * "kingpinsX") are shorter ends tried.
 */
function boundedEnd(pattern: TermPattern, text: string, start: number, end: number): number | undefined {
  if (boundary(text, end, 'after')) return end;
  let whole = wholeRegex.get(pattern);
  if (!whole) {
    whole = new RegExp(`^(?:${pattern.regex.source})$`, pattern.regex.flags.replace('g', ''));
    wholeRegex.set(pattern, whole);
  }
  for (let e = end - 1; e > start; e--)
    if (boundary(text, e, 'after') && whole.test(text.slice(start, e))) return e;
  return undefined;
}

/**
 * Every match of `pattern` in `text` that is a whole word or words, as [start, end) offsets. The word
 * boundaries are checked here rather than by lookarounds in the expression: a lookbehind tried at
 * every position made matching ten times slower, and a Unicode lookahead costs half a second to
 * compile across a vocabulary.
 */
export function termMatches(pattern: TermPattern, text: string): [number, number][] {
  const out: [number, number][] = [];
  const { regex } = pattern;
  regex.lastIndex = 0;
  for (let m = regex.exec(text); m !== null; m = regex.exec(text)) {
    const start = m.index;
    const end = boundary(text, start, 'before')
      ? boundedEnd(pattern, text, start, start + m[0].length)
      : undefined;
    if (end === undefined || end === start) {
      // Not a whole word here: try again from the next character.
      regex.lastIndex = start + 1;
      continue;
    }
    out.push([start, end]);
    regex.lastIndex = end;
  }
  return out;
}

/** Compiles a vocabulary's patterns (throws on an invalid pattern: validate the file first). */
export function compileVocabulary(vocabulary: Vocabulary): CompiledVocabulary {
  const patterns = vocabulary.terms.flatMap((def) => {
    const flags = def.caseSensitive ? 'gu' : 'giu';
    const make = (source: string, alias: boolean): TermPattern => ({
      regex: new RegExp(source, flags),
      key: def.key,
      display: def.display,
      alias,
    });
    return [...def.phrase.map((p) => make(p, false)), ...(def.aliases ?? []).map((p) => make(p, true))];
  });
  return {
    patterns,
    wordSynonyms: new Map(Object.entries(vocabulary.wordSynonyms)),
    fillerWords: new Set(vocabulary.fillerWords),
  };
}
