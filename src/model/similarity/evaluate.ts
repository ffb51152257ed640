/**
 * Honest evaluation of the suggestions against the curated tag layer.
 *
 * Steps:
 *   1. Curated pairs: two passages in different articles that share an argument. Arguments are split
 *      by a hash of their id into a development half (for tuning) and a held-out test half; a pair is
 *      "test" only if every argument it shares is a test argument, else "dev".
 *   2. Each pair is asked both ways: for query passage A and linked passage B in article Y, rank the
 *      units of Y by score with A, leaving out other units also linked to A (filtered rank); a unit
 *      that shares no selective term with A is never a candidate and counts as unranked.
 *   3. hit@1 and hit@5 (B first / in the top five for Y), mean reciprocal rank, and precision of the
 *      query's top five suggestions over all other articles (share of them linked to A).
 *   4. The same for paragraph units (the paragraphs holding A and B), and for a plain TF-IDF cosine
 *      baseline (lower-case words, stop words dropped, no phrases, synonyms, stemming or pruning).
 * `tuneOnDev` searches engine settings by coordinate ascent on the dev pairs only.
 */
import type { Article } from '../article.ts';
import type { Passage } from '../tag-layer.ts';
import type { WordVectors } from './word-vectors.ts';
import { PLAIN_ANALYZER } from './tokenize.ts';
import {
  buildSimilarityIndex,
  suggest,
  DEFAULT_INDEX_OPTIONS,
  type IndexOptions,
  type SimilarityIndex,
  type SimilarityUnit,
} from './similarity-index.ts';

/** A curated passage, as the evaluation needs it. */
export interface CuratedPassage {
  id: string;
  article: string;
  text: string;
  /** Ids of the arguments it makes. */
  arguments: string[];
  /** Id of the paragraph (block) holding it, when known. */
  paragraph?: string;
  /** Text of that paragraph (the passage's context field). */
  context?: string;
}

/** Which half of the curated arguments. */
export type SplitName = 'dev' | 'test';

/** Two passages of different articles that share at least one argument (unordered, source first). */
export interface CuratedPair {
  source: string;
  target: string;
  arguments: string[];
  split: SplitName;
}

/** The metrics of one method on one split. */
export interface Metrics {
  /** Directed queries (pair × direction) scored. */
  queries: number;
  hitAt1: number;
  hitAt5: number;
  mrr: number;
  /** Mean precision of the top five suggestions, over query units with a link in this split. */
  precisionAt5: number;
}

/** One row of the evaluation table. */
export interface EvaluationRow {
  units: 'passages' | 'paragraphs';
  method: 'engine' | 'tfidf-baseline';
  split: SplitName;
  metrics: Metrics;
}

/** The whole evaluation. */
export interface EvaluationReport {
  /** How pairs were split. */
  protocol: string;
  passages: number;
  arguments: { dev: number; test: number };
  pairs: { dev: number; test: number };
  rows: EvaluationRow[];
  engineOptions: IndexOptions;
}

/**
 * What the evaluation reads: curated passages, optionally every body paragraph of the corpus, and
 * optionally word vectors (the engine fuses them at `vectorWeight`; the baseline never uses them).
 */
export interface EvaluationInput {
  passages: readonly CuratedPassage[];
  paragraphs?: readonly SimilarityUnit[];
  wordVectors?: WordVectors;
}

/** Plain TF-IDF cosine: the baseline the engine must beat. */
export const BASELINE_OPTIONS: IndexOptions = {
  analyzer: PLAIN_ANALYZER,
  weighting: 'tfidf',
  k1: 1.2,
  b: 0.75,
  idfPower: 1,
  phraseBoost: 1,
  maxDocFrequency: 1,
  maxPostings: Number.POSITIVE_INFINITY,
  contextWeight: 0,
  vectorWeight: 0,
  secondOrderWeight: 0,
  secondOrderNeighbours: 0,
  maxCandidateWork: Number.POSITIVE_INFINITY,
};

/** Split of an argument id: FNV-1a hash parity (stable, independent of order and of the texts). */
export function splitOfArgument(argumentId: string): SplitName {
  let h = 0x811c9dc5;
  for (let i = 0; i < argumentId.length; i++) {
    h ^= argumentId.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % 2 === 0 ? 'dev' : 'test';
}

/** Every curated pair of passages in different articles sharing an argument. */
export function curatedPairs(passages: readonly CuratedPassage[]): CuratedPair[] {
  const pairs: CuratedPair[] = [];
  for (let i = 0; i < passages.length; i++) {
    for (let j = i + 1; j < passages.length; j++) {
      const a = passages[i];
      const b = passages[j];
      if (!a || !b || a.article === b.article) continue;
      const shared = a.arguments.filter((x) => b.arguments.includes(x));
      if (shared.length === 0) continue;
      const split = shared.every((x) => splitOfArgument(x) === 'test') ? 'test' : 'dev';
      pairs.push({ source: a.id, target: b.id, arguments: shared, split });
    }
  }
  return pairs;
}

interface Query {
  /** Query unit id. */
  from: string;
  /** Linked unit id. */
  to: string;
  split: SplitName;
}

/** Ranks and precision for directed queries over one index; `relevant(a)` lists units linked to a. */
export function scoreQueries(
  index: SimilarityIndex,
  queries: readonly Query[],
  relevant: (unitId: string) => ReadonlySet<string>,
): Metrics {
  const cache = new Map<string, ReturnType<typeof suggest>>();
  const ranked = (id: string) => {
    let s = cache.get(id);
    if (!s) {
      s = suggest(index, id, { perArticle: Number.POSITIVE_INFINITY, limit: Number.POSITIVE_INFINITY });
      cache.set(id, s);
    }
    return s;
  };
  const article = (id: string) => index.units[index.position.get(id) ?? -1]?.article;
  let hit1 = 0;
  let hit5 = 0;
  let rr = 0;
  for (const q of queries) {
    const linked = relevant(q.from);
    const targetArticle = article(q.to);
    const list = ranked(q.from).filter(
      (s) => s.article === targetArticle && (s.target === q.to || !linked.has(s.target)),
    );
    const at = list.findIndex((s) => s.target === q.to);
    if (at < 0) continue;
    if (at === 0) hit1++;
    if (at < 5) hit5++;
    rr += 1 / (at + 1);
  }
  const sources = [...new Set(queries.map((q) => q.from))];
  let precision = 0;
  for (const id of sources) {
    const linked = relevant(id);
    const top = ranked(id).slice(0, 5);
    precision += top.filter((s) => linked.has(s.target)).length / 5;
  }
  const n = queries.length || 1;
  return {
    queries: queries.length,
    hitAt1: hit1 / n,
    hitAt5: hit5 / n,
    mrr: rr / n,
    precisionAt5: precision / (sources.length || 1),
  };
}

function passageQueries(pairs: readonly CuratedPair[], split: SplitName): Query[] {
  return pairs
    .filter((p) => p.split === split)
    .flatMap((p) => [
      { from: p.source, to: p.target, split },
      { from: p.target, to: p.source, split },
    ]);
}

function linkedPassages(passages: readonly CuratedPassage[]): Map<string, Set<string>> {
  const linked = new Map<string, Set<string>>(passages.map((p) => [p.id, new Set<string>()]));
  for (const p of curatedPairs(passages)) {
    linked.get(p.source)?.add(p.target);
    linked.get(p.target)?.add(p.source);
  }
  return linked;
}

function passageMetrics(
  passages: readonly CuratedPassage[],
  pairs: readonly CuratedPair[],
  options: IndexOptions,
  split: SplitName,
  wordVectors?: WordVectors,
): Metrics {
  const index = buildSimilarityIndex(
    passages.map((p) => ({ id: p.id, article: p.article, text: p.text, context: p.context })),
    options,
    wordVectors,
  );
  const linked = linkedPassages(passages);
  return scoreQueries(index, passageQueries(pairs, split), (id) => linked.get(id) ?? new Set());
}

function paragraphMetrics(
  passages: readonly CuratedPassage[],
  paragraphs: readonly SimilarityUnit[],
  pairs: readonly CuratedPair[],
  options: IndexOptions,
  split: SplitName,
  wordVectors?: WordVectors,
): Metrics {
  const paragraphOf = new Map(passages.map((p) => [p.id, p.paragraph]));
  const linked = new Map<string, Set<string>>();
  for (const p of pairs) {
    const a = paragraphOf.get(p.source);
    const b = paragraphOf.get(p.target);
    if (!a || !b) continue;
    if (!linked.has(a)) linked.set(a, new Set());
    if (!linked.has(b)) linked.set(b, new Set());
    linked.get(a)?.add(b);
    linked.get(b)?.add(a);
  }
  const seen = new Set<string>();
  const queries: Query[] = [];
  for (const q of passageQueries(pairs, split)) {
    const from = paragraphOf.get(q.from);
    const to = paragraphOf.get(q.to);
    if (!from || !to || seen.has(`${from} ${to}`)) continue;
    seen.add(`${from} ${to}`);
    queries.push({ from, to, split });
  }
  const index = buildSimilarityIndex(paragraphs, options, wordVectors);
  return scoreQueries(index, queries, (id) => linked.get(id) ?? new Set());
}

/** Runs the whole evaluation: engine and baseline, passages and (if given) paragraphs, dev and test. */
export function evaluateSuggestions(
  input: EvaluationInput,
  engine: Partial<IndexOptions> = {},
): EvaluationReport {
  const engineOptions: IndexOptions = { ...DEFAULT_INDEX_OPTIONS, ...engine };
  const pairs = curatedPairs(input.passages);
  const argumentIds = [...new Set(input.passages.flatMap((p) => p.arguments))];
  const rows: EvaluationRow[] = [];
  const methods = [
    ['engine', engineOptions],
    ['tfidf-baseline', BASELINE_OPTIONS],
  ] as const;
  for (const split of ['test', 'dev'] as const) {
    for (const [method, options] of methods) {
      rows.push({
        units: 'passages',
        method,
        split,
        metrics: passageMetrics(input.passages, pairs, options, split, input.wordVectors),
      });
    }
    if (input.paragraphs && input.paragraphs.length > 0) {
      for (const [method, options] of methods) {
        rows.push({
          units: 'paragraphs',
          method,
          split,
          metrics: paragraphMetrics(
            input.passages,
            input.paragraphs,
            pairs,
            options,
            split,
            input.wordVectors,
          ),
        });
      }
    }
  }
  return {
    protocol:
      'arguments split by FNV-1a hash parity of their id; engine settings tuned on dev pairs only, reported on held-out test pairs',
    passages: input.passages.length,
    arguments: {
      dev: argumentIds.filter((a) => splitOfArgument(a) === 'dev').length,
      test: argumentIds.filter((a) => splitOfArgument(a) === 'test').length,
    },
    pairs: {
      dev: pairs.filter((p) => p.split === 'dev').length,
      test: pairs.filter((p) => p.split === 'test').length,
    },
    rows,
    engineOptions,
  };
}

/** The dev objective: MRR plus half of hit@5. */
function objective(m: Metrics): number {
  return m.mrr + 0.5 * m.hitAt5;
}

/** Candidate values per setting for `tuneOnDev`. */
const TUNING_GRID: { [K in keyof IndexOptions]?: IndexOptions[K][] } = {
  weighting: ['bm25', 'tfidf'],
  k1: [0.6, 1.2, 2],
  b: [0, 0.4, 0.75, 1],
  idfPower: [1, 1.5, 2],
  phraseBoost: [1, 1.5, 2, 3],
  maxDocFrequency: [0.05, 0.1, 0.2, 0.4],
  contextWeight: [0, 0.1, 0.2, 0.35, 0.5],
  vectorWeight: [0, 0.1, 0.2, 0.3, 0.5],
  secondOrderWeight: [0, 0.1, 0.2, 0.3],
  secondOrderNeighbours: [10, 20, 40],
};

const ANALYZER_SWITCHES = ['phrases', 'synonyms', 'phraseWords', 'stemming', 'stopWords'] as const;

/** One step of the tuning trace. */
export interface TuningStep {
  setting: string;
  value: string;
  devScore: number;
}

/**
 * Coordinate ascent on the dev pairs only (test pairs are never looked at): two rounds over each
 * setting and analyser switch, keeping a change only if it raises MRR + hit@5 / 2 on dev.
 */
export function tuneOnDev(
  passages: readonly CuratedPassage[],
  start: IndexOptions = DEFAULT_INDEX_OPTIONS,
  wordVectors?: WordVectors,
): { options: IndexOptions; devScore: number; trace: TuningStep[] } {
  const pairs = curatedPairs(passages);
  const score = (o: IndexOptions) => objective(passageMetrics(passages, pairs, o, 'dev', wordVectors));
  let best = start;
  let bestScore = score(best);
  const trace: TuningStep[] = [{ setting: 'start', value: '', devScore: bestScore }];
  for (let round = 0; round < 2; round++) {
    for (const [key, values] of Object.entries(TUNING_GRID)) {
      for (const value of values ?? []) {
        const candidate = { ...best, [key]: value } as IndexOptions;
        const s = score(candidate);
        if (s > bestScore + 1e-9) {
          [best, bestScore] = [candidate, s];
          trace.push({ setting: key, value: String(value), devScore: s });
        }
      }
    }
    for (const key of ANALYZER_SWITCHES) {
      const candidate = { ...best, analyzer: { ...best.analyzer, [key]: !best.analyzer[key] } };
      const s = score(candidate);
      if (s > bestScore + 1e-9) {
        [best, bestScore] = [candidate, s];
        trace.push({ setting: `analyzer.${key}`, value: String(candidate.analyzer[key]), devScore: s });
      }
    }
  }
  return { options: best, devScore: bestScore, trace };
}

/** Curated passages from a compiled tag layer, with the paragraph (block) that holds each and its text. */
export function curatedPassagesFromLayer(
  passages: readonly Pick<Passage, 'id' | 'article' | 'exact' | 'arguments' | 'blockId'>[],
  articles: readonly Article[],
): CuratedPassage[] {
  const blocks = new Map(articles.flatMap((a) => a.blocks.map((b) => [b.id, b.text] as const)));
  return passages.map((p) => ({
    id: p.id,
    article: p.article,
    text: p.exact,
    arguments: [...p.arguments],
    paragraph: p.blockId,
    context: blocks.get(p.blockId),
  }));
}
