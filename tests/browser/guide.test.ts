/**
 * An article's reading guide in Chromium, as a person uses it: reached from the library and from the
 * article's page with the mouse, its chart and table telling the same numbers, a shared argument
 * opening its focus view, a disagreement opening both passages side by side; axe in light and dark
 * and on a phone. One Chromium for the file, touch-capable (the phone check taps nothing but needs a
 * touch context), its mouse used at a laptop's size.
 */
import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { articlePath } from '../../src/state/paths.ts';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { ArticlePage } from './pages/article-page.ts';
import { ComparePage } from './pages/compare-page.ts';
import { clickByMouse, GuidePage } from './pages/guide-page.ts';
import { LibraryPage } from './pages/library-page.ts';
import { unseenReason } from './seen.ts';

const baseUrl = inject('baseUrl');
// axe over the whole guide (some 150 links and quotes) takes 10–20 s on a busy 2-core machine (load
// average ~30), plus opening the page: each axe test gets 60 s, as phone.test.ts gives its axe checks.
const AXE_TIMEOUT_MS = 60_000;
const LAPTOP = { width: 1280, height: 800 };
const browser = chromiumForFile({ viewport: LAPTOP, touch: true });

const { corpus } = realCompiled();
const FTO = 'fto-lethal-force-legality';
const titleOf = (id: string): string => corpus.articles.find((a) => a.meta.id === id)?.meta.title ?? id;
const ftoPassages = corpus.tagLayer.passages.filter((p) => p.article === FTO);
// The first other article (library order) making one of FTO's arguments, and that argument.
const sharedArgument = corpus.tagLayer.arguments.find(
  (a) => a.articles.includes(FTO) && a.articles.length > 1,
);
const sharedWith = corpus.articles.find(
  (a) => a.meta.id !== FTO && sharedArgument?.articles.includes(a.meta.id),
);

describe('the reading guide in Chromium', () => {
  it('is reached from the library with the mouse', async () => {
    const page = await browser.context.newPage();
    const library = await new LibraryPage(page, baseUrl).open();
    const card = library
      .articleList()
      .getByRole('listitem')
      .filter({ hasText: titleOf(FTO) });
    await clickByMouse(page, card.getByRole('link', { name: /^Reading guide/ }));
    const guide = await new GuidePage(page, baseUrl).settled();
    expect(await guide.title().innerText()).toBe(titleOf(FTO));
    expect(new URL(page.url()).pathname).toBe(`/article/${FTO}/guide`);
    await page.close();
  });

  it('is reached from the article’s page with the mouse', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}${articlePath(FTO)}`);
    await new ArticlePage(page).textShown();
    await clickByMouse(page, page.getByRole('link', { name: 'Reading guide', exact: true }));
    const guide = await new GuidePage(page, baseUrl).settled();
    expect(await guide.title().innerText()).toBe(titleOf(FTO));
    expect(new URL(page.url()).pathname).toBe(`/article/${FTO}/guide`);
    await page.close();
  });

  it('draws the chart with the table’s numbers, each as the article’s passages of that type', async () => {
    const guide = await new GuidePage(await browser.context.newPage(), baseUrl).open(FTO);
    const counts = await guide.tableCounts();
    // Counted here from the compiled layer: a passage counts under each of its types.
    expect([...counts]).toEqual(
      corpus.tagLayer.taxonomy.map((t) => [
        t.label,
        ftoPassages.filter((p) => p.types.includes(t.id)).length,
      ]),
    );
    const bars = await guide.bars();
    expect(bars.map((b) => [b.label, b.value])).toEqual([...counts]);
    const most = Math.max(...bars.map((b) => b.value));
    const longest = Math.max(...bars.map((b) => b.width));
    expect(longest).toBeGreaterThan(50);
    for (const bar of bars) expect(Math.abs(bar.width - (longest * bar.value) / most)).toBeLessThan(2);
    const label = (await guide.chart().getAttribute('aria-label')) ?? '';
    for (const [type, n] of counts) expect(label).toContain(`${type}: ${n}`);
    expect(await unseenReason(guide.chart())).toBe('');
    await guide.page.close();
  });

  it('opens a shared argument’s focus view from its statement', async () => {
    if (!sharedArgument || !sharedWith) throw new Error('FTO shares no argument in this corpus');
    const guide = await new GuidePage(await browser.context.newPage(), baseUrl).open(FTO);
    const link = guide
      .shared(sharedWith.meta.title)
      .getByRole('link', { name: sharedArgument.statement, exact: true });
    await clickByMouse(guide.page, link);
    const statement = guide.page.getByRole('heading', { level: 1, name: sharedArgument.statement });
    await statement.waitFor();
    expect(new URL(guide.page.url()).pathname).toBe(`/arguments/${sharedArgument.id}`);
    await guide.page.close();
  });

  it('opens both sides of a disagreement side by side, both columns in view', async () => {
    const guide = await new GuidePage(await browser.context.newPage(), baseUrl).open(FTO);
    const group = guide.page.locator('.guide-contrasts').first();
    const other = ((await group.getAttribute('aria-label')) ?? '').replace(/^Disagreements with /, '');
    expect(corpus.articles.map((a) => a.meta.title)).toContain(other);
    await clickByMouse(guide.page, group.getByRole('link', { name: /^Open both side by side/ }).first());
    const compare = new ComparePage(guide.page, baseUrl);
    await compare.heading().waitFor();
    await compare.settled();
    for (const title of [titleOf(FTO), other]) {
      // The column's visible title bar (its region also has a heading for screen readers only).
      const header = compare.column(title).locator('.column__title');
      await header.waitFor();
      expect(await unseenReason(header), title).toBe('');
      expect(await compare.columnText(title).locator('p[data-paragraph]').count()).toBeGreaterThan(0);
    }
    expect(new URL(guide.page.url()).searchParams.get('p')).toMatch(/^fto-/);
    await guide.page.close();
  });

  it(
    'passes axe in the light theme',
    async () => {
      const guide = await new GuidePage(await browser.context.newPage(), baseUrl).open(FTO);
      expect(await axeViolations(guide.page)).toEqual([]);
      await guide.page.close();
    },
    AXE_TIMEOUT_MS,
  );

  it(
    'passes axe in the dark theme',
    async () => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: 'dark' });
      const guide = await new GuidePage(page, baseUrl).open(FTO);
      expect(await axeViolations(guide.page)).toEqual([]);
      await page.close();
    },
    AXE_TIMEOUT_MS,
  );

  it(
    'fits 390×844 in a touch context without sideways scrolling, and passes axe there',
    async () => {
      const page = await browser.context.newPage();
      await page.setViewportSize({ width: 390, height: 844 });
      const guide = await new GuidePage(page, baseUrl).open(FTO);
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      expect(await page.evaluate(() => matchMedia('(any-pointer: coarse)').matches)).toBe(true);
      expect(await axeViolations(guide.page)).toEqual([]);
      await page.close();
    },
    AXE_TIMEOUT_MS,
  );
});
