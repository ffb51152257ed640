/**
 * `corpus eval-suggestions [--json] [tune]`: how well the similarity engine finds the curated links,
 * against a plain TF-IDF baseline, on held-out arguments (see cli/evaluation/suggestion-evaluation.ts).
 * With `tune`, first re-runs the coordinate-ascent search on the dev pairs and evaluates its result.
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
  io.out(
    options.json
      ? JSON.stringify(
          { ...report, wordVectors: resources.wordVectors?.vectors.size ?? 0, tuning: tuned?.trace },
          null,
          2,
        )
      : formatEvaluation(report, resources, tuned?.trace),
  );
  return 0;
}
