/**
 * Screenshots of the reader, made from a fresh build served on a free loopback port (as the browser
 * tests do) and driven in Chromium.
 *
 * - `npm run screenshot` remakes the README's `docs/screenshots/compare.png` (three articles, a passage
 *   selected). Options: [--dark] [--narrow] [--size 1280x800] [--out path.png] [--url /compare?...]
 * - `npm run screenshots` shoots the library, the compare view (a passage selected), the arguments page
 *   and an article page at a phone (390x844, touch), a laptop (1280x800) and a wide screen (1920x1080)
 *   into `screenshots/` (gitignored), named `<view>-<width>x<height>[-dark].png`, to look at after any
 *   UI change. Options: [--dark] [--out folder] [--print: the same views as printed (print media, whole
 *   page) at 1280x800 only, named `<view>-print-1280x800.png`]
 */
import { mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Page } from 'playwright-core';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { linkedIds, buildCrossIndex } from '../src/model/cross-index.ts';
import type { Argument } from '../src/model/tag-layer.ts';
import { argumentPath, argumentsPath, articlePath, comparePath, libraryPath } from '../src/state/paths.ts';
import { EMPTY_COMPARE_STATE } from '../src/state/compare-url.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveFreshBuild } from './serve-build.ts';

const { values } = parseArgs({
  options: {
    all: { type: 'boolean', default: false },
    dark: { type: 'boolean', default: false },
    narrow: { type: 'boolean', default: false },
    out: { type: 'string' },
    print: { type: 'boolean', default: false },
    size: { type: 'string' },
    url: { type: 'string' },
  },
});

const { corpus } = compileCorpus(readCorpusFiles(process.cwd()));

/** A compare path with the passage linked to the most other articles selected, beside two of them. */
function showcasePath(): string {
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

/** One view to shoot: its file stem, its path, and the heading that says it has rendered. */
interface View {
  name: string;
  path: string;
  heading: string | RegExp;
}

const firstArticle = corpus.articles[0];
// The argument made by the most articles (ties: the first curated), for the focus and presentation views.
const showcaseArgument = corpus.tagLayer.arguments.reduce<Argument | undefined>(
  (best, a) => (best === undefined || a.articles.length > best.articles.length ? a : best),
  undefined,
);
const VIEWS: readonly View[] = [
  { name: 'library', path: libraryPath(), heading: 'Parallax' },
  { name: 'compare', path: showcasePath(), heading: 'Compare side by side' },
  { name: 'arguments', path: argumentsPath(), heading: /^Arguments/ },
  ...(firstArticle
    ? [{ name: 'article', path: articlePath(firstArticle.meta.id), heading: firstArticle.meta.title }]
    : []),
  ...(showcaseArgument
    ? [
        { name: 'focus', path: argumentPath(showcaseArgument.id), heading: showcaseArgument.statement },
        {
          name: 'present',
          path: argumentPath(showcaseArgument.id, undefined, true),
          heading: showcaseArgument.statement,
        },
      ]
    : []),
];

/** The three screens every UI change is looked at on. */
const SCREENS = [
  { width: 390, height: 844, touch: true },
  { width: 1280, height: 800, touch: false },
  { width: 1920, height: 1080, touch: false },
] as const;

/** Waits until the view's heading shows, fonts are loaded and two frames have painted (scrolling and connectors settle in one). */
async function settle(page: Page, heading: string | RegExp): Promise<void> {
  await page.getByRole('heading', { level: 1, name: heading }).first().waitFor();
  await page.evaluate(async () => {
    await document.fonts.ready;
    for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
  });
}

const server = await serveFreshBuild('.tmp/screenshot-dist');
const { base } = server;
const colorScheme = values.dark ? 'dark' : 'light';

try {
  if (values.all) {
    const folder = values.out ?? 'screenshots';
    mkdirSync(folder, { recursive: true });
    const screens = values.print ? SCREENS.filter((s) => s.width === 1280) : SCREENS;
    for (const screen of screens) {
      const browser = await launchChromium({
        colorScheme,
        viewport: { width: screen.width, height: screen.height },
        touch: screen.touch,
      });
      try {
        const page = await browser.context.newPage();
        for (const view of VIEWS) {
          await page.goto(`${base}${view.path}`);
          await settle(page, view.heading);
          if (values.print) await page.emulateMedia({ media: 'print' });
          const file = join(
            folder,
            `${view.name}${values.print ? '-print' : ''}-${screen.width}x${screen.height}${values.dark ? '-dark' : ''}.png`,
          );
          await page.screenshot({ path: file, fullPage: values.print });
          if (values.print) await page.emulateMedia({ media: 'screen' });
          console.log(`${file}: ${view.path}`);
        }
      } finally {
        await browser.close();
      }
    }
  } else {
    const out = values.out ?? 'docs/screenshots/compare.png';
    const [width = 0, height = 0] = (values.size ?? (values.narrow ? '420x900' : '1600x1000'))
      .split('x')
      .map(Number);
    if (!(width > 0 && height > 0))
      throw new Error(`--size ${values.size ?? ''}: expected WIDTHxHEIGHT, e.g. 1280x800`);
    const browser = await launchChromium({ colorScheme, viewport: { width, height }, touch: width < 760 });
    try {
      const page = await browser.context.newPage();
      const path = values.url ?? showcasePath();
      await page.goto(`${base}${path}`);
      await settle(page, 'Compare side by side');
      mkdirSync(dirname(out), { recursive: true });
      await page.screenshot({ path: out });
      console.log(`${out}: ${path}`);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
