/**
 * Honest evaluation of the argument recommender (src/model/similarity/argument-recommender.ts)
 * against the curated tag layer.
 *
 * Protocol:
 *   1. Every curated passage with arguments is a query: its arguments are hidden (the passage is left
 *      out of every argument's passages, so it never votes for its own) and all arguments are ranked
 *      for its text and paragraph.
 *   2. Each (passage, argument) pair is scored in the half of its argument (curated-pairs.ts: FNV-1a
 *      parity of the argument id; dev for tuning, test held out). Its rank is filtered: the passage's
 *      other arguments ahead of it are not counted as misses. hit@1 / hit@3: it is first / among the
 *      three the editor shows; MRR: mean reciprocal rank.
 *   3. The same for a plain TF-IDF baseline (lower-case words, stop words dropped, no vocabulary, no
 *      stemming, no context; each argument one document: its statement and passages' text), and for
 *      the recommender without the corpus vocabulary (what another corpus gets).
 * `tuneRecommenderOnDev` searches settings on dev pairs only (coordinate ascent, two rounds, keeping a
 * change only if dev hit@1 + hit@3 rises: what matters is the right argument in the editor's three,
 * first if possible). The held-out half is never looked at while tuning.
 */
import { PLAIN_ANALYZER } from '../../src/model/similarity/analyze.ts';
import {
  buildArgumentRecommender,
  rankArguments,
  DEFAULT_RECOMMENDER_OPTIONS,
  type RecommendableArgument,
  type RecommenderOptions,
} from '../../src/model/similarity/argument-recommender.ts';
import type { CompiledVocabulary } from '../../src/model/similarity/vocabulary.ts';
import { samePointPassages } from '../../src/model/similarity/same-point.ts';
import { curatedPairs, splitOfArgument, type CuratedPassage, type SplitName } from './curated-pairs.ts';

/** Plain TF-IDF: each argument one document (statement and passages), cosine with the passage's words. */
export const RECOMMENDER_BASELINE: RecommenderOptions = {
  analyzer: PLAIN_ANALYZER,
  weighting: 'tfidf',
  k1: 1.2,
  b: 0.75,
  idfPower: 1,
  phraseBoost: 1,
  contextWeight: 0,
  statementWeight: 0,
  aggregate: 'document',
  topPassages: 1,
};

/** Figures of one method on one half. */
export interface RecommenderMetrics {
  /** (passage, argument) pairs asked. */
  queries: number;
  hitAt1: number;
  hitAt3: number;
  mrr: number;
}

/** One row of the recommender's table. */
export interface RecommenderRow {
  method: 'recommender' | 'recommender-without-vocabulary' | 'tfidf-baseline';
  split: SplitName;
  metrics: RecommenderMetrics;
}

/** What the recommender evaluation reads. */
export interface RecommenderEvaluationInput {
  arguments: readonly RecommendableArgument[];
  passages: readonly CuratedPassage[];
  vocabulary?: CompiledVocabulary;
}

/** Running counts of one half: queries, answers ranked first, in the top 3, and reciprocal ranks summed. */
interface RankTotals {
  queries: number;
  hit1: number;
  hit3: number;
  rr: number;
}

function emptyTotals(): RankTotals {
  return { queries: 0, hit1: 0, hit3: 0, rr: 0 };
}

/** Counts one query whose answer is at 0-based rank `at` (−1: not ranked). */
function countRank(t: RankTotals, at: number): void {
  t.queries++;
  if (at === 0) t.hit1++;
  if (at >= 0 && at < 3) t.hit3++;
  if (at >= 0) t.rr += 1 / (at + 1);
}

/** Each half's hit@1, hit@3 and MRR from its counts. */
function metricsOf(totals: ReadonlyMap<SplitName, RankTotals>): Map<SplitName, RecommenderMetrics> {
  return new Map(
    [...totals].map(([split, t]) => {
      const n = t.queries || 1;
      return [split, { queries: t.queries, hitAt1: t.hit1 / n, hitAt3: t.hit3 / n, mrr: t.rr / n }];
    }),
  );
}

/** The recommender's figures per half, for one setting (one build, every passage asked once). */
export function recommenderMetrics(
  input: RecommenderEvaluationInput,
  options: RecommenderOptions,
  vocabulary: CompiledVocabulary | undefined,
  splits: readonly SplitName[],
): Map<SplitName, RecommenderMetrics> {
  const rec = buildArgumentRecommender(input.arguments, input.passages, options, vocabulary);
  const known = new Set(input.arguments.map((a) => a.id));
  const totals = new Map(splits.map((s) => [s, emptyTotals()]));
  for (const p of input.passages) {
    const own = p.arguments.filter((a) => known.has(a));
    const asked = own.filter((a) => totals.has(splitOfArgument(a)));
    if (asked.length === 0) continue;
    const ranked = rankArguments(rec, { text: p.text, context: p.context, exclude: p.id });
    for (const a of asked) {
      const t = totals.get(splitOfArgument(a));
      if (!t) continue;
      // Filtered rank: the passage's other arguments ahead of this one are not misses.
      const list = ranked.filter((r) => r.argument === a || !own.includes(r.argument));
      const at = list.findIndex((r) => r.argument === a);
      countRank(t, at);
    }
  }
  return metricsOf(totals);
}

/** The recommender, the plain TF-IDF baseline and (with a vocabulary) the recommender without it, per half. */
export function evaluateRecommender(
  input: RecommenderEvaluationInput,
  options: RecommenderOptions = DEFAULT_RECOMMENDER_OPTIONS,
): RecommenderRow[] {
  const splits = ['test', 'dev'] as const;
  const methods: [RecommenderRow['method'], RecommenderOptions, CompiledVocabulary | undefined][] = [
    ['recommender', options, input.vocabulary],
    ['tfidf-baseline', RECOMMENDER_BASELINE, undefined],
    ...(input.vocabulary
      ? [
          ['recommender-without-vocabulary', options, undefined] as [
            RecommenderRow['method'],
            RecommenderOptions,
            undefined,
          ],
        ]
      : []),
  ];
  const results = methods.map(([method, o, v]) => [method, recommenderMetrics(input, o, v, splits)] as const);
  return splits.flatMap((split) =>
    results.map(([method, m]) => ({ method, split, metrics: m.get(split) as RecommenderMetrics })),
  );
}

/** Candidate values per setting for `tuneRecommenderOnDev`. */
const GRID: { [K in keyof RecommenderOptions]?: RecommenderOptions[K][] } = {
  aggregate: ['best', 'centroid', 'document'],
  statementWeight: [0, 0.15, 0.3, 0.45, 0.6],
  topPassages: [1, 2, 3],
  contextWeight: [0, 0.2, 0.35, 0.5],
  weighting: ['tfidf', 'bm25'],
  idfPower: [1, 1.5, 2],
  phraseBoost: [1, 2, 3],
};

const SWITCHES = ['phrases', 'synonyms', 'stemming', 'stopWords'] as const;

/** One accepted step of the tuning. */
export interface RecommenderTuningStep {
  setting: string;
  value: string;
  devScore: number;
}

/** Coordinate ascent on dev pairs only (see the top of the file); returns the settings and their trace. */
export function tuneRecommenderOnDev(
  input: RecommenderEvaluationInput,
  start: RecommenderOptions = DEFAULT_RECOMMENDER_OPTIONS,
): { options: RecommenderOptions; devScore: number; trace: RecommenderTuningStep[] } {
  const score = (o: RecommenderOptions) => {
    const m = recommenderMetrics(input, o, input.vocabulary, ['dev']).get('dev');
    return m ? m.hitAt1 + m.hitAt3 : 0;
  };
  let best = start;
  let bestScore = score(best);
  const trace: RecommenderTuningStep[] = [{ setting: 'start', value: '', devScore: bestScore }];
  const tryCandidate = (candidate: RecommenderOptions, setting: string, value: string) => {
    const s = score(candidate);
    if (s > bestScore + 1e-9) {
      [best, bestScore] = [candidate, s];
      trace.push({ setting, value, devScore: s });
    }
  };
  for (let round = 0; round < 2; round++) {
    for (const [key, values] of Object.entries(GRID))
      for (const value of values ?? [])
        tryCandidate({ ...best, [key]: value } as RecommenderOptions, key, String(value));
    for (const key of SWITCHES)
      tryCandidate(
        { ...best, analyzer: { ...best.analyzer, [key]: !best.analyzer[key] } },
        `analyzer.${key}`,
        String(!best.analyzer[key]),
      );
  }
  return { options: best, devScore: bestScore, trace };
}

/**
 * How well `samePointPassages` (the passages offered when a reader saves an annotation) finds curated
 * partners: each curated pair asked both ways, the query passage's text standing for a reader's new
 * annotation (left out of every argument, so its own arguments are hidden); the partner's rank among
 * its article's passages (others linked to the query left out). hit@1 / hit@3: first / among the three
 * offered per article. Pairs in their half as in the suggestion evaluation (curated-pairs.ts).
 */
export function samePointMetrics(
  input: RecommenderEvaluationInput,
  options: RecommenderOptions = DEFAULT_RECOMMENDER_OPTIONS,
): Map<SplitName, RecommenderMetrics> {
  const rec = buildArgumentRecommender(input.arguments, input.passages, options, input.vocabulary);
  const byId = new Map(input.passages.map((p) => [p.id, p]));
  const pairs = curatedPairs(input.passages);
  const linked = new Map<string, Set<string>>();
  for (const p of pairs) {
    for (const [a, b] of [
      [p.source, p.target],
      [p.target, p.source],
    ] as const) {
      if (!linked.has(a)) linked.set(a, new Set());
      linked.get(a)?.add(b);
    }
  }
  const totals = new Map<SplitName, RankTotals>([
    ['test', emptyTotals()],
    ['dev', emptyTotals()],
  ]);
  for (const pair of pairs) {
    for (const [a, b] of [
      [pair.source, pair.target],
      [pair.target, pair.source],
    ] as const) {
      const from = byId.get(a);
      const to = byId.get(b);
      const t = totals.get(pair.split);
      if (!from || !to || !t) continue;
      const others = new Set([...(linked.get(a) ?? [])].filter((x) => x !== b));
      const ranked = samePointPassages(rec, { text: from.text, exclude: a }, [to.article], {
        perArticle: Number.POSITIVE_INFINITY,
        exclude: new Set([a, ...others]),
      });
      const at = ranked.findIndex((m) => m.passage === b);
      countRank(t, at);
    }
  }
  return metricsOf(totals);
}
