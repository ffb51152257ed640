/**
 * Screenshots of one's own annotation selected in the compare view (its panel, its connector, its
 * linked passage marked) at a phone (390x844, touch), a laptop (1280x800) and a wide screen
 * (1920x1080), from a fresh build; the annotation is made through the UI as a reader would (a passage
 * selected, "Annotate the selected passage", a type, an argument, a link and a note), then its "mine"
 * label clicked. Writes `own-<width>x<height>.png` (and `own-edit-…` with the editor open from the
 * panel) into `--out` (default `screenshots/`). Run: `npx tsx scripts/screenshot-own-annotation.ts`.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { readCorpusFiles } from '../src/data/read-corpus-files.ts';
import { EMPTY_COMPARE_STATE } from '../src/state/compare-url.ts';
import { comparePath } from '../src/state/paths.ts';
import { launchChromium } from '../tests/browser/chromium.ts';
import { serveFreshBuild } from './serve-build.ts';

const { values } = parseArgs({ options: { out: { type: 'string' } } });
const folder = values.out ?? 'screenshots';
const FTO = 'fto-lethal-force-legality';
const WAR_ZONE = 'war-zone-military-options';
const { corpus } = compileCorpus(readCorpusFiles(process.cwd()));
const passages = corpus.tagLayer.passages;
const passage = passages.find(
  (p) => p.article === FTO && p.paragraphNumber !== undefined && p.paragraphNumber > 3,
);
const target = passages.find(
  (p) => p.article === WAR_ZONE && p.paragraphNumber !== undefined && p.paragraphNumber > 3,
);
const argument =
  corpus.tagLayer.arguments.find((a) => passage?.arguments.includes(a.id)) ?? corpus.tagLayer.arguments[0];
if (!passage || !target || !argument) throw new Error('the corpus lacks the passages this script shows');

const SCREENS = [
  { width: 390, height: 844, touch: true },
  { width: 1280, height: 800, touch: false },
  { width: 1920, height: 1080, touch: false },
] as const;

const server = await serveFreshBuild('.tmp/screenshot-own-dist');
const { base } = server;
mkdirSync(folder, { recursive: true });
try {
  for (const screen of SCREENS) {
    const browser = await launchChromium({
      viewport: { width: screen.width, height: screen.height },
      touch: screen.touch,
    });
    try {
      const page = await browser.context.newPage();
      await page.goto(
        `${base}${comparePath({ ...EMPTY_COMPARE_STATE, articles: [FTO, WAR_ZONE], passage: passage.id })}`,
      );
      await page.getByRole('button', { name: 'Annotate the selected passage' }).click();
      const editor = page.getByRole('form', { name: 'New annotation' });
      await editor.getByRole('checkbox', { name: 'Legal' }).check();
      await editor.getByRole('combobox', { name: 'Argument' }).selectOption({ label: argument.statement });
      await editor
        .getByRole('combobox', { name: 'Link to a passage in another article' })
        .selectOption(target.id);
      await editor
        .getByRole('textbox', { name: 'Note' })
        .fill(
          'The war-zone piece makes the same point from the military side; ask the class which is stronger.',
        );
      await editor.getByRole('button', { name: 'Add annotation' }).click();
      await editor.waitFor({ state: 'detached' });
      await page
        .getByRole('button', { name: /^mine \(your annotation/ })
        .first()
        .click();
      await page.getByRole('complementary', { name: 'Your annotation' }).waitFor();
      const settle = () =>
        page.evaluate(async () => {
          await document.fonts.ready;
          for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        });
      await settle();
      const file = join(folder, `own-${screen.width}x${screen.height}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await page
        .getByRole('complementary', { name: 'Your annotation' })
        .getByRole('button', { name: 'Edit' })
        .click();
      await page.getByRole('form', { name: 'Edit annotation' }).waitFor();
      await settle();
      const edit = join(folder, `own-edit-${screen.width}x${screen.height}.png`);
      await page.screenshot({ path: edit });
      console.log(edit);
    } finally {
      await browser.close();
    }
  }
} finally {
  await server.close();
}
