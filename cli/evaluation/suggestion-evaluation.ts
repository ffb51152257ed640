/**
 * Honest evaluation of the suggestions against the curated tag layer.
 *
 * Steps:
 *   1. Curated pairs (curated-pairs.ts): two passages in different articles that share an argument,
 *      in the dev or held-out test half of the arguments.
 *   2. Each pair is asked both ways: for query passage A and linked passage B in article Y, rank the
 *      units of Y by score with A, leaving out other units also linked to A (filtered rank); a unit
 *      that shares no selective term with A is never a candidate and counts as unranked.
 *   3. hit@1, hit@3 and hit@5 (B first / in the top three / in the top five for Y: the reader shows
 *      three per article), mean reciprocal rank, and precision of the query's top five suggestions
 *      over all other articles (share of them linked to A).
 *   4. The same for paragraph units (the paragraphs holding A and B), for a plain TF-IDF cosine
 *      baseline (lower-case words, stop words dropped; no vocabulary, stemming, pruning or vectors),
 *      and, on passages, for the engine without the corpus vocabulary (what another corpus gets).
 * `tuneOnDev` (tune-suggestions.ts) searches engine settings on the dev pairs only.
 */
import { PLAIN_ANALYZER } from '../../src/model/similarity/analyze.ts';
import {
  buildSimilarityIndex,
  DEFAULT_INDEX_OPTIONS,
  type IndexOptions,
  type SimilarityIndex,
  type SimilarityResources,
  type SimilarityUnit,
} from '../../src/model/similarity/similarity-index.ts';
import { suggest } from '../../src/model/similarity/similarity-query.ts';
import {
  curatedPairs,
  splitOfArgument,
  type CuratedPair,
  type CuratedPassage,
  type SplitName,
} from './curated-pairs.ts';

/** The metrics of one method on one split. */
export interface Metrics {
  /** Directed queries (pair × direction) scored. */
  queries: number;
  /** Share of queries whose partner is first in its article. */
  hitAt1: number;
  /** Share of queries whose partner is among the first three in its article (what the reader shows). */
  hitAt3: number;
  /** Share of queries whose partner is among the first five in its article. */
  hitAt5: number;
  mrr: number;
  /** Mean precision of the top five suggestions, over query units with a link in this split. */
  precisionAt5: number;
}

/** One row of the evaluation table. */
export interface EvaluationRow {
  units: 'passages' | 'paragraphs';
  /** `engine-without-vocabulary`: the engine as another corpus without a vocabulary file gets it. */
  method: 'engine' | 'engine-without-vocabulary' | 'tfidf-baseline';
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
 * optionally the corpus vocabulary and word vectors (the engine uses them; the baseline never does).
 */
export interface EvaluationInput {
  passages: readonly CuratedPassage[];
  paragraphs?: readonly SimilarityUnit[];
  resources?: SimilarityResources;
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
  let hit3 = 0;
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
    if (at < 3) hit3++;
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
    hitAt3: hit3 / n,
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

/** The metrics of one method on the curated passages, per split asked for (one index for all). */
export function passageMetrics(
  passages: readonly CuratedPassage[],
  pairs: readonly CuratedPair[],
  options: IndexOptions,
  splits: readonly SplitName[],
  resources: SimilarityResources,
): Map<SplitName, Metrics> {
  const index = buildSimilarityIndex(
    passages.map((p) => ({ id: p.id, article: p.article, text: p.text, context: p.context })),
    options,
    resources,
  );
  const linked = linkedPassages(passages);
  return new Map(
    splits.map((split) => [
      split,
      scoreQueries(index, passageQueries(pairs, split), (id) => linked.get(id) ?? new Set()),
    ]),
  );
}

function paragraphMetrics(
  passages: readonly CuratedPassage[],
  paragraphs: readonly SimilarityUnit[],
  pairs: readonly CuratedPair[],
  options: IndexOptions,
  splits: readonly SplitName[],
  resources: SimilarityResources,
): Map<SplitName, Metrics> {
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
  const index = buildSimilarityIndex(paragraphs, options, resources);
  return new Map(
    splits.map((split) => {
      const seen = new Set<string>();
      const queries: Query[] = [];
      for (const q of passageQueries(pairs, split)) {
        const from = paragraphOf.get(q.from);
        const to = paragraphOf.get(q.to);
        if (!from || !to || seen.has(`${from} ${to}`)) continue;
        seen.add(`${from} ${to}`);
        queries.push({ from, to, split });
      }
      return [split, scoreQueries(index, queries, (id) => linked.get(id) ?? new Set())];
    }),
  );
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
  const given = input.resources ?? {};
  const methods = [
    ['engine', engineOptions, given],
    ['tfidf-baseline', BASELINE_OPTIONS, {}],
  ] as const;
  const withoutVocabulary = given.vocabulary
    ? ([['engine-without-vocabulary', engineOptions, { ...given, vocabulary: undefined }]] as const)
    : [];
  const splits = ['test', 'dev'] as const;
  const passageRows = [...methods, ...withoutVocabulary].map(
    ([method, options, resources]) =>
      [method, passageMetrics(input.passages, pairs, options, splits, resources)] as const,
  );
  const paragraphs = input.paragraphs ?? [];
  const paragraphRows =
    paragraphs.length > 0
      ? methods.map(
          ([method, options, resources]) =>
            [
              method,
              paragraphMetrics(input.passages, paragraphs, pairs, options, splits, resources),
            ] as const,
        )
      : [];
  for (const split of splits) {
    for (const [method, metrics] of passageRows)
      rows.push({ units: 'passages', method, split, metrics: metrics.get(split) as Metrics });
    for (const [method, metrics] of paragraphRows)
      rows.push({ units: 'paragraphs', method, split, metrics: metrics.get(split) as Metrics });
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
