import { describe, expect, it } from 'vitest';
import type { CuratedPassage } from '../evaluation/curated-pairs.ts';
import { evaluateSuggestions } from '../evaluation/suggestion-evaluation.ts';
import { formatEvaluation } from './eval-suggestions.ts';

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
