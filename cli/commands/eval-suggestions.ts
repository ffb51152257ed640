/**
 * `corpus eval-suggestions [--json] [tune]`: how well the similarity engine finds the curated links,
 * against a plain TF-IDF baseline, on held-out arguments (see cli/evaluation/suggestion-evaluation.ts),
 * and how well the argument recommender finds each curated passage's hidden arguments, against its own
 * plain TF-IDF baseline (cli/evaluation/recommender-evaluation.ts).
 * With `tune`, first re-runs the coordinate-ascent searches on the dev pairs and evaluates their result.
 * Uses annotations/vocabulary.json and corpus/word-vectors.json when present (`vectors: false`
 * evaluates without the vectors).
 */
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';
import { WORD_VECTORS_PATH } from '../../src/data/read-corpus-files.ts';
import { VOCABULARY_PATH } from '../../src/data/vocabulary-file.ts';
import type { SimilarityResources } from '../../src/model/similarity/similarity-index.ts';
import { paragraphUnits } from '../../src/model/similarity/units.ts';
import { curatedPassagesFromLayer } from '../evaluation/curated-pairs.ts';
import {
  evaluateSuggestions,
  type EvaluationReport,
  type EvaluationRow,
  type Metrics,
} from '../evaluation/suggestion-evaluation.ts';
import { tuneOnDev, type TuningStep } from '../evaluation/tune-suggestions.ts';
import {
  evaluateRecommender,
  samePointMetrics,
  tuneRecommenderOnDev,
  type RecommenderRow,
  type RecommenderTuningStep,
} from '../evaluation/recommender-evaluation.ts';
import {
  DEFAULT_RECOMMENDER_OPTIONS,
  type RecommenderOptions,
} from '../../src/model/similarity/argument-recommender.ts';

/** Sinks for the command's output. */
export interface EvalIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

const METRICS: [label: string, of: (m: Metrics) => number][] = [
  ['hit@1', (m) => m.hitAt1],
  ['hit@3', (m) => m.hitAt3],
  ['hit@5', (m) => m.hitAt5],
  ['MRR', (m) => m.mrr],
  ['P@5', (m) => m.precisionAt5],
];

/** One block per split and unit, one column per method: the baseline beside the engine. */
function table(rows: readonly EvaluationRow[]): string[] {
  const lines: string[] = [];
  const groups = new Map<string, EvaluationRow[]>();
  for (const r of rows) {
    const key = `${r.split === 'test' ? 'held-out (test)' : 'dev'} ${r.units}`;
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  for (const [key, group] of groups) {
    const title = `${key}, ${group[0]?.metrics.queries ?? 0} queries`;
    const width = (r: EvaluationRow) => Math.max(r.method.length, 5) + 2;
    lines.push(title + group.map((r) => r.method.padStart(width(r))).join(''));
    for (const [label, of] of METRICS)
      lines.push(
        `  ${label}`.padEnd(title.length) +
          group.map((r) => of(r.metrics).toFixed(3).padStart(width(r))).join(''),
      );
    lines.push('');
  }
  return lines;
}

/** The argument recommender's evaluation: its rows, the settings used and the tuning trace if tuned. */
export interface RecommenderReport {
  /** Curated arguments, and (passage, argument) pairs asked per half. */
  arguments: number;
  rows: RecommenderRow[];
  /** Passages offered when a reader saves an annotation (`samePointPassages`), per half. */
  samePoint?: { split: 'test' | 'dev'; metrics: RecommenderRow['metrics'] }[];
  options: RecommenderOptions;
  tuning?: RecommenderTuningStep[];
}

/** The recommender's block: one line per half, one column per method. */
export function formatRecommender(report: RecommenderReport): string {
  const methods = [...new Set(report.rows.map((r) => r.method))];
  const width = (m: string) => Math.max(m.length, 5) + 2;
  const lines = [
    `Argument suggestions (the editor's three): each curated passage's arguments hidden, ${report.arguments} ` +
      'arguments ranked for it (the passage itself left out of every argument); ' +
      "hit@k: the hidden argument among the first k (the passage's other arguments left out of the ranking).",
  ];
  for (const split of ['test', 'dev'] as const) {
    const rows = report.rows.filter((r) => r.split === split);
    const title = `${split === 'test' ? 'held-out (test)' : 'dev'} arguments, ${rows[0]?.metrics.queries ?? 0} passage-argument pairs`;
    lines.push(title + methods.map((m) => m.padStart(width(m))).join(''));
    for (const [label, of] of [
      ['hit@1', (r: RecommenderRow) => r.metrics.hitAt1],
      ['hit@3', (r: RecommenderRow) => r.metrics.hitAt3],
      ['MRR', (r: RecommenderRow) => r.metrics.mrr],
    ] as const)
      lines.push(
        `  ${label}`.padEnd(title.length) +
          methods
            .map((m) =>
              (of(rows.find((r) => r.method === m) as RecommenderRow) ?? 0).toFixed(3).padStart(width(m)),
            )
            .join(''),
      );
    lines.push('');
  }
  if (report.samePoint) {
    lines.push(
      'Passages offered when a reader saves an annotation (through the recommended arguments): each curated pair ' +
        'asked both ways, the query passage standing for the new annotation (its arguments hidden); hit@k: the ' +
        'partner among the first k in its article (the reader is offered 3).',
    );
    for (const { split, metrics } of report.samePoint)
      lines.push(
        `  ${split === 'test' ? 'held-out (test)' : 'dev'}, ${metrics.queries} queries: hit@1 ${metrics.hitAt1.toFixed(3)}, ` +
          `hit@3 ${metrics.hitAt3.toFixed(3)}, MRR ${metrics.mrr.toFixed(3)}`,
      );
    lines.push('');
  }
  const { analyzer, ...rest } = report.options;
  lines.push(`Recommender settings: ${JSON.stringify(rest)} analyzer ${JSON.stringify(analyzer)}`);
  if (report.tuning) {
    lines.push('', 'Recommender tuning on dev (coordinate ascent, dev hit@1 + hit@3):');
    for (const t of report.tuning)
      lines.push(`  ${t.setting} ${t.value} → dev score ${t.devScore.toFixed(3)}`);
  }
  return lines.join('\n');
}

/** The report as plain text: what was used, then the figures with the baseline beside the engine. */
export function formatEvaluation(
  report: EvaluationReport,
  resources: SimilarityResources,
  trace?: TuningStep[],
): string {
  const { wordVectors, vocabulary } = resources;
  const lines = [
    `Protocol: ${report.protocol}.`,
    `Word vectors: ${wordVectors ? `${WORD_VECTORS_PATH} (${wordVectors.vectors.size} words)` : 'none'}.`,
    `Vocabulary: ${vocabulary ? `${VOCABULARY_PATH} (${vocabulary.patterns.length} patterns)` : 'none'}.`,
    `${report.passages} curated passages; arguments dev ${report.arguments.dev} / test ${report.arguments.test}; ` +
      `pairs dev ${report.pairs.dev} / test ${report.pairs.test} (each asked both ways).`,
    'hit@k: the curated partner among the first k suggestions in its own article (others linked to the ' +
      'query left out); MRR: mean reciprocal of that rank; P@5: share of the five best suggestions over ' +
      'all other articles that are curated partners.',
    '',
    ...table(report.rows),
  ];
  const { analyzer, ...weights } = report.engineOptions;
  lines.push(`Engine settings: ${JSON.stringify(weights)} analyzer ${JSON.stringify(analyzer)}`);
  if (trace) {
    lines.push('', 'Tuning on dev (coordinate ascent):');
    for (const t of trace) lines.push(`  ${t.setting} ${t.value} → dev score ${t.devScore.toFixed(3)}`);
  }
  return lines.join('\n');
}

/** Runs the command on a compiled corpus and the engine's resources; returns the exit code. */
export function runEvalSuggestions(
  corpus: CompiledCorpus,
  resources: SimilarityResources,
  options: { json: boolean; tune: boolean },
  io: EvalIo,
): number {
  const passages = curatedPassagesFromLayer(corpus.tagLayer.passages, corpus.articles);
  if (!passages.some((p) => p.arguments.length > 0)) {
    io.err('No curated passages with arguments yet (annotations/<article>.json): nothing to evaluate.');
    return 1;
  }
  const tuned = options.tune ? tuneOnDev(passages, undefined, resources) : undefined;
  const report = evaluateSuggestions(
    { passages, paragraphs: paragraphUnits(corpus.articles), resources },
    tuned?.options ?? {},
  );
  const recommender = recommenderReport(corpus, passages, resources, options.tune);
  io.out(
    options.json
      ? JSON.stringify(
          {
            ...report,
            wordVectors: resources.wordVectors?.vectors.size ?? 0,
            tuning: tuned?.trace,
            recommender,
          },
          null,
          2,
        )
      : `${formatEvaluation(report, resources, tuned?.trace)}\n\n${formatRecommender(recommender)}`,
  );
  return 0;
}

/** The argument recommender's rows (tuned on dev first when asked). */
function recommenderReport(
  corpus: CompiledCorpus,
  passages: ReturnType<typeof curatedPassagesFromLayer>,
  resources: SimilarityResources,
  tune: boolean,
): RecommenderReport {
  const input = { arguments: corpus.tagLayer.arguments, passages, vocabulary: resources.vocabulary };
  const tuned = tune ? tuneRecommenderOnDev(input) : undefined;
  const used = tuned?.options ?? DEFAULT_RECOMMENDER_OPTIONS;
  return {
    arguments: corpus.tagLayer.arguments.length,
    rows: evaluateRecommender(input, used),
    samePoint: [...samePointMetrics(input, used)].map(([split, metrics]) => ({ split, metrics })),
    options: used,
    ...(tuned ? { tuning: tuned.trace } : {}),
  };
}
