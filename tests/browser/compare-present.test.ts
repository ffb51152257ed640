/**
 * The compare view presented, as a teacher uses it at a projector (1920×1080): select a passage with
 * the mouse, Present, step with the keys and the buttons, reload or hand the link on, Escape back. The
 * step shown is the corpus's longest (most characters on the screen), which must fit without scrolling.
 */
import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { passageSlide, type PassageSlide } from '../../src/model/passage-slides.ts';
import { buildTagIndex } from '../../src/model/tag-index.ts';
import { EMPTY_COMPARE_STATE } from '../../src/state/compare-url.ts';
import { comparePath, comparePresentationPath } from '../../src/state/paths.ts';
import { realCompiled } from '../corpus/corpus-files.ts';
import { axeViolations } from './axe.ts';
import { chromiumForFile, type LaunchOptions } from './chromium.ts';
import { ComparePage } from './pages/compare-page.ts';
import { PresentPage } from './pages/present-page.ts';

const baseUrl = inject('baseUrl');
const PROJECTOR = { width: 1920, height: 1080 };
const browser = chromiumForFile({ viewport: PROJECTOR });
const { corpus } = realCompiled();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const PRESENTATION_CHUNK = /\/assets\/PassagePresentationRoute-[^/]+\.js$/;

/** Characters a slide puts on the screen: the quote, the arguments, and each card's quote and note. */
function shownChars(slide: PassageSlide): number {
  return (
    slide.quote.shown.length +
    slide.arguments.reduce((n, a) => n + a.statement.length, 0) +
    slide.cards.reduce((n, c) => n + c.quote.shown.length + (c.note?.shown.length ?? 0), 0)
  );
}

// The corpus's longest step, and a second article to open beside its own.
const longest = corpus.tagLayer.passages
  .map((p) => passageSlide(index, [], p.id))
  .filter((s): s is PassageSlide => s !== undefined)
  .reduce((a, b) => (shownChars(b) > shownChars(a) ? b : a));
const own = longest.passage.article;
const beside = corpus.articles.map((a) => a.meta.id).find((id) => id !== own) ?? own;
const open = { ...EMPTY_COMPARE_STATE, articles: [beside, own] };

/** Script requests of the page, by path. */
function recordScripts(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => urls.push(new URL(r.url()).pathname));
  return urls;
}

/** The step is on screen as a person sees it: large type, nothing scrolls, every card visible and uncovered. */
async function expectFits(present: PresentPage): Promise<void> {
  expect(await present.fontSize(present.quote())).toBeGreaterThanOrEqual(28);
  expect(await present.fontSize(present.cards().locator('blockquote p').first())).toBeGreaterThanOrEqual(28);
  expect(await present.overflow()).toBeLessThanOrEqual(0);
  const boxes = await present.seen(present.cards());
  expect(boxes.length).toBeGreaterThan(0);
  expect(boxes.every((b) => b.inside && b.uncovered)).toBe(true);
  expect(await present.seen(present.quote())).toEqual([{ inside: true, uncovered: true }]);
  expect(await present.seen(present.bar())).toEqual([{ inside: true, uncovered: true }]);
}

describe('the compare view presented in Chromium', () => {
  it('starts at the passage selected with the mouse, fits the projector in large type, and steps with keys and buttons', async () => {
    expect(longest.cards.length).toBeGreaterThan(2);
    const page = await browser.context.newPage();
    const scripts = recordScripts(page);
    const compare = await new ComparePage(page, baseUrl).open(comparePath(open));
    const marker = compare.marker(longest.passage.id);
    await marker.scrollIntoViewIfNeeded();
    const box = (await marker.boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.down();
    await page.mouse.up();
    await compare.panel().waitFor();
    expect(scripts.some((u) => PRESENTATION_CHUNK.test(u))).toBe(false);

    await page.getByRole('link', { name: 'Present', exact: true }).click();
    const present = new PresentPage(page, baseUrl);
    await present.quote().waitFor();
    expect(scripts.some((u) => PRESENTATION_CHUNK.test(u))).toBe(true);
    expect(present.shownPassage()).toBe(longest.passage.id);
    expect(new URL(page.url()).searchParams.get('present')).toBe('1');
    expect(await present.quote().innerText()).toBe(longest.quote.shown);
    await expect.poll(() => present.cards().count()).toBe(longest.cards.length);
    // No chrome: no search box, no toolbar.
    expect(await page.getByRole('searchbox').count()).toBe(0);
    await expectFits(present);

    const first = await present.step();
    const [at] = first.split(' / ').map(Number);
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => present.step()).not.toBe(first);
    const second = present.shownPassage();
    expect(second).not.toBe(longest.passage.id);
    await page.keyboard.press('ArrowLeft');
    await expect.poll(() => present.step()).toBe(first);
    expect(present.shownPassage()).toBe(longest.passage.id);
    await present.bar().getByRole('link', { name: 'Next passage' }).click();
    await expect.poll(() => present.shownPassage()).toBe(second);
    expect(await present.step()).toMatch(new RegExp(`^${at! + 1} / `));
    await present.bar().getByRole('link', { name: 'Previous passage' }).click();
    await expect.poll(() => present.shownPassage()).toBe(longest.passage.id);
    await present.quote().waitFor();
    await expectFits(present);
    await page.close();
  });

  it('keeps the step in the address: a reload and another browser context resume there; Escape goes back to compare with it selected', async () => {
    const url = comparePresentationPath(open, longest.passage.id, true);
    const page = await browser.context.newPage();
    const present = await new PresentPage(page, baseUrl).open(url);
    const before = await present.step();
    await page.keyboard.press('ArrowRight');
    // The address changes at once; the step shows once its linked articles are in: wait for both.
    await expect.poll(() => present.shownPassage()).not.toBe(longest.passage.id);
    await expect.poll(() => present.step()).not.toBe(before);
    await present.quote().waitFor();
    const step = await present.step();
    const shown = present.shownPassage();
    const quote = await present.quote().innerText();
    await page.reload();
    await present.quote().waitFor();
    expect(await present.step()).toBe(step);
    expect(await present.quote().innerText()).toBe(quote);

    // A colleague opens the same link in a browser of their own.
    const other = await browser.context.browser()!.newContext({ viewport: PROJECTOR });
    const theirs = await new PresentPage(await other.newPage(), baseUrl).open(
      new URL(page.url()).pathname + new URL(page.url()).search,
    );
    expect(await theirs.step()).toBe(step);
    expect(await theirs.quote().innerText()).toBe(quote);
    await other.close();

    await page.keyboard.press('Escape');
    const compare = new ComparePage(page, baseUrl);
    await compare.heading().waitFor();
    await compare.panel().waitFor();
    const address = new URL(page.url()).searchParams;
    expect(address.get('p')).toBe(shown);
    expect(address.get('present')).toBeNull();
    expect(address.get('a')).toBe(`${beside},${own}`);
    await page.close();
  });

  it('passes axe in light and dark at the projector size', async () => {
    const page = await browser.context.newPage();
    const present = await new PresentPage(page, baseUrl).open(
      comparePresentationPath(open, longest.passage.id, true),
    );
    await expect.poll(() => present.cards().count()).toBe(longest.cards.length);
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('steps with a tap on a phone, the bar inside the screen, and passes axe', async () => {
    const phone: LaunchOptions['viewport'] = { width: 390, height: 844 };
    const context = await browser.context
      .browser()!
      .newContext({ viewport: phone, hasTouch: true, isMobile: true });
    const page = await context.newPage();
    const present = await new PresentPage(page, baseUrl).open(
      comparePresentationPath(open, longest.passage.id, true),
    );
    const before = await present.step();
    await present.bar().getByRole('link', { name: 'Next passage' }).tap();
    await expect.poll(() => present.step()).not.toBe(before);
    const [bar] = await present.seen(present.bar());
    expect(bar).toEqual({ inside: true, uncovered: true });
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await context.close();
  });
});
