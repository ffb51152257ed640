import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFigures, type BenchResults, type ScaleFigures } from '../../bench/report.ts';
import { ROOT } from '../corpus/corpus-files.ts';

/** The last full run's 1× figures, as the bench wrote them. */
const measured = (): ScaleFigures => {
  const results = JSON.parse(readFileSync(join(ROOT, 'bench', 'results.json'), 'utf8')) as BenchResults;
  return structuredClone(results.scales['1'] as ScaleFigures);
};

describe('brokenFigures (what fails a bench run, budgets aside)', () => {
  it('passes real measurements, however far over budget', () => {
    const figures = measured();
    figures.latencyMs.search.p95 = 5000;
    expect(brokenFigures(figures)).toEqual([]);
  });

  it('names each figure that is not a measurement', () => {
    const figures = measured();
    figures.latencyMs.filter.p50 = Number.NaN;
    figures.usableMs.app = [];
    figures.heapMB = -1;
    figures.transfer.files = 0;
    expect(brokenFigures(figures)).toEqual([
      'usableMs.app is empty',
      'latencyMs.filter.p50 is NaN',
      'heapMB is -1',
      'transfer.files is 0: the compare view fetched nothing',
    ]);
  });
});
