import { describe, expect, it } from 'vitest';
import type { CuratedPassage } from '../evaluation/curated-pairs.ts';
import { evaluateSuggestions } from '../evaluation/suggestion-evaluation.ts';
import { evaluateRecommender } from '../evaluation/recommender-evaluation.ts';
import { DEFAULT_RECOMMENDER_OPTIONS } from '../../src/model/similarity/argument-recommender.ts';
import { formatEvaluation, formatRecommender } from './eval-suggestions.ts';

// Real corpus sentences, with arguments assigned by hand for this test only.
const PASSAGES: CuratedPassage[] = [
  { id: 'f1', article: 'a', text: 'Article 51 provides an exception for self-defense.', arguments: ['x'] },
  {
    id: 'j1',
    article: 'b',
    text: 'Article 51 of the Charter preserves the inherent right of self-defence against an armed attack.',
    arguments: ['x'],
  },
  { id: 'j2', article: 'b', text: 'Fentanyl labs are low-tech and easily rebuilt.', arguments: ['y'] },
  { id: 'l1', article: 'c', text: 'Cartels would rebuild their labs within weeks.', arguments: ['y'] },
];

describe('eval-suggestions output', () => {
  const report = evaluateSuggestions({ passages: PASSAGES });

  it('prints hit@1, hit@3, hit@5, MRR and P@5 per split and unit, the baseline beside the engine', () => {
    const text = formatEvaluation(report, {});
    expect(text).toContain('Word vectors: none.');
    expect(text).toContain('Vocabulary: none.');
    const lines = text.split('\n');
    const header = lines.findIndex((l) => l.startsWith('held-out (test) passages,'));
    const dev = lines.findIndex((l) => l.startsWith('dev passages,'));
    expect(header).toBeGreaterThan(0);
    expect(dev).toBeGreaterThan(header);
    expect(lines[header]).toMatch(/engine +tfidf-baseline$/);
    const rows = lines.slice(header + 1, header + 6).map((l) => l.trim().split(/ +/));
    expect(rows.map((r) => r[0])).toEqual(['hit@1', 'hit@3', 'hit@5', 'MRR', 'P@5']);
    const test = report.rows.filter((r) => r.split === 'test' && r.units === 'passages');
    expect(rows[1]?.slice(1)).toEqual(test.map((r) => r.metrics.hitAt3.toFixed(3)));
    for (const r of report.rows) {
      expect(r.metrics.hitAt1).toBeLessThanOrEqual(r.metrics.hitAt3);
      expect(r.metrics.hitAt3).toBeLessThanOrEqual(r.metrics.hitAt5);
    }
  });
});

describe('eval-suggestions output for the argument recommender', () => {
  const args = [
    { id: 'x', statement: 'Article 51 preserves the right of self-defense.' },
    { id: 'y', statement: 'Cartels rebuild fentanyl labs quickly.' },
  ];
  const rows = evaluateRecommender({ arguments: args, passages: PASSAGES });

  it('prints hit@1, hit@3 and MRR per half, the plain TF-IDF baseline beside the recommender', () => {
    const text = formatRecommender({ arguments: 2, rows, options: DEFAULT_RECOMMENDER_OPTIONS });
    const lines = text.split('\n');
    for (const split of ['test', 'dev'] as const) {
      const header = lines.findIndex((l) =>
        l.startsWith(split === 'test' ? 'held-out (test) arguments,' : 'dev arguments,'),
      );
      expect(header).toBeGreaterThan(0);
      expect(lines[header]).toMatch(/recommender +tfidf-baseline$/);
      const figures = lines.slice(header + 1, header + 4).map((l) => l.trim().split(/ +/));
      expect(figures.map((r) => r[0])).toEqual(['hit@1', 'hit@3', 'MRR']);
      const mine = rows.filter((r) => r.split === split);
      expect(figures[1]?.slice(1)).toEqual(mine.map((r) => r.metrics.hitAt3.toFixed(3)));
    }
    expect(text).toContain('Recommender settings: ');
  });
});
