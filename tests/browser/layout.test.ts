import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { buildTagIndex } from '../../src/model/tag-index.ts';
import { EMPTY_COMPARE_STATE } from '../../src/state/compare-url.ts';
import { comparePath } from '../../src/state/paths.ts';
import { chromiumForFile } from './chromium.ts';
import { ComparePage } from './pages/compare-page.ts';
import { unseenReason } from './seen.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile({ viewport: { width: 1280, height: 800 } });

// The one compile of the real corpus this test run shares (tests/fixtures/real-corpus-setup.ts).
const { corpus } = realCompiled();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const allIds = corpus.articles.map((a) => a.meta.id);
const titleOf = (id: string): string => corpus.articles.find((a) => a.meta.id === id)?.meta.title ?? id;

/** A passage linked to a passage of another article, and that other article. */
const pick = (() => {
  for (const passage of corpus.tagLayer.passages) {
    const other = (index.cross.get(passage.id) ?? [])
      .map((l) => index.passageById.get(l.passage)?.article)
      .find((a) => a !== undefined && a !== passage.article);
    if (other) return { passage, other };
  }
  throw new Error('the tag layer has no cross-article link yet');
})();

/** Every column header's reason for not being seen, by article id ('' when seen). */
async function unseenHeaders(compare: ComparePage): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const column of await compare.columns().all()) {
    const id = (await column.getAttribute('data-column')) ?? '?';
    out[id] = await unseenReason(column.locator('.column__header'));
  }
  return out;
}

describe('every open column is visible on a laptop and wider', () => {
  it('“Open beside” makes a fourth column at 1280x800 with the panel open, and every column header shows', async () => {
    const three = [
      pick.passage.article,
      ...allIds.filter((id) => id !== pick.passage.article && id !== pick.other),
    ];
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: three.slice(0, 3), passage: pick.passage.id }),
    );
    await compare.panel().waitFor();
    await compare
      .panel()
      .getByRole('button', { name: `Open beside: ${titleOf(pick.other)}` })
      .first()
      .click();
    await expect.poll(() => compare.columns().count()).toBe(4);
    await compare.column(titleOf(pick.other)).waitFor();
    const seen = Object.fromEntries(allIds.filter((id) => id !== three[3]).map((id) => [id, '']));
    await expect.poll(() => unseenHeaders(compare)).toEqual(seen);
    // The panel stays where it was (its own content scrolled to reach the button).
    expect(await unseenReason(compare.panel())).toBe('');
    // Nothing scrolls sideways: the columns fit the width they are given.
    const sideways = await compare.page.evaluate(() => {
      const columns = document.querySelector('.compare__columns');
      return [
        document.documentElement.scrollWidth - window.innerWidth,
        columns ? columns.scrollWidth - columns.clientWidth : 0,
      ];
    });
    expect(sideways).toEqual([0, 0]);
    await compare.page.close();
  });

  it('shows five columns and the panel at 1440x900', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1440, height: 900 });
    const compare = await new ComparePage(page, baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: allIds.slice(0, 5), passage: pick.passage.id }),
    );
    await compare.panel().waitFor();
    expect(await compare.columns().count()).toBe(Math.min(5, allIds.length));
    await expect
      .poll(() => unseenHeaders(compare))
      .toEqual(Object.fromEntries(allIds.slice(0, 5).map((id) => [id, ''])));
    // The reading text of each column is still wide enough to read (about 20 characters or more a line).
    const widths = await compare
      .columns()
      .evaluateAll((els) =>
        els.map((el) => el.querySelector('.block--paragraph')?.getBoundingClientRect().width ?? 0),
      );
    expect(Math.min(...widths)).toBeGreaterThan(150);
    await page.close();
  });

  it('on a smaller window where five columns cannot fit, scrolls a newly added column into view', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1000, height: 800 });
    const four = allIds.slice(0, 4);
    const fifth = allIds[4] ?? '';
    const compare = await new ComparePage(page, baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: four, passage: pick.passage.id }),
    );
    await compare.panel().waitFor();
    await page.getByRole('button', { name: 'Add column' }).click();
    await compare.column(titleOf(fifth)).waitFor();
    await expect.poll(() => unseenReason(compare.column(titleOf(fifth)).locator('.column__header'))).toBe('');
    await page.close();
  });
});
