/** The bench's Markdown table: each figure at each scale, beside its budget from issue 10. */
import type { BrowserFigures } from './browser.ts';

/** A timed command: wall time, CPU time (user + system) and peak resident memory. */
export interface Timed {
  seconds: number;
  cpuSeconds: number;
  peakMB: number;
}

/** Everything measured at one scale. */
export interface ScaleFigures extends BrowserFigures {
  scale: number;
  articles: number;
  validate: Timed;
  build: Timed;
  rebuild: Timed;
  measuredAt?: string;
}

/** The results file. */
export interface BenchResults {
  machine: string;
  quick: boolean;
  scales: Record<string, ScaleFigures>;
}

const kib = (bytes: number) => `${Math.round(bytes / 1024).toLocaleString('en')} KiB`;

/** The Markdown table of `results` (one column per scale measured). */
export function formatResults(results: BenchResults): string {
  const scales = Object.values(results.scales).sort((a, b) => a.scale - b.scale);
  const rows: [string, (s: ScaleFigures) => string, string][] = [
    ['articles', (s) => String(s.articles), ''],
    ['first load, gzip', (s) => kib(s.transfer.gzip), '≤ 150 KB at 1×'],
    ['first load, brotli', (s) => kib(s.transfer.brotli), ''],
    ['first load, raw', (s) => kib(s.transfer.raw), ''],
    [
      'usable compare view ÷ static page (medians)',
      (s) => `${s.usableMs.ratio}× (${s.usableMs.appMedian} vs ${s.usableMs.floorMedian} ms)`,
      '≤ 1.5× at 1×, ≤ 2× at 100×',
    ],
    [
      'filter toggle p50 / p95',
      (s) => `${s.latencyMs.filter.p50} / ${s.latencyMs.filter.p95} ms`,
      'p95 ≤ 16 ms',
    ],
    [
      'select passage p50 / p95',
      (s) => `${s.latencyMs.select.p50} / ${s.latencyMs.select.p95} ms`,
      'p95 ≤ 16 ms',
    ],
    [
      'search keystroke p50 / p95',
      (s) => `${s.latencyMs.search.p50} / ${s.latencyMs.search.p95} ms`,
      'p95 ≤ 16 ms',
    ],
    [
      'probe floor: input that does nothing (static page), click · key p50 / p95',
      (s) =>
        s.latencyMs.floor
          ? `${s.latencyMs.floor.click.p50} / ${s.latencyMs.floor.click.p95} · ${s.latencyMs.floor.key.p50} / ${s.latencyMs.floor.key.p95} ms`
          : '— (not measured)',
      'part of every latency above',
    ],
    [
      'search keystroke to its results shown p50 / p95',
      (s) =>
        s.latencyMs.searchResults
          ? `${s.latencyMs.searchResults.p50} / ${s.latencyMs.searchResults.p95} ms`
          : '— (not measured)',
      '',
    ],
    [
      'search index: first focus to first results',
      (s) => (s.searchIndexLoadMs !== undefined ? `${s.searchIndexLoadMs} ms` : '— (not measured)'),
      '',
    ],
    ['JS heap after load', (s) => `${s.heapMB} MB`, '100× ≤ 3 × 1×'],
    [
      'build (cold cache)',
      (s) => `${s.build.seconds} s (CPU ${s.build.cpuSeconds} s), ${s.build.peakMB} MB`,
      '100×: ≤ 60 s, ≤ 1 GB',
    ],
    [
      'rebuild after one article changes',
      (s) => `${s.rebuild.seconds} s (CPU ${s.rebuild.cpuSeconds} s)`,
      '≤ 5 s',
    ],
    [
      '`corpus validate` (cold cache)',
      (s) => `${s.validate.seconds} s (CPU ${s.validate.cpuSeconds} s), ${s.validate.peakMB} MB`,
      '100×: ≤ 30 s',
    ],
  ];
  const header = `| | ${scales.map((s) => `${s.scale}×`).join(' | ')} | budget |`;
  const rule = `|---|${scales.map(() => '---').join('|')}|---|`;
  const body = rows.map(
    ([name, cell, budget]) => `| ${name} | ${scales.map(cell).join(' | ')} | ${budget} |`,
  );
  return `${[header, rule, ...body].join('\n')}\n\nMachine: ${results.machine}${results.quick ? ' (quick mode: 3 load runs, 10 reps)' : ' (7 load runs alternating with the static page, 30 reps per interaction)'}.\n`;
}

/**
 * What is wrong with one scale's figures as measurements (not as budgets): every number must be
 * finite and not negative, and the first load must have fetched files. A non-empty answer means the
 * bench itself is broken, and the run fails (CI's quick run proves the bench works this way).
 */
export function brokenFigures(figures: ScaleFigures): string[] {
  const problems: string[] = [];
  const walk = (value: unknown, path: string): void => {
    if (typeof value === 'number') {
      if (!Number.isFinite(value) || value < 0) problems.push(`${path} is ${value}`);
    } else if (Array.isArray(value)) {
      if (value.length === 0) problems.push(`${path} is empty`);
      value.forEach((v, i) => walk(v, `${path}[${i}]`));
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, v] of Object.entries(value)) walk(v, path ? `${path}.${key}` : key);
    }
  };
  walk(figures, '');
  if (figures.transfer.files === 0) problems.push('transfer.files is 0: the compare view fetched nothing');
  return problems;
}
