/**
 * Saves a screenshot of the compare view: three articles open and a passage selected.
 * Builds the reader, serves the build on a free loopback port (as the browser tests do), and
 * drives Chromium. Usage: npx tsx scripts/screenshot.ts [--dark] [--narrow] [--out path.png] [--url /compare?...]
 */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { build, preview } from 'vite';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { linkedIds, buildCrossIndex } from '../src/model/cross-index.ts';
import { comparePath } from '../src/state/paths.ts';
import { EMPTY_COMPARE_STATE } from '../src/state/compare-url.ts';
import { launchChromium } from '../tests/browser/chromium.ts';

const { values } = parseArgs({
  options: {
    dark: { type: 'boolean', default: false },
    narrow: { type: 'boolean', default: false },
    out: { type: 'string', default: 'docs/screenshots/compare.png' },
    url: { type: 'string' },
  },
});

/** A compare path with the passage linked to the most other articles selected, beside two of them. */
function showcasePath(): string {
  const { corpus } = compileCorpus(readCorpusFiles(process.cwd()));
  const layer = corpus.tagLayer;
  const cross = buildCrossIndex(layer);
  const byId = new Map(layer.passages.map((p) => [p.id, p]));
  let best: { passage: string; articles: string[] } | undefined;
  for (const p of layer.passages) {
    const others = [...new Set(linkedIds(cross, p.id).map((id) => byId.get(id)?.article ?? ''))].filter(
      (a) => a !== p.article && a !== '',
    );
    if (!best || others.length > best.articles.length - 1)
      best = { passage: p.id, articles: [p.article, ...others] };
  }
  if (!best)
    return comparePath({
      ...EMPTY_COMPARE_STATE,
      articles: corpus.articles.slice(0, 3).map((a) => a.meta.id),
    });
  const articles = best.articles.slice(0, 3);
  return comparePath({
    ...EMPTY_COMPARE_STATE,
    articles: [articles[1] ?? '', articles[0] ?? '', ...articles.slice(2)],
    passage: best.passage,
  });
}

const outDir = '.tmp/screenshot-dist';
await build({ logLevel: 'warn', build: { outDir, emptyOutDir: true } });
const server = await preview({
  logLevel: 'warn',
  build: { outDir },
  preview: { host: '127.0.0.1', port: 0, strictPort: false },
});
const base = server.resolvedUrls?.local[0]?.replace(/\/$/, '');
if (!base) throw new Error('the preview server reported no local URL');
const browser = await launchChromium({
  colorScheme: values.dark ? 'dark' : 'light',
  viewport: values.narrow ? { width: 420, height: 900 } : { width: 1600, height: 1000 },
});
try {
  const page = await browser.context.newPage();
  const path = values.url ?? showcasePath();
  await page.goto(`${base}${path}`);
  await page.getByRole('heading', { level: 1, name: 'Compare side by side' }).waitFor();
  // Let scroll-into-view and the connector lines settle.
  await page.waitForTimeout(600);
  mkdirSync(dirname(values.out), { recursive: true });
  await page.screenshot({ path: values.out });
  console.log(`${values.out}: ${path}`);
} finally {
  await browser.close();
  await server.close();
}
