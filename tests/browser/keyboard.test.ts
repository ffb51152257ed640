import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { buildTagIndex } from '../../src/model/tag-index.ts';
import { EMPTY_COMPARE_STATE } from '../../src/state/compare-url.ts';
import { comparePath } from '../../src/state/paths.ts';
import { chromiumForFile } from './chromium.ts';
import { ComparePage } from './pages/compare-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile({ viewport: { width: 1280, height: 800 } });

// The one compile of the real corpus this test run shares (tests/fixtures/real-corpus-setup.ts).
const { corpus } = realCompiled();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const [A = '', B = ''] = corpus.articles.map((a) => a.meta.id);
const firstOf = (id: string): string => index.passagesByArticle.get(id)?.[0]?.id ?? '';

/** What has focus: its text (or label) and, for a passage marker, its passage and column. */
async function focused(page: Page): Promise<{ text: string; passage: string; column: string }> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    return {
      text: (el?.getAttribute('aria-label') ?? el?.innerText ?? '').trim(),
      passage: el?.dataset.select ?? '',
      column: el?.closest<HTMLElement>('[data-column]')?.dataset.column ?? '',
    };
  });
}

describe('the compare view from the keyboard alone', () => {
  it('reaches the first passage of column 2 in a handful of Tab presses, through a skip link', async () => {
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B] }),
    );
    const { page } = compare;
    let tabs = 0;
    // A reader tabs, reads what has focus, and follows the skip link to column 2 when it comes.
    while (tabs < 12) {
      await page.keyboard.press('Tab');
      tabs++;
      const now = await focused(page);
      if (now.column === B && now.passage !== '') break;
      if (now.text.startsWith('Skip to column 2')) await page.keyboard.press('Enter');
    }
    expect(await focused(page)).toMatchObject({ column: B, passage: firstOf(B) });
    expect(tabs).toBeLessThanOrEqual(5);
    await page.close();
  });

  it('has landmarks: banner, main, skip links, search, a region per column and the panel', async () => {
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B], passage: firstOf(A) }),
    );
    const { page } = compare;
    expect(await page.getByRole('banner').count()).toBe(1);
    expect(await page.getByRole('main').count()).toBe(1);
    expect(await page.getByRole('navigation', { name: 'Skip links' }).count()).toBe(1);
    expect(await page.getByRole('search').count()).toBe(1);
    expect(await compare.columns().count()).toBe(2);
    expect(await compare.panel().count()).toBe(1);
    // The skip link to the panel lands in it; Escape there clears the selection and focus goes back to the passage.
    await page.keyboard.press('Tab');
    while (!(await focused(page)).text.startsWith('Skip to the selected passage'))
      await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.closest('.links-panel') !== null))
      .toBe(true);
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => compare.panel().count()).toBe(0);
    await expect.poll(async () => (await focused(page)).passage).toBe(firstOf(A));
    await page.close();
  });

  it('Escape closes the annotation editor, then the selection; focus returns where it came from', async () => {
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B], passage: firstOf(A) }),
    );
    const { page } = compare;
    const quick = page.getByRole('button', { name: 'Annotate the selected passage' });
    await quick.focus();
    await page.keyboard.press('Enter');
    const editor = page.getByRole('form', { name: 'New annotation' });
    await editor.waitFor();
    await page.keyboard.press('Tab');
    await page.keyboard.press('Escape');
    await expect.poll(() => editor.count()).toBe(0);
    // The selection stays (one Escape, one thing closed) and focus is back on the button that opened it.
    expect(new URL(page.url()).searchParams.get('p')).toBe(firstOf(A));
    await expect.poll(async () => (await focused(page)).text).toBe('Annotate the selected passage');
    await page.close();
  });

  it('Escape closes the export/import panel and focus returns to its summary', async () => {
    const compare = await new ComparePage(await browser.context.newPage(), baseUrl).open(
      comparePath({ ...EMPTY_COMPARE_STATE, articles: [A, B] }),
    );
    const { page } = compare;
    const summary = page.getByText('Export or import', { exact: true });
    await summary.focus();
    await page.keyboard.press('Enter');
    const exportButton = page.getByRole('button', { name: 'W3C annotations (JSON-LD)' });
    await exportButton.waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('W3C annotations (JSON-LD)');
    await page.keyboard.press('Escape');
    await expect.poll(() => exportButton.isVisible()).toBe(false);
    await expect.poll(async () => (await focused(page)).text).toBe('Export or import');
    await page.close();
  });
});
