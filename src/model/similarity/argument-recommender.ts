/**
 * Suggests the arguments a passage most likely makes, for the annotation editor: the passage is
 * compared with each argument's statement and with the passages already attached to it.
 *
 * Steps:
 *   1. `buildArgumentRecommender`: analyse every argument statement and every passage (with its
 *      paragraph as context, at `contextWeight`) into terms with the similarity engine's analyzer
 *      (analyze.ts, with the corpus vocabulary when given) and weigh them (weights.ts; document
 *      frequencies over statements and passages together).
 *   2. `recommendArguments`: weigh the query text the same way, then score each argument as
 *      `statementWeight` × cosine with its statement + (1 − statementWeight) × the passages' part:
 *      `aggregate: 'best'`, the mean cosine of its `topPassages` most similar passages (divided by
 *      `topPassages` even when it has fewer, so one lucky passage does not outweigh several close ones);
 *      `aggregate: 'centroid'`, the cosine with the sum of its passages' unit-length vectors (each
 *      passage counts alike, however long);
 *      `aggregate: 'document'`, the cosine with the sum of the statement's and passages' unnormalised
 *      vectors, i.e. TF-IDF of all their text as one document (the plain baseline's scoring; the
 *      statement weight is then unused). A passage named `exclude` (the query itself, when it is a
 *      curated passage) is never counted: a passage must not vote for its own arguments.
 *   3. Explain each of the best `limit` arguments by the shared terms that weigh most, with the
 *      statement and with its passages, function and filler words left out.
 * Work per query: one pass over the statements and the passages (a few hundred short vectors for the
 * five articles), no index to walk; cheap enough on every editor open.
 *
 * Why these defaults (DEFAULT_RECOMMENDER_OPTIONS): chosen by coordinate ascent on the dev half of the
 * curated arguments only (cli/evaluation/recommender-evaluation.ts `tuneRecommenderOnDev`); the steps
 * are given above the constant.
 */
import { analyze, isIgnoredWord, DEFAULT_ANALYZER, type AnalyzerOptions, type Token } from './analyze.ts';
import { termWeight, type WeightParams } from './weights.ts';
import { EMPTY_VOCABULARY, type CompiledVocabulary } from './vocabulary.ts';
import type { Article } from '../article.ts';
import { blockContaining } from '../article-offsets.ts';

/** An argument the recommender may suggest. */
export interface RecommendableArgument {
  id: string;
  statement: string;
}

/** A passage already attached to arguments: it speaks for them. */
export interface RecommenderPassage {
  id: string;
  /** Its article's id, when known (`samePointPassages` looks passages up by article). */
  article?: string;
  text: string;
  /** Its paragraph, counted at `contextWeight`. */
  context?: string;
  arguments: readonly string[];
}

/** How the recommender analyses, weighs and scores. */
export interface RecommenderOptions extends WeightParams {
  analyzer: AnalyzerOptions;
  /** Weight of a text's context (paragraph) terms relative to its own; 0 ignores contexts. */
  contextWeight: number;
  /** Share of the score from the statement (the rest from the passages), 0..1. */
  statementWeight: number;
  /** How the passages' part is computed (see the top of the file). */
  aggregate: 'best' | 'centroid' | 'document';
  /** Passages averaged by `aggregate: 'best'`. */
  topPassages: number;
}

/**
 * The settings `tuneRecommenderOnDev` chose on the dev half of the arguments (objective dev hit@1 +
 * hit@3; the held-out half never looked at), from a start of `aggregate: 'best'`, BM25-free TF-IDF
 * with IDF squared, vocabulary phrases, stemming and the paragraph at 0.35 (dev 0.757):
 * one document per argument (0.829: several passages together say more than the closest one), no
 * paragraph context (1.020: a passage's paragraph holds its neighbours, which make other arguments,
 * so context pulled the neighbours' arguments up), BM25 (1.088), phrase boost 2 (1.108), no stemming
 * (1.124), IDF not squared (1.155). The tuner also turned the vocabulary's multi-word terms off
 * (1.159, one query of 251); they are kept on because they are what the "why" names ("Article 51",
 * "UN Charter" rather than "article", "charter"), at that cost on dev.
 * `statementWeight` and `topPassages` only matter for the other aggregates.
 */
export const DEFAULT_RECOMMENDER_OPTIONS: RecommenderOptions = {
  analyzer: { ...DEFAULT_ANALYZER, stemming: false, stopWords: false },
  weighting: 'bm25',
  k1: 1.2,
  b: 0.75,
  idfPower: 1,
  phraseBoost: 2,
  contextWeight: 0,
  statementWeight: 0.3,
  aggregate: 'document',
  topPassages: 2,
};

/** A weighted term vector: term numbers, their weights, and the vector's length. */
interface TermVector {
  terms: Int32Array;
  weights: Float64Array;
  norm: number;
}

/** A built recommender; treat as opaque and pass to `recommendArguments`. */
export interface ArgumentRecommender {
  options: RecommenderOptions;
  vocabulary: CompiledVocabulary;
  termIds: Map<string, number>;
  /** Term number → display form. */
  display: string[];
  /** Term number → 1 when it explains nothing to a reader (a stop or filler word). */
  unexplaining: Uint8Array;
  /** Term number → whether it is a multi-word term or name of the vocabulary (boosted). */
  phrase: boolean[];
  /** Term number → statements and passages containing it. */
  df: Int32Array;
  /** Statements and passages analysed (the IDF's denominator). */
  units: number;
  meanLength: number;
  arguments: { id: string; text: string; statement: TermVector; passages: number[] }[];
  passages: { id: string; article?: string; arguments: readonly string[]; vector: TermVector }[];
}

/** One suggested argument, with why. */
export interface ArgumentRecommendation {
  argument: string;
  /** The argument's statement. */
  statement: string;
  /** 0..1. */
  score: number;
  /** Shared terms with the argument's statement that weigh most, in display form. */
  statementTerms: string[];
  /** Shared terms with the argument's passages (beyond those of the statement), in display form. */
  passageTerms: string[];
}

/** What to recommend for: a text, its paragraph, and a curated passage to leave out. */
export interface RecommendQuery {
  text: string;
  context?: string;
  /** A passage id never counted (the query itself when it is a curated passage). */
  exclude?: string;
}

interface Counted {
  tf: Map<number, number>;
  length: number;
}

function count(
  text: string,
  context: string | undefined,
  options: RecommenderOptions,
  vocabulary: CompiledVocabulary,
  intern: (key: string, display: string, phrase: boolean) => number | undefined,
  contexts?: Map<string, Token[]>,
): Counted {
  const tf = new Map<number, number>();
  const own = analyze(text, options.analyzer, vocabulary);
  let around: Token[] = [];
  if (options.contextWeight > 0 && context) {
    // Passages of one paragraph share it: analysed once.
    around = contexts?.get(context) ?? analyze(context, options.analyzer, vocabulary);
    contexts?.set(context, around);
  }
  const add = (tokens: typeof own, w: number) => {
    for (const t of tokens) {
      const id = intern(t.key, t.display, t.phrase);
      if (id !== undefined) tf.set(id, (tf.get(id) ?? 0) + w);
    }
  };
  add(own, 1);
  add(around, options.contextWeight);
  return { tf, length: own.length + options.contextWeight * around.length };
}

/**
 * Builds the recommender over the arguments and the passages attached to them (passage arguments
 * that are not in `args` are ignored).
 */
export function buildArgumentRecommender(
  args: readonly RecommendableArgument[],
  passages: readonly RecommenderPassage[],
  options: Partial<RecommenderOptions> = {},
  vocabulary: CompiledVocabulary = EMPTY_VOCABULARY,
): ArgumentRecommender {
  const opts: RecommenderOptions = { ...DEFAULT_RECOMMENDER_OPTIONS, ...options };
  const termIds = new Map<string, number>();
  const displayCounts: Map<string, number>[] = [];
  const phrase: boolean[] = [];
  const intern = (key: string, display: string, isPhrase: boolean) => {
    let id = termIds.get(key);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(key, id);
      displayCounts.push(new Map());
      phrase.push(isPhrase);
    }
    const dc = displayCounts[id];
    dc?.set(display, (dc.get(display) ?? 0) + 1);
    return id;
  };
  const statementCounts = args.map((a) => count(a.statement, undefined, opts, vocabulary, intern));
  const contexts = new Map<string, Token[]>();
  const passageCounts = passages.map((p) => count(p.text, p.context, opts, vocabulary, intern, contexts));
  const all = [...statementCounts, ...passageCounts];
  const df = new Int32Array(termIds.size);
  for (const c of all) for (const id of c.tf.keys()) df[id] = (df[id] ?? 0) + 1;
  const display = displayCounts.map((dc) => {
    let best = '';
    let bestCount = -1;
    for (const [form, c] of dc) if (c > bestCount) [best, bestCount] = [form, c];
    return best;
  });
  const recommender: ArgumentRecommender = {
    options: opts,
    vocabulary,
    termIds,
    display,
    unexplaining: Uint8Array.from(display, (form, id) =>
      !phrase[id] && isIgnoredWord({ surface: form, word: form }, vocabulary) ? 1 : 0,
    ),
    phrase,
    df,
    units: all.length,
    meanLength: all.reduce((s, c) => s + c.length, 0) / (all.length || 1),
    arguments: [],
    passages: [],
  };
  recommender.passages = passages.map((p, i) => ({
    id: p.id,
    ...(p.article === undefined ? {} : { article: p.article }),
    arguments: p.arguments,
    vector: weigh(recommender, passageCounts[i] ?? { tf: new Map(), length: 0 }),
  }));
  const byArgument = new Map<string, number[]>(args.map((a) => [a.id, []]));
  passages.forEach((p, i) => {
    for (const a of new Set(p.arguments)) byArgument.get(a)?.push(i);
  });
  recommender.arguments = args.map((a, i) => ({
    id: a.id,
    text: a.statement,
    statement: weigh(recommender, statementCounts[i] ?? { tf: new Map(), length: 0 }),
    passages: byArgument.get(a.id) ?? [],
  }));
  return recommender;
}

/** Weighted vector of counted terms; terms the recommender never saw weigh as if in no unit. */
function weigh(rec: ArgumentRecommender, c: Counted, extraPhrases?: ReadonlySet<number>): TermVector {
  const phraseOf = (id: number) => rec.phrase[id] ?? extraPhrases?.has(id) ?? false;
  const ids = [...c.tf.keys()].sort((a, b) => a - b);
  const weights = ids.map((id) =>
    termWeight(
      c.tf.get(id) ?? 0,
      rec.df[id] ?? 0,
      rec.units,
      c.length,
      rec.meanLength,
      rec.options,
      phraseOf(id),
    ),
  );
  return { terms: Int32Array.from(ids), weights: Float64Array.from(weights), norm: Math.hypot(...weights) };
}

/** The query's vector: known terms keep their number; unknown ones count only in its length. */
function queryVector(rec: ArgumentRecommender, query: RecommendQuery): TermVector {
  const unknown = new Map<string, number>();
  const unknownPhrases = new Set<number>();
  const intern = (key: string, _display: string, isPhrase: boolean) => {
    const id = rec.termIds.get(key);
    if (id !== undefined) return id;
    // Unknown terms get numbers past the known ones: no statement or passage holds them.
    let u = unknown.get(key);
    if (u === undefined) unknown.set(key, (u = rec.termIds.size + unknown.size));
    if (isPhrase) unknownPhrases.add(u);
    return u;
  };
  const counted = count(query.text, query.context, rec.options, rec.vocabulary, intern);
  return weigh(rec, counted, unknownPhrases);
}

/** Dot product of two vectors; with `shared`, adds each shared term's product to it. */
function dotProduct(a: TermVector, b: TermVector, shared?: Map<number, number>, scale = 1): number {
  let i = 0;
  let j = 0;
  let s = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] ?? 0;
    const y = b.terms[j] ?? 0;
    if (x === y) {
      const w = (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      s += w;
      if (shared) shared.set(x, (shared.get(x) ?? 0) + w * scale);
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return s;
}

function cosine(a: TermVector, b: TermVector): number {
  return a.norm > 0 && b.norm > 0 ? dotProduct(a, b) / (a.norm * b.norm) : 0;
}

/** Sum of vectors (unnormalised): TF-IDF of their texts as one document. */
function sum(vectors: readonly TermVector[]): TermVector {
  const total = new Map<number, number>();
  for (const v of vectors) v.terms.forEach((t, k) => total.set(t, (total.get(t) ?? 0) + (v.weights[k] ?? 0)));
  const ids = [...total.keys()].sort((a, b) => a - b);
  const weights = Float64Array.from(ids, (id) => total.get(id) ?? 0);
  return { terms: Int32Array.from(ids), weights, norm: Math.hypot(...weights) };
}

/** `v` scaled to unit length. */
function unit(v: TermVector): TermVector {
  return v.norm > 0 ? { terms: v.terms, weights: v.weights.map((w) => w / v.norm), norm: 1 } : v;
}

/**
 * Whether the query shares a term that explains something (not a function or filler word) with any of
 * `vectors`: an argument sharing only "the" and "would" is no suggestion, whatever its score.
 */
function explains(rec: ArgumentRecommender, q: TermVector, vectors: readonly TermVector[]): boolean {
  const wanted = new Set<number>();
  for (const t of q.terms) if (t < rec.display.length && !rec.unexplaining[t]) wanted.add(t);
  return vectors.some((v) => v.terms.some((t) => wanted.has(t)));
}

interface Scored {
  index: number;
  score: number;
  /** Passages that made the passages' part (for the explanation). */
  counted: number[];
}

function scoreArgument(rec: ArgumentRecommender, q: TermVector, index: number, exclude?: string): Scored {
  const arg = rec.arguments[index];
  if (!arg) return { index, score: 0, counted: [] };
  const o = rec.options;
  const members = arg.passages.filter((p) => rec.passages[p]?.id !== exclude);
  const vectors = members.map((p) => rec.passages[p]?.vector).filter((v) => v !== undefined);
  if (!explains(rec, q, [arg.statement, ...vectors])) return { index, score: 0, counted: [] };
  if (o.aggregate === 'document')
    return { index, score: cosine(q, sum([arg.statement, ...vectors])), counted: members };
  if (o.aggregate === 'centroid') {
    const centroid = sum(vectors.map((v) => unit(v)));
    const score =
      o.statementWeight * cosine(q, arg.statement) + (1 - o.statementWeight) * cosine(q, centroid);
    return { index, score, counted: members };
  }
  const scored = members
    .map((p) => ({ p, s: cosine(q, rec.passages[p]?.vector ?? arg.statement) }))
    .sort((a, b) => b.s - a.s || a.p - b.p)
    .slice(0, Math.max(1, o.topPassages));
  const passagePart = scored.reduce((s, x) => s + x.s, 0) / Math.max(1, o.topPassages);
  return {
    index,
    score: o.statementWeight * cosine(q, arg.statement) + (1 - o.statementWeight) * passagePart,
    counted: scored.filter((x) => x.s > 0).map((x) => x.p),
  };
}

/**
 * Every argument that shares an explaining term with the query, with its score, best first (ties: the
 * order the arguments were given); the others are never suggested.
 */
export function rankArguments(
  rec: ArgumentRecommender,
  query: RecommendQuery,
): { argument: string; score: number }[] {
  return scoredArguments(rec, queryVector(rec, query), query.exclude).map((s) => ({
    argument: rec.arguments[s.index]?.id ?? '',
    score: s.score,
  }));
}

function scoredArguments(rec: ArgumentRecommender, q: TermVector, exclude?: string): Scored[] {
  return rec.arguments
    .map((_, i) => scoreArgument(rec, q, i, exclude))
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index);
}

/** The terms of `shared` that explain most, in display form. */
function explain(
  rec: ArgumentRecommender,
  shared: Map<number, number>,
  limit: number,
  skip: Set<string>,
): string[] {
  return [...shared]
    .filter(([t]) => t < rec.display.length && !rec.unexplaining[t])
    .sort((a, b) => b[1] - a[1] || a[0] - b[0])
    .map(([t]) => rec.display[t] ?? '')
    .filter((form) => form !== '' && !skip.has(form))
    .slice(0, limit);
}

/**
 * The `limit` arguments the query most likely makes (default 3), best first, each with the shared
 * terms that explain it (`why` per part, default 4); arguments sharing no term with it are left out.
 */
export function recommendArguments(
  rec: ArgumentRecommender,
  query: RecommendQuery,
  { limit = 3, why = 4 }: { limit?: number; why?: number } = {},
): ArgumentRecommendation[] {
  const q = queryVector(rec, query);
  const best = scoredArguments(rec, q, query.exclude).slice(0, limit);
  return best.map(({ index, score, counted }) => {
    const arg = rec.arguments[index];
    const withStatement = new Map<number, number>();
    if (arg) dotProduct(q, arg.statement, withStatement);
    const withPassages = new Map<number, number>();
    for (const p of counted) {
      const v = rec.passages[p]?.vector;
      if (v && v.norm > 0) dotProduct(q, v, withPassages, 1 / v.norm);
    }
    const statementTerms = explain(rec, withStatement, why, new Set());
    return {
      argument: arg?.id ?? '',
      statement: arg?.text ?? '',
      score: Math.min(1, score),
      statementTerms,
      passageTerms: explain(rec, withPassages, why, new Set(statementTerms)),
    };
  });
}

/** The query for a range of an article (UTF-16 offsets): its text, with its paragraph as context. */
export function rangeQuery(article: Article, range: { start: number; end: number }): RecommendQuery {
  const block = blockContaining(article, range.start, range.end);
  return { text: article.text.slice(range.start, range.end), ...(block ? { context: block.text } : {}) };
}
