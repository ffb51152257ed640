/**
 * Suggests passages in other articles that make the same argument as a given one.
 *
 * Steps:
 *   1. `buildSimilarityIndex`: analyse each unit into terms (analyze.ts, with the corpus vocabulary
 *      when given), weight them (weights.ts),
 *      L2-normalise each unit's vector, and build postings per term, ordered by weight and cut to
 *      `maxPostings` (impact-ordered truncation).
 *   2. `suggest`: walk the postings of the query's terms, skipping terms found in more than
 *      `maxDocFrequency` of the units, to collect candidates in other articles and accumulate their
 *      partial dot products; rescore the best `rescore` of them by cosine of the full vectors, fused,
 *      when word vectors were given, with the cosine of the units' SIF sentence vectors
 *      (word-vectors.ts) at `vectorWeight`; rank, cap per article, and explain by the shared terms
 *      (function words left out of the explanation).
 *   3. With `secondOrderWeight`, each rescored candidate's score is fused with the overlap of the two
 *      units' neighbourhoods (their best first-order neighbours in other articles, each found by the
 *      same bounded query and cached on the index): passages near the same third passages likely make
 *      the same argument even in different words. At most one extra bounded query per unit, ever.
 * Work per query is bounded twice: by (query terms × maxPostings), and by `maxCandidateWork` postings
 * visited in all (when a query's postings add up to more, its terms are walked highest weight first
 * and the walk stops at the budget); the best `rescore` candidates are then picked with a bounded heap,
 * not a sort of all of them. So suggesting for every unit grows linearly with the corpus rather than
 * quadratically; word vectors only rescore those candidates.
 *
 * Why 6,000 for `maxCandidateWork`: the real five-article corpus's queries visit at most 4,953 postings
 * (p50 2,007), so the cap never binds there and the held-out figures are exactly those without it;
 * on the 10× synthetic corpus the median query would visit 9,277 and the largest 26,909.
 */
import { analyze, isIgnoredWord, DEFAULT_ANALYZER, type AnalyzerOptions, type Token } from './analyze.ts';
import { termWeight, type WeightParams } from './weights.ts';
import { countTerms, impactPostings } from './term-counts.ts';
import { EMPTY_VOCABULARY, type CompiledVocabulary } from './vocabulary.ts';
import { finishSif, sifVector, DEFAULT_SIF, type WordVectors } from './word-vectors.ts';

/**
 * What the engine may know beyond the texts, both optional: the corpus's vocabulary (terms, names,
 * synonyms, filler words; vocabulary.ts) and word vectors for the SIF rescoring (word-vectors.ts).
 */
export interface SimilarityResources {
  vocabulary?: CompiledVocabulary;
  wordVectors?: WordVectors;
}

/** A text to compare: a passage, sentence or paragraph of one article. */
export interface SimilarityUnit {
  id: string;
  /** Article id; suggestions are only ever for units of other articles. */
  article: string;
  text: string;
  /** Surrounding text (e.g. the passage's paragraph), counted at `contextWeight`. */
  context?: string;
}

/** How the index analyses, weights and searches. */
export interface IndexOptions extends WeightParams {
  analyzer: AnalyzerOptions;
  /**
   * Terms in more than this fraction of units (and in more than MIN_SKIP_DOC_FREQUENCY units) do not
   * generate candidates; they still count in the score.
   */
  maxDocFrequency: number;
  /** Postings kept per term, highest weight first. */
  maxPostings: number;
  /** Weight of a unit's `context` terms relative to its own (0 ignores the context). */
  contextWeight: number;
  /**
   * Weight of the SIF word-vector cosine fused with the term cosine, when the index has word vectors
   * (0 ignores them): score = max(0, (term cosine + vectorWeight × vector cosine) / (1 + vectorWeight)).
   */
  vectorWeight: number;
  /**
   * Weight of second-order similarity (0 ignores it): the cosine of two units' neighbourhoods, their
   * `secondOrderNeighbours` best first-order neighbours in other articles; units near the same third
   * passages likely make the same argument. score = (first order + weight × second order) / (1 + weight).
   */
  secondOrderWeight: number;
  /** Neighbours per unit for the second-order similarity. */
  secondOrderNeighbours: number;
  /** Postings one query may visit in all (see the top of the file); Infinity for no cap. */
  maxCandidateWork: number;
}

/**
 * The engine's settings, chosen by `tuneOnDev` (cli/evaluation/tune-suggestions.ts) on the development half of the curated
 * arguments only: TF-IDF with IDF squared, multi-word terms and names weighted 3×, the passage's
 * paragraph counted at 0.35, Porter stemming (dev hit@5 0.557 against 0.553 without; paragraphs 0.684
 * against 0.661), and no stop-word list in scoring (IDF squared mutes function words; the list still
 * keeps them out of the shared terms shown to readers); with word vectors, their SIF cosine fused at 0.2;
 * second-order similarity over 20 neighbours at 0.1 (dev passages hit@5 0.573 against 0.557, MRR 0.412
 * against 0.406; paragraphs 0.705 against 0.684, MRR 0.514 both: the only setting tried, of 10/20/40/60
 * neighbours at 0.1/0.2/0.3, that raised both hit@5 without lowering either MRR).
 */
export const DEFAULT_INDEX_OPTIONS: IndexOptions = {
  analyzer: { ...DEFAULT_ANALYZER, stemming: true, stopWords: false },
  weighting: 'tfidf',
  k1: 1.2,
  b: 0.75,
  idfPower: 2,
  phraseBoost: 3,
  maxDocFrequency: 0.4,
  maxPostings: 200,
  contextWeight: 0.35,
  vectorWeight: 0.2,
  secondOrderWeight: 0.1,
  secondOrderNeighbours: 20,
  maxCandidateWork: 6000,
};

/** A term is never too common to generate candidates below this many units (small collections). */
export const MIN_SKIP_DOC_FREQUENCY = 20;

/** One unit's weighted terms, sorted by term number, with unit length. */
export interface UnitVector {
  terms: Int32Array;
  weights: Float64Array;
}

/** A built index; treat as opaque and pass to `suggest` (similarity-query.ts). */
export interface SimilarityIndex {
  options: IndexOptions;
  units: readonly SimilarityUnit[];
  /** Unit id → position in `units`. */
  position: Map<string, number>;
  /** Term number → the term's key (terms are numbered in order of first occurrence). */
  keys: string[];
  /** Term number → display form. */
  display: string[];
  /** Term number → 1 when it explains nothing to a reader (a stop or filler word), else 0. */
  unexplaining: Uint8Array;
  /** Term number → number of units containing it. */
  df: Int32Array;
  vectors: UnitVector[];
  /** Unit position → unit-length SIF sentence vector of its text, when word vectors were given. */
  semantic?: Float32Array[];
  /** Term number → unit positions, highest weight first, at most `maxPostings`. */
  postings: Int32Array[];
  /** Term number → the weights of those postings. */
  postingWeights: Float64Array[];
  /** Term number → whether it is rare enough to generate candidates. */
  selective: Uint8Array;
  /** Unit position → its article's number (articles numbered in order of first unit), for integer compares. */
  articleOf: Int32Array;
  /**
   * Unit position → its first-order neighbourhood, filled as `suggest` needs them: its best neighbours,
   * best first, with their unit-length weights.
   */
  neighbourhoods: (Neighbourhood | undefined)[];
  /**
   * Unit position → its first-order scores at the neighbourhood's rescore depth, kept because the
   * unit's own `suggest` asks for the same query again (packed: unit positions and scores).
   */
  firstOrders: ({ units: Int32Array; scores: Float64Array } | undefined)[];
  /**
   * Unit position → the candidates its neighbourhood-depth query rescored (whatever their score), kept
   * with `firstOrders`: what that query read beyond the postings (suggestion-reuse.ts).
   */
  rescored: (Int32Array | undefined)[];
  /**
   * Scratch space for `candidates`: per unit u, the last query's stamp (at 2u) and its partial score
   * (at 2u + 1), side by side so a posting visit touches one cache line; and the units found.
   */
  partial: Float64Array;
  stamp: number;
  found: Int32Array;
  /** Scratch space for rescoring: term number → the query's weight (0 outside a query). */
  queryWeights: Float64Array;
  /** Scratch space for the neighbourhood overlap: unit position → 1 + its place in the query's neighbourhood. */
  neighbourSlot: Int32Array;
}

/** A unit's best first-order neighbours, best first, and their weights (a unit-length vector). */
export interface Neighbourhood {
  units: Int32Array;
  weights: Float64Array;
}

/**
 * What the index reads of one unit, computed from that unit alone: its terms, its context's terms,
 * and (with word vectors) its text's SIF vector before the corpus-wide step. Plain data, so a build
 * may keep it between runs.
 */
export interface UnitAnalysis {
  tokens: Token[];
  context: Token[];
  sif?: number[];
}

/** Analyses `units` (passages of one paragraph share their context: each distinct context is analysed once). */
export function analyzeUnits(
  units: readonly SimilarityUnit[],
  options: Partial<IndexOptions> = {},
  resources: SimilarityResources = {},
): UnitAnalysis[] {
  const opts: IndexOptions = { ...DEFAULT_INDEX_OPTIONS, ...options };
  const vocabulary = resources.vocabulary ?? EMPTY_VOCABULARY;
  const contexts = new Map<string, Token[]>();
  const analyzeContext = (text: string) => {
    let tokens = contexts.get(text);
    if (!tokens) contexts.set(text, (tokens = shareTokens(analyze(text, opts.analyzer, vocabulary), shared)));
    return tokens;
  };
  const shared = new Map<string, Token>();
  const withVectors = resources.wordVectors && opts.vectorWeight > 0 ? resources.wordVectors : undefined;
  return units.map((unit) => ({
    tokens: shareTokens(analyze(unit.text, opts.analyzer, vocabulary), shared),
    context: opts.contextWeight > 0 && unit.context ? analyzeContext(unit.context) : [],
    ...(withVectors ? { sif: Array.from(sifVector(unit.text, withVectors, DEFAULT_SIF, vocabulary)) } : {}),
  }));
}

/**
 * `tokens` with each equal token replaced by one shared object (tokens are never changed after
 * analysis): at 100× the analyses held ~3 M token objects, each with its own key and display
 * strings, of a few thousand distinct ones.
 */
function shareTokens(tokens: readonly Token[], shared: Map<string, Token>): Token[] {
  return tokens.map((t) => {
    const id = `${t.phrase ? 1 : 0}${t.key}\u0001${t.display}`;
    const kept = shared.get(id);
    if (kept) return kept;
    shared.set(id, t);
    return t;
  });
}

/**
 * Builds the index over `units` (ids must be unique); the vocabulary adds multi-word terms and
 * synonyms, word vectors the SIF rescoring. `analyses` (one per unit, from `analyzeUnits` with the
 * same options and resources) skips the analysis.
 */
export function buildSimilarityIndex(
  units: readonly SimilarityUnit[],
  options: Partial<IndexOptions> = {},
  resources: SimilarityResources = {},
  analyses: readonly UnitAnalysis[] = analyzeUnits(units, options, resources),
): SimilarityIndex {
  const opts: IndexOptions = { ...DEFAULT_INDEX_OPTIONS, ...options };
  const vocabulary = resources.vocabulary ?? EMPTY_VOCABULARY;
  if (analyses.length !== units.length)
    throw new Error(`${analyses.length} analyses for ${units.length} similarity units`);
  const position = new Map<string, number>();
  units.forEach((unit, i) => {
    if (position.has(unit.id)) throw new Error(`duplicate similarity unit id "${unit.id}"`);
    position.set(unit.id, i);
  });
  const { termIds, displayCounts, isPhrase, counts, lengths } = countTerms(
    units.map((_, i) => analyses[i] ?? { tokens: [], context: [] }),
    opts.contextWeight,
  );
  const n = units.length;
  const df = new Int32Array(termIds.size);
  for (const { ids } of counts) for (const id of ids) df[id] = (df[id] ?? 0) + 1;
  const meanLength = lengths.reduce((a, b) => a + b, 0) / (n || 1);
  const vectors = counts.map(({ ids, tf }, i): UnitVector => {
    const weights = Array.from(ids, (id, k) =>
      termWeight(tf[k] ?? 0, df[id] ?? 0, n, lengths[i] ?? 0, meanLength, opts, isPhrase[id]),
    );
    const norm = Math.hypot(...weights) || 1;
    return { terms: ids, weights: Float64Array.from(weights, (w) => w / norm) };
  });
  const { postings, postingWeights } = impactPostings(vectors, termIds.size, opts.maxPostings);
  const maxDf = Math.max(MIN_SKIP_DOC_FREQUENCY, opts.maxDocFrequency * n);
  const selective = Uint8Array.from(df, (d) => (d <= maxDf ? 1 : 0));
  const display = displayCounts.map((dc) => {
    let best = '';
    let bestCount = -1;
    for (const [form, c] of dc) if (c > bestCount) [best, bestCount] = [form, c];
    return best;
  });
  const unexplaining = Uint8Array.from(display, (form, id) =>
    !isPhrase[id] && isIgnoredWord({ surface: form, word: form }, vocabulary) ? 1 : 0,
  );
  const semantic =
    resources.wordVectors && opts.vectorWeight > 0
      ? finishSif(
          analyses.map((a) => Float32Array.from(a.sif ?? [])),
          DEFAULT_SIF,
        )
      : undefined;
  return {
    options: opts,
    units,
    position,
    keys: [...termIds.keys()],
    display,
    unexplaining,
    df,
    vectors,
    ...(semantic ? { semantic } : {}),
    postings,
    postingWeights,
    selective,
    articleOf: articleNumbers(units),
    neighbourhoods: new Array<Neighbourhood | undefined>(n),
    firstOrders: new Array<{ units: Int32Array; scores: Float64Array } | undefined>(n),
    rescored: new Array<Int32Array | undefined>(n),
    partial: new Float64Array(2 * n),
    stamp: 0,
    found: new Int32Array(n),
    queryWeights: new Float64Array(termIds.size),
    neighbourSlot: new Int32Array(n),
  };
}

/** Each unit's article as a number (articles numbered in order of their first unit). */
function articleNumbers(units: readonly SimilarityUnit[]): Int32Array {
  const numbers = new Map<string, number>();
  return Int32Array.from(units, (unit) => {
    let k = numbers.get(unit.article);
    if (k === undefined) numbers.set(unit.article, (k = numbers.size));
    return k;
  });
}
