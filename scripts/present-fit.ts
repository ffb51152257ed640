/**
 * Does every step of the compare view's presentation fit the screen? Serves a fresh build, opens all
 * articles side by side in presentation mode and steps through every passage with the arrow key,
 * measuring how far each screen overflows (document height minus window height, in CSS px).
 * Usage: `npx tsx scripts/present-fit.ts [--size 1920x1080] [--dark] [--shoot id,id --out folder]` — prints
 * the worst steps and the count of screens that scroll; `--shoot` instead screenshots the steps of those
 * passage ids to `<out>/compare-present-<id>-<size>[-dark].png`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { EMPTY_COMPARE_STATE } from '../src/state/compare-url.ts';
import { comparePresentationPath } from '../src/state/paths.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveFreshBuild } from './serve-build.ts';

const { values } = parseArgs({
  options: {
    size: { type: 'string', default: '1920x1080' },
    dark: { type: 'boolean', default: false },
    shoot: { type: 'string' },
    out: { type: 'string', default: 'screenshots' },
  },
});
const [width = 0, height = 0] = (values.size ?? '').split('x').map(Number);
if (!(width > 0 && height > 0)) throw new Error(`--size ${values.size ?? ''}: expected WIDTHxHEIGHT`);
const { corpus } = compileCorpus(readCorpusFiles(process.cwd()), { suggestions: false });
const articles = corpus.articles.map((a) => a.meta.id).slice(0, 5);
const server = await serveFreshBuild('.tmp/present-fit-dist');
const browser = await launchChromium({
  viewport: { width, height },
  colorScheme: values.dark ? 'dark' : 'light',
  touch: width < 760,
});
const state = { ...EMPTY_COMPARE_STATE, articles };
try {
  const page = await browser.context.newPage();
  if (values.shoot !== undefined) {
    mkdirSync(values.out ?? 'screenshots', { recursive: true });
    for (const id of values.shoot.split(',')) {
      await page.goto(`${server.base}${comparePresentationPath(state, id, true)}`);
      await page.locator('.passage-presentation__quote').waitFor();
      await page.evaluate(() => document.fonts.ready);
      const file = join(
        values.out ?? 'screenshots',
        `compare-present-${id}-${width}x${height}${values.dark ? '-dark' : ''}.png`,
      );
      await page.screenshot({ path: file });
      console.log(file);
    }
    process.exit(0);
  }
  await page.goto(`${server.base}${comparePresentationPath(state, undefined, true)}`);
  const overflows: { passage: string; overflow: number }[] = [];
  for (;;) {
    await page.locator('.passage-presentation__quote').waitFor();
    const url = new URL(page.url());
    const step = await page.locator('.presentation__step').innerText();
    const overflow = await page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
    overflows.push({ passage: url.searchParams.get('p') ?? '(first)', overflow });
    const [at, total] = step.split(' / ').map(Number);
    if (at === undefined || total === undefined || at >= total) break;
    await page.keyboard.press('ArrowRight');
    await page.waitForFunction(
      (before) => document.querySelector('.presentation__step')?.textContent !== before,
      step,
    );
  }
  overflows.sort((a, b) => b.overflow - a.overflow);
  const scrolling = overflows.filter((o) => o.overflow > 0);
  console.log(`${width}x${height}: ${overflows.length} steps, ${scrolling.length} scroll`);
  console.log('worst:', overflows.slice(0, 8));
} finally {
  await browser.close();
  await server.close();
}
