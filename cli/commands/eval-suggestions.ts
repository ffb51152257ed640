/**
 * `corpus eval-suggestions [--json] [tune]`: how well the similarity engine finds the curated links,
 * against a plain TF-IDF baseline, on held-out arguments (see cli/evaluation/suggestion-evaluation.ts).
 * With `tune`, first re-runs the coordinate-ascent search on the dev pairs and evaluates its result.
 * Uses annotations/vocabulary.json and corpus/word-vectors.json when present (`vectors: false`
 * evaluates without the vectors).
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.ts';
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';
import { curatedPassagesFromLayer, type CuratedPassage } from '../evaluation/curated-pairs.ts';
import { evaluateSuggestions, type EvaluationReport } from '../evaluation/suggestion-evaluation.ts';
import { tuneOnDev, type TuningStep } from '../evaluation/tune-suggestions.ts';
import { paragraphUnits } from '../../src/model/similarity/units.ts';
import type { CompiledVocabulary } from '../../src/model/similarity/vocabulary.ts';
import type { WordVectors } from '../../src/model/similarity/word-vectors.ts';
import { readWordVectors } from '../../src/data/compile-corpus.ts';
import { WORD_VECTORS_PATH } from '../../src/data/read-corpus-files.ts';
import { VOCABULARY_PATH, readVocabulary } from '../../src/data/vocabulary-file.ts';

/** Sinks for the command's output. */
export interface EvalIo {
  out: (s: string) => void;
  err: (s: string) => void;
}

/**
 * Curated passages: from the compiled tag layer when it has any, else straight from
 * `annotations/<article>.json`, each quote found with `article.text.indexOf(exact)`.
 */
export function loadCuratedPassages(root: string, corpus: CompiledCorpus): CuratedPassage[] {
  if (corpus.tagLayer.passages.length > 0)
    return curatedPassagesFromLayer(corpus.tagLayer.passages, corpus.articles);
  const dir = join(root, 'annotations');
  if (!existsSync(dir)) return [];
  const articles = new Map(corpus.articles.map((a) => [a.meta.id, a]));
  const out: CuratedPassage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const article = articles.get(name.replace(/\.json$/, ''));
    if (!name.endsWith('.json') || !article) continue;
    out.push(...passagesOfFile(JSON.parse(readFileSync(join(dir, name), 'utf8')) as unknown, article));
  }
  return out;
}

function passagesOfFile(data: unknown, article: Article): CuratedPassage[] {
  const passages = (data as { passages?: unknown }).passages;
  if (!Array.isArray(passages)) return [];
  const out: CuratedPassage[] = [];
  for (const raw of passages as unknown[]) {
    const p = raw as { id?: unknown; arguments?: unknown; target?: { selector?: unknown } };
    const selectors = Array.isArray(p.target?.selector) ? (p.target.selector as unknown[]) : [];
    const exact = selectors
      .map((s) => (s as { exact?: unknown }).exact)
      .find((e): e is string => typeof e === 'string');
    if (typeof p.id !== 'string' || !exact) continue;
    const start = article.text.indexOf(exact);
    if (start < 0) continue;
    const block = article.blocks.find((b) => b.start <= start && start < b.end);
    out.push({
      id: p.id,
      article: article.meta.id,
      text: exact,
      arguments: Array.isArray(p.arguments)
        ? p.arguments.filter((a): a is string => typeof a === 'string')
        : [],
      paragraph: block?.id,
      context: block?.text,
    });
  }
  return out;
}

/** The committed word vectors under `root`, if present and readable. */
export function loadWordVectors(root: string): WordVectors | undefined {
  const path = join(root, WORD_VECTORS_PATH);
  if (!existsSync(path)) return undefined;
  return readWordVectors({ path: WORD_VECTORS_PATH, content: readFileSync(path, 'utf8') }, []);
}

/** The corpus vocabulary under `root`, if present and valid. */
export function loadVocabulary(root: string): CompiledVocabulary | undefined {
  const path = join(root, VOCABULARY_PATH);
  if (!existsSync(path)) return undefined;
  return readVocabulary({ path: VOCABULARY_PATH, content: readFileSync(path, 'utf8') }, []);
}

const pct = (x: number) => x.toFixed(3);

/** The report as a plain-text table. */
export function formatEvaluation(
  report: EvaluationReport,
  trace?: TuningStep[],
  wordVectors?: WordVectors,
  vocabulary?: CompiledVocabulary,
): string {
  const lines = [
    `Protocol: ${report.protocol}.`,
    `Word vectors: ${wordVectors ? `${WORD_VECTORS_PATH} (${wordVectors.vectors.size} words)` : 'none'}.`,
    `Vocabulary: ${vocabulary ? `${VOCABULARY_PATH} (${vocabulary.patterns.length} patterns)` : 'none'}.`,
    `${report.passages} curated passages; arguments dev ${report.arguments.dev} / test ${report.arguments.test}; ` +
      `pairs dev ${report.pairs.dev} / test ${report.pairs.test} (each asked both ways).`,
    '',
    'split  units       method           queries  hit@1  hit@5  MRR    P@5',
  ];
  for (const r of report.rows) {
    const m = r.metrics;
    lines.push(
      `${r.split.padEnd(6)} ${r.units.padEnd(11)} ${r.method.padEnd(16)} ${String(m.queries).padStart(7)}  ` +
        `${pct(m.hitAt1)}  ${pct(m.hitAt5)}  ${pct(m.mrr)}  ${pct(m.precisionAt5)}`,
    );
  }
  const { analyzer, ...weights } = report.engineOptions;
  lines.push('', `Engine settings: ${JSON.stringify(weights)} analyzer ${JSON.stringify(analyzer)}`);
  if (trace) {
    lines.push('', 'Tuning on dev (coordinate ascent):');
    for (const t of trace) lines.push(`  ${t.setting} ${t.value} → dev score ${t.devScore.toFixed(3)}`);
  }
  return lines.join('\n');
}

/** Runs the command; returns the exit code. */
export function runEvalSuggestions(
  root: string,
  corpus: CompiledCorpus,
  options: { json: boolean; tune: boolean; vectors?: boolean },
  io: EvalIo,
): number {
  const passages = loadCuratedPassages(root, corpus);
  const linkedArguments = passages.filter((p) => p.arguments.length > 0);
  if (linkedArguments.length === 0) {
    io.err('No curated passages with arguments yet (annotations/<article>.json): nothing to evaluate.');
    return 1;
  }
  const wordVectors = options.vectors === false ? undefined : loadWordVectors(root);
  const vocabulary = loadVocabulary(root);
  const resources = { wordVectors, vocabulary };
  const tuned = options.tune ? tuneOnDev(passages, undefined, resources) : undefined;
  const report = evaluateSuggestions(
    { passages, paragraphs: paragraphUnits(corpus.articles), resources },
    tuned?.options ?? {},
  );
  io.out(
    options.json
      ? JSON.stringify(
          { ...report, wordVectors: wordVectors?.vectors.size ?? 0, tuning: tuned?.trace },
          null,
          2,
        )
      : formatEvaluation(report, tuned?.trace, wordVectors, vocabulary),
  );
  return 0;
}
