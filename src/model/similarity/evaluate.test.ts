import { describe, it, expect } from 'vitest';
import { readWordVectors } from '../../data/compile-corpus.ts';
import { realCompiled, realCorpusFiles } from '../../../tests/corpus/corpus-files.ts';
import {
  curatedPairs,
  curatedPassagesFromLayer,
  evaluateSuggestions,
  splitOfArgument,
  type CuratedPassage,
} from './evaluate.ts';
import { paragraphUnits } from './units.ts';

// Real corpus sentences, with arguments assigned by hand for this test only.
const FIXTURE: CuratedPassage[] = [
  {
    id: 'f1',
    article: 'fto-lethal-force-legality',
    text: 'Article 51 provides an exception for self-defense.',
    arguments: ['self-defense-a51'],
  },
  {
    id: 'j1',
    article: 'just-security-self-sabotage',
    text: 'Article 51 of the Charter also provides that the treaty does “impair the inherent right of individual or collective self-defence” in the event of an armed attack.',
    arguments: ['self-defense-a51'],
  },
  {
    id: 'j2',
    article: 'just-security-self-sabotage',
    text: 'Fentanyl labs are low-tech and easily rebuilt.',
    arguments: ['strikes-futile'],
  },
  {
    id: 'l1',
    article: 'lawfare-bombing-mexico',
    text: 'Yet others would adapt by quickly dismantling their labs, going to ground, and pausing their operations until Washington ends its military campaign.',
    arguments: ['strikes-futile'],
  },
  {
    id: 'w1',
    article: 'war-zone-military-options',
    text: 'However, FTO designations do not directly trigger authorities to use military force.',
    arguments: [],
  },
];

describe('curated pairs and the split', () => {
  it('pairs passages of different articles that share an argument', () => {
    const pairs = curatedPairs(FIXTURE);
    expect(pairs.map((p) => [p.source, p.target])).toEqual([
      ['f1', 'j1'],
      ['j2', 'l1'],
    ]);
    for (const p of pairs) expect(p.split).toBe(splitOfArgument(p.arguments[0] ?? ''));
  });

  it('splits arguments stably into dev and test', () => {
    const ids = Array.from({ length: 200 }, (_, i) => `argument-${i}`);
    const test = ids.filter((id) => splitOfArgument(id) === 'test').length;
    expect(test).toBeGreaterThan(60);
    expect(test).toBeLessThan(140);
    expect(ids.map(splitOfArgument)).toEqual(ids.map(splitOfArgument));
  });

  it('computes hit@1, hit@5, MRR and P@5 for engine and baseline on both splits', () => {
    const report = evaluateSuggestions({ passages: FIXTURE });
    expect(report.rows).toHaveLength(4);
    for (const row of report.rows) {
      const m = row.metrics;
      for (const x of [m.hitAt1, m.hitAt5, m.mrr, m.precisionAt5]) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
      }
      expect(m.hitAt1).toBeLessThanOrEqual(m.hitAt5);
    }
    // Each of the two pairs is asked both ways, in the split of its argument.
    const queries = report.rows
      .filter((r) => r.method === 'engine')
      .reduce((n, r) => n + r.metrics.queries, 0);
    expect(queries).toBe(4);
    // The Article 51 pair is found first whichever split it falls in.
    const a51 = report.rows.find(
      (r) => r.method === 'engine' && r.split === splitOfArgument('self-defense-a51'),
    );
    expect(a51?.metrics.hitAt5).toBeGreaterThan(0);
  });
});

const files = realCorpusFiles();
const compiled = realCompiled();
const curated = curatedPassagesFromLayer(compiled.corpus.tagLayer.passages, compiled.corpus.articles);
const hasCuration = curated.length > 0 && curatedPairs(curated).some((p) => p.split === 'test');
if (!hasCuration) {
  console.warn(
    'evaluate.test.ts: skipping the held-out evaluation on curated links: annotations/<article>.json and ' +
      'annotations/arguments.json are not there yet (or share no test argument).',
  );
}

// The whole held-out evaluation on the real corpus: ~2.5 s on an idle 2-core machine, so 30 s keeps it
// clear of its timeout on a machine loaded many times over.
describe.skipIf(!hasCuration)('held-out evaluation on the curated tag layer', { timeout: 30_000 }, () => {
  it('scores the engine and the TF-IDF baseline on held-out (test) pairs, passages and paragraphs', () => {
    const report = evaluateSuggestions({
      passages: curated,
      paragraphs: paragraphUnits(compiled.corpus.articles),
      wordVectors: readWordVectors(files.wordVectors, []),
    });
    expect(report.pairs.test).toBeGreaterThan(0);
    // Every held-out pair is asked both ways, and only those.
    const testPassages = report.rows.filter((r) => r.split === 'test' && r.units === 'passages');
    for (const r of testPassages) expect(r.metrics.queries).toBe(2 * report.pairs.test);
    const test = report.rows.filter((r) => r.split === 'test');
    expect(test.map((r) => `${r.units}/${r.method}`).sort()).toEqual([
      'paragraphs/engine',
      'paragraphs/tfidf-baseline',
      'passages/engine',
      'passages/tfidf-baseline',
    ]);
    for (const r of test) expect(r.metrics.queries).toBeGreaterThan(0);
    const engine = test.find((r) => r.units === 'passages' && r.method === 'engine');
    const baseline = test.find((r) => r.units === 'passages' && r.method === 'tfidf-baseline');
    // Far better than chance and than the baseline; the reported figures are in the CLI
    // (npm run corpus -- eval-suggestions) and README.md.
    expect(engine?.metrics.hitAt5).toBeGreaterThan(0.5);
    expect(engine?.metrics.hitAt5).toBeGreaterThan((baseline?.metrics.hitAt5 ?? 1) + 0.05);
    expect(engine?.metrics.mrr).toBeGreaterThan(baseline?.metrics.mrr ?? 1);
  });
});
