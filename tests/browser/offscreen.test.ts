import { describe, expect, inject, it } from 'vitest';
import type { Page } from 'playwright-core';
import { realCompiled } from '../corpus/corpus-files.ts';
import { buildTagIndex } from '../../src/model/tag-index.ts';
import { comparePath } from '../../src/state/paths.ts';
import { EMPTY_COMPARE_STATE } from '../../src/state/compare-url.ts';
import { chromiumForFile } from './chromium.ts';
import { ComparePage } from './pages/compare-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

// Picked from the curated layer: a passage near the top of its article linked to one far down another.
const { corpus } = realCompiled();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const far = (() => {
  const length = new Map(corpus.articles.map((a) => [a.meta.id, a.text.length]));
  let best: { source: string; target: string; from: string; to: string; depth: number } | undefined;
  for (const article of corpus.articles) {
    for (const source of index.passagesByArticle.get(article.meta.id) ?? []) {
      for (const link of index.cross.get(source.id) ?? []) {
        const target = index.passageById.get(link.passage);
        if (!target || target.article === source.article) continue;
        // The column scrolls to the first linked passage it holds: take sources with one link there.
        if (
          (index.cross.get(source.id) ?? []).filter(
            (l) => index.passageById.get(l.passage)?.article === target.article,
          ).length !== 1
        )
          continue;
        const depth =
          target.start / (length.get(target.article) ?? 1) - source.start / (length.get(source.article) ?? 1);
        if (!best || depth > best.depth)
          best = { source: source.id, target: target.id, from: source.article, to: target.article, depth };
      }
    }
  }
  if (!best || best.depth < 0.5)
    throw new Error('no passage near the top links to one in the second half of another article');
  return best;
})();

/** The column's last paragraph's offset, skipping as it is, then with every paragraph laid out. */
function lastOffsets(page: Page, article: string): Promise<[number, number]> {
  return page.evaluate((id) => {
    const scroller = document.querySelector<HTMLElement>(`[data-column-scroll="${id}"]`);
    const last = [...(scroller?.querySelectorAll<HTMLElement>('.block--paragraph') ?? [])].at(-1);
    if (!scroller?.hasAttribute('data-skip-offscreen') || !last) return [-1, -2];
    const skipping = last.offsetTop;
    scroller.removeAttribute('data-skip-offscreen');
    const whole = last.offsetTop;
    scroller.setAttribute('data-skip-offscreen', '');
    return [skipping, whole];
  }, article);
}

describe('off-screen paragraphs in Chromium', () => {
  it('skip their rendering once laid out, keep their exact heights, and a selection still brings a far linked passage into view', async () => {
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [far.from, far.to] }),
    );
    await expect.poll(() => compare.page.locator('[data-skip-offscreen]').count()).toBe(2);
    const paragraph = compare.page.locator(`[data-p~="${far.target}"]`).first();
    const skipped = () => paragraph.evaluate((el) => !el.checkVisibility({ contentVisibilityAuto: true }));
    expect(await skipped()).toBe(true);
    const [skipping, whole] = await lastOffsets(compare.page, far.to);
    expect(skipping).toBeGreaterThan(0);
    expect(Math.abs(skipping - whole)).toBeLessThan(1);

    await compare.marker(far.source).click();
    await compare.panel().waitFor();
    await expect.poll(() => compare.inColumnView(paragraph)).toBe(true);
    await expect.poll(() => compare.connectorCount()).toBeGreaterThan(0);

    // A larger text size lays every paragraph out again before skipping resumes, so heights stay exact.
    await compare.page.getByRole('button', { name: 'A+ (larger text)' }).click();
    await expect
      .poll(async () => {
        const [larger, largerWhole] = await lastOffsets(compare.page, far.to);
        return larger > whole && Math.abs(larger - largerWhole) < 1;
      })
      .toBe(true);
    await compare.page.close();
  });
});
