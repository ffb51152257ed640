import { describe, it, expect } from 'vitest';
import { paragraphUnits } from '../../src/model/similarity/units.ts';
import { realCompiled, realVocabulary } from '../../tests/corpus/corpus-files.ts';
import {
  curatedPairs,
  curatedPassagesFromLayer,
  splitOfArgument,
  type CuratedPassage,
} from './curated-pairs.ts';
import { evaluateSuggestions } from './suggestion-evaluation.ts';

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

// Two articles of the real tag layer keep this fast; the whole corpus is measured by the CLI
// (npm run corpus -- eval-suggestions) and reported in README.md.
const TWO = new Set(['fto-lethal-force-legality', 'just-security-self-sabotage']);
const compiled = realCompiled();
const curated = curatedPassagesFromLayer(compiled.corpus.tagLayer.passages, compiled.corpus.articles).filter(
  (p) => TWO.has(p.article),
);
const hasCuration = curatedPairs(curated).some((p) => p.split === 'test');

// ~1 s on an idle 2-core machine; the timeout leaves room for a machine loaded many times over.
describe.skipIf(!hasCuration)(
  'held-out evaluation on the curated tag layer (two articles)',
  { timeout: 20_000 },
  () => {
    it('asks every held-out pair both ways; the engine beats plain TF-IDF, and works without a vocabulary', () => {
      const articles = compiled.corpus.articles.filter((a) => TWO.has(a.meta.id));
      const report = evaluateSuggestions({
        passages: curated,
        paragraphs: paragraphUnits(articles),
        resources: { vocabulary: realVocabulary() },
      });
      expect(report.pairs.test).toBeGreaterThan(0);
      const test = report.rows.filter((r) => r.split === 'test');
      for (const r of test.filter((r) => r.units === 'passages'))
        expect(r.metrics.queries).toBe(2 * report.pairs.test);
      expect(test.map((r) => `${r.units}/${r.method}`).sort()).toEqual([
        'paragraphs/engine',
        'paragraphs/tfidf-baseline',
        'passages/engine',
        'passages/engine-without-vocabulary',
        'passages/tfidf-baseline',
      ]);
      for (const r of test) expect(r.metrics.queries).toBeGreaterThan(0);
      const hitAt5 = (method: string) =>
        report.rows
          .filter((r) => r.units === 'passages' && r.method === method)
          .reduce((sum, r) => sum + r.metrics.hitAt5 * r.metrics.queries, 0);
      // Over both halves: the engine beats the baseline, with or without the corpus vocabulary.
      expect(hitAt5('engine')).toBeGreaterThan(hitAt5('tfidf-baseline'));
      expect(hitAt5('engine-without-vocabulary')).toBeGreaterThan(0);
    });
  },
);
