/**
 * Tuning of the suggestion engine on the development half of the curated arguments only (the
 * held-out half is never looked at): coordinate ascent over the settings below, keeping a change
 * only if it raises the dev objective, MRR + hit@5 / 2 (MRR rewards the first rank, hit@5 what a
 * reader sees in the list).
 */
import {
  DEFAULT_INDEX_OPTIONS,
  type IndexOptions,
  type SimilarityResources,
} from '../../src/model/similarity/similarity-index.ts';
import { curatedPairs, type CuratedPassage } from './curated-pairs.ts';
import { passageMetrics, type Metrics } from './suggestion-evaluation.ts';

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
  resources: SimilarityResources = {},
): { options: IndexOptions; devScore: number; trace: TuningStep[] } {
  const pairs = curatedPairs(passages);
  const score = (o: IndexOptions) =>
    objective(passageMetrics(passages, pairs, o, ['dev'], resources).get('dev') as Metrics);
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
