import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenFigures, formatResults, type BenchResults, type ScaleFigures } from '../../bench/report.ts';
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

describe('formatResults', () => {
  it('shows the probe floor beside the latencies, and says when a run did not measure it', () => {
    const figures = measured();
    figures.latencyMs.floor = {
      click: { p50: 7.7, p95: 14.9, reps: 30 },
      key: { p50: 13.2, p95: 14.4, reps: 30 },
    };
    const withFloor = formatResults({ machine: 'm', quick: false, scales: { '1': figures } });
    expect(withFloor).toMatch(
      /\| probe floor: input that does nothing \(static page\), click · key p50 \/ p95 \| 7\.7 \/ 14\.9 · 13\.2 \/ 14\.4 ms \| part of every latency above \|/,
    );
    delete figures.latencyMs.floor;
    const without = formatResults({ machine: 'm', quick: false, scales: { '1': figures } });
    expect(without).toMatch(/\| probe floor: [^|]*\| — \(not measured\) \|/);
  });
});
