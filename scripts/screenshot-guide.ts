/**
 * Screenshots of an article's reading guide at a phone (390x844, touch), a laptop (1280x800) and a
 * wide screen (1920x1080), light and dark, a screenful at the top and at the shared-arguments and
 * disagreements sections, from a fresh build; and the printed
 * handout as a PDF (A4). Writes `guide[-shared|-disputes]-<width>x<height>[-dark].png` and `guide-print.pdf` into
 * `--out` (default `screenshots/`). `--article ID` picks the article (default: the FTO article).
 * Run: `npx tsx scripts/screenshot-guide.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { guidePath } from '../src/state/paths.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveFreshBuild } from './serve-build.ts';

const { values } = parseArgs({ options: { out: { type: 'string' }, article: { type: 'string' } } });
const folder = values.out ?? 'screenshots';
const article = values.article ?? 'fto-lethal-force-legality';

const SCREENS = [
  { width: 390, height: 844, touch: true },
  { width: 1280, height: 800, touch: false },
  { width: 1920, height: 1080, touch: false },
] as const;

/** Later sections shot at their heading: file name part, heading. */
const SECTIONS = [
  ['shared', 'Arguments it shares with other articles'],
  ['disputes', 'Where it disagrees with other articles'],
] as const;

const server = await serveFreshBuild('.tmp/screenshot-guide-dist');
mkdirSync(folder, { recursive: true });
try {
  for (const scheme of ['light', 'dark'] as const)
    for (const screen of SCREENS) {
      const browser = await launchChromium({
        viewport: { width: screen.width, height: screen.height },
        touch: screen.touch,
        colorScheme: scheme,
      });
      try {
        const page = await browser.context.newPage();
        await page.goto(`${server.base}${guidePath(article)}`);
        // What a reader waits for: the table of counts and the disagreements, which need the articles' files.
        await page.getByRole('table', { name: 'Passages by claim type (table)' }).waitFor();
        await page.evaluate(async () => {
          await document.fonts.ready;
          for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        });
        const suffix = scheme === 'dark' ? '-dark' : '';
        // The guide is long: one screenful at its top and one at each later section, as a reader scrolls to them.
        await page.screenshot({ path: join(folder, `guide-${screen.width}x${screen.height}${suffix}.png`) });
        for (const [name, heading] of SECTIONS) {
          await page.getByRole('heading', { name: heading }).evaluate((h) => h.scrollIntoView());
          await page.evaluate(() => new Promise((resolve) => requestAnimationFrame(resolve)));
          await page.screenshot({
            path: join(folder, `guide-${name}-${screen.width}x${screen.height}${suffix}.png`),
          });
        }
        if (scheme === 'light' && screen.width === 1280) {
          await page.emulateMedia({ media: 'print' });
          await page.pdf({ path: join(folder, 'guide-print.pdf'), format: 'A4', printBackground: false });
        }
      } finally {
        await browser.close();
      }
    }
} finally {
  await server.close();
}
