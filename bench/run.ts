/**
 * `npm run bench`: the scale benchmark of issue 10, at 1×, 10× and 100× (the real corpus, then
 * `corpus synth` copies). For each scale: validate (cold cache), build (cold cache) and a rebuild
 * after one article's tagged paragraph changes (warm cache), with wall time and peak memory (GNU
 * time); then, served locally, the compare view of the same two articles in Chromium against a static
 * page of their texts (browser.ts). Writes bench/results.json and bench/results.md.
 *
 * `npm run bench -- --quick`: 1× only, 3 load runs and 10 interaction reps, written to
 * .tmp/bench/results-quick.{json,md}, to prove the bench works (CI, in .ci/run). `--scales 10,100` runs
 * some scales and merges them into the existing results. Figures are reported, never asserted against
 * budgets; the run fails only when the bench itself breaks (a step fails, or a figure is not a
 * measurement: see `brokenFigures`).
 */
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { synthCorpus } from '../src/data/synth-corpus.ts';
import { writeGeneratedFolder } from '../src/data/write-corpus-files.ts';
import { measureBrowser, type BrowserFigures } from './browser.ts';
import { brokenFigures, formatResults, type BenchResults, type ScaleFigures } from './report.ts';
import { serveDir } from './serve.ts';
import { staticFloorPage } from './static-floor.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, '.tmp', 'bench');
/** The two articles open at every scale (copy 0 of a synthetic corpus keeps the real ids). */
const OPEN = ['lawfare-bombing-mexico', 'just-security-self-sabotage'];

/** Runs a command under GNU time: wall seconds and peak resident memory (MB) of the process. */
function timed(
  command: string[],
  env: Record<string, string>,
): { seconds: number; cpuSeconds: number; peakMB: number } {
  const result = spawnSync('/usr/bin/time', ['-f', 'BENCH %e %M %U %S', ...command], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    encoding: 'utf8',
    maxBuffer: 64 * 1024 * 1024,
  });
  if (result.error) {
    throw new Error(
      `${command.join(' ')} could not run under /usr/bin/time (${result.error.message}); the bench needs GNU time (apt-get install -y time).`,
    );
  }
  const line = /BENCH ([\d.]+) (\d+) ([\d.]+) ([\d.]+)/.exec(result.stderr);
  if (result.status !== 0 || !line) {
    throw new Error(`${command.join(' ')} failed (${result.status}):\n${result.stderr.slice(-3000)}`);
  }
  return {
    seconds: Number(line[1]),
    cpuSeconds: Math.round((Number(line[3]) + Number(line[4])) * 10) / 10,
    peakMB: Math.round(Number(line[2]) / 1024),
  };
}

/** The corpus folder of one scale: a copy of the real corpus at 1×, a synth corpus above. */
function corpusFor(scale: number): string {
  const dir = join(WORK, `corpus-x${scale}`);
  rmSync(dir, { recursive: true, force: true });
  if (scale === 1) {
    for (const folder of ['corpus', 'annotations'])
      cpSync(join(ROOT, folder), join(dir, folder), { recursive: true });
  } else {
    writeGeneratedFolder(ROOT, dir, synthCorpus(readCorpusFiles(ROOT), scale).files);
  }
  return dir;
}

/**
 * Changes one article as an editor would: the first letter of a tagged paragraph of the first open
 * article changes case (in the edition and its source), outside every passage, so the corpus stays
 * valid and the suggestions' input changes.
 */
function editOneArticle(dir: string): string {
  const id = OPEN[0] ?? '';
  const editionPath = join(dir, 'corpus', `${id}.md`);
  const sourcePath = join(dir, 'corpus', 'sources', `${id}.txt`);
  const edition = readFileSync(editionPath, 'utf8');
  const passages = (
    JSON.parse(readFileSync(join(dir, 'annotations', `${id}.json`), 'utf8')) as {
      passages: { target: { selector: { type: string; exact?: string }[] } }[];
    }
  ).passages.flatMap((p) => p.target.selector.flatMap((s) => (s.exact ? [s.exact] : [])));
  const line = edition
    .split('\n')
    .find(
      (l) =>
        /^[A-Za-z]/.test(l) &&
        passages.some((q) => l.indexOf(q) > 0) &&
        !passages.some((q) => l.startsWith(q)),
    );
  if (!line) throw new Error(`no tagged paragraph to edit in ${editionPath}`);
  const first = line[0] ?? '';
  const changed = (first === first.toUpperCase() ? first.toLowerCase() : first.toUpperCase()) + line.slice(1);
  writeFileSync(editionPath, edition.replace(`\n${line}\n`, `\n${changed}\n`));
  const source = readFileSync(sourcePath, 'utf8');
  writeFileSync(sourcePath, source.replace(`${line}\n`, `${changed}\n`));
  return line.slice(0, 40);
}

async function benchScale(scale: number, quick: boolean): Promise<ScaleFigures> {
  const log = (s: string) => console.log(`[${scale}×] ${s}`);
  const dir = corpusFor(scale);
  const vite = join(ROOT, 'node_modules', '.bin', 'vite');
  const tsx = join(ROOT, 'node_modules', '.bin', 'tsx');
  const dist = join(WORK, `dist-x${scale}`);
  const cache = mkdtempSync(join(tmpdir(), 'parallax-bench-cache-'));
  try {
    const env = { PARALLAX_CORPUS: dir, PARALLAX_CACHE_DIR: cache };
    log('validate (cold cache)…');
    const validate = timed([tsx, join(ROOT, 'cli', 'parallax.ts'), 'validate'], {
      ...env,
      PARALLAX_CACHE_DIR: join(cache, 'validate'),
    });
    log(`validate ${validate.seconds} s; build (cold cache)…`);
    const build = timed([vite, 'build', '--outDir', dist, '--emptyOutDir', '--logLevel', 'warn'], env);
    log(`build ${build.seconds} s, ${build.peakMB} MB; rebuild after one article changes…`);
    const edited = editOneArticle(dir);
    const rebuild = timed(
      [vite, 'build', '--outDir', `${dist}-rebuild`, '--emptyOutDir', '--logLevel', 'warn'],
      env,
    );
    rmSync(`${dist}-rebuild`, { recursive: true, force: true });
    log(`rebuild ${rebuild.seconds} s (edited "${edited}…"); browser…`);

    const files = readCorpusFiles(dir);
    const only = (list: { path: string }[], ext: string) =>
      list.filter((f) => OPEN.some((id) => f.path.endsWith(`/${id}${ext}`)));
    const two = compileCorpus(
      { editions: only(files.editions, '.md'), sources: only(files.sources, '.txt'), annotations: [] },
      { suggestions: false },
    ).corpus.articles;
    const ordered = OPEN.map((id) => two.find((a) => a.meta.id === id)).filter((a) => a !== undefined);
    writeFileSync(join(dist, 'static-floor.html'), staticFloorPage(ordered));
    const taxonomy = JSON.parse(readFileSync(join(dir, 'annotations', 'taxonomy.json'), 'utf8')) as {
      types: { label: string }[];
    };
    const server = await serveDir(dist);
    let browser: BrowserFigures;
    try {
      browser = await measureBrowser({
        baseUrl: server.url,
        distDir: dist,
        comparePath: `/compare?a=${OPEN.join(',')}`,
        floorPath: '/static-floor.html',
        filterLabel: taxonomy.types[0]?.label ?? '',
        runs: quick ? 3 : 7,
        reps: quick ? 10 : 30,
        ...(quick ? { timeoutMs: 60_000 } : {}),
      });
    } finally {
      await server.close();
    }
    log(`usable ${browser.usableMs.appMedian} ms vs floor ${browser.usableMs.floorMedian} ms`);
    return {
      scale,
      articles: files.editions.length,
      validate,
      build,
      rebuild,
      ...browser,
    };
  } finally {
    rmSync(cache, { recursive: true, force: true });
  }
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { quick: { type: 'boolean', default: false }, scales: { type: 'string' } },
  });
  const quick = values.quick;
  const scales = quick ? [1] : (values.scales ?? '1,10,100').split(',').map(Number);
  mkdirSync(WORK, { recursive: true });
  const jsonPath = quick ? join(WORK, 'results-quick.json') : join(ROOT, 'bench', 'results.json');
  const mdPath = quick ? join(WORK, 'results-quick.md') : join(ROOT, 'bench', 'results.md');
  const machine = `${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${Math.round(totalmem() / 2 ** 30)} GB, Node ${process.version}`;
  let results: BenchResults = { machine, quick, scales: {} };
  for (const scale of scales) {
    const figures = await benchScale(scale, quick);
    const broken = brokenFigures(figures);
    if (broken.length > 0) throw new Error(`The bench measured nonsense at ${scale}×: ${broken.join('; ')}`);
    // Re-read before writing, so runs of different scales (one at a time or side by side) merge.
    const previous =
      !quick && existsSync(jsonPath)
        ? (JSON.parse(readFileSync(jsonPath, 'utf8')) as BenchResults)
        : undefined;
    results = {
      machine,
      quick,
      scales: {
        ...(previous?.scales ?? {}),
        [String(scale)]: { ...figures, measuredAt: new Date().toISOString() },
      },
    };
    writeFileSync(jsonPath, `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(mdPath, formatResults(results));
  }
  console.log(formatResults(results));
  console.log(`Wrote ${jsonPath} and ${mdPath}`);
}

await main();
