import { describe, expect, inject, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { LibraryPage } from './pages/library-page.ts';
import { SearchBoxObject, SearchPage } from './pages/search.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

/** True when the block `blockId` lies wholly inside its column's visible area and inside the window. */
async function blockVisibleInColumn(page: Page, blockId: string): Promise<boolean> {
  return page.evaluate((id) => {
    const el = document.querySelector(`[data-column-scroll] [data-block="${CSS.escape(id)}"]`);
    const scroller = el?.closest('[data-column-scroll]');
    if (!el || !scroller) return false;
    const r = el.getBoundingClientRect();
    const s = scroller.getBoundingClientRect();
    const top = Math.max(s.top, 0);
    const bottom = Math.min(s.bottom, window.innerHeight);
    return r.height > 0 && r.top < bottom && r.bottom > top;
  }, blockId);
}

describe('search in Chromium', () => {
  it('fetches the search index only when the search box is first focused, then finds as the reader types', async () => {
    const page = await browser.context.newPage();
    const indexRequests: string[] = [];
    // Requests from the page and from its workers (the index is fetched in the search worker).
    const onRequest = (request: Request): void => {
      if (/\/search-index-[0-9a-f]+\.json$/.test(new URL(request.url()).pathname))
        indexRequests.push(request.url());
    };
    browser.context.on('request', onRequest);
    await page.goto(`${baseUrl}/compare?a=fto-lethal-force-legality,lawfare-bombing-mexico`, {
      waitUntil: 'networkidle',
    });
    await page.locator('[data-select]').first().click();
    await page.getByRole('checkbox').first().click();
    expect(indexRequests).toEqual([]);
    const search = new SearchBoxObject(page);
    await search.input().focus();
    await expect.poll(() => indexRequests.length).toBe(1);
    await search.input().pressSequentially('Sheinbaum');
    await search.answered();
    await expect.poll(() => search.result('Sheinbaum').locator('mark').first().innerText()).toBe('Sheinbaum');
    await search.input().press('Escape');
    await search.input().fill('');
    await search.input().pressSequentially('fentanil');
    await expect.poll(() => search.result('fentanyl').count()).toBe(1);
    expect(indexRequests).toHaveLength(1);
    browser.context.off('request', onRequest);
    await page.close();
  });

  it('finds a misspelt name, and choosing a result opens its paragraph in the compare view', async () => {
    const library = await new LibraryPage(await browser.context.newPage(), baseUrl).open();
    const search = new SearchBoxObject(library.page);
    await search.type('Sheinbam');
    await expect.poll(() => search.groupTitles()).not.toEqual([]);
    const result = search.result('Sheinbaum');
    await expect.poll(() => result.locator('mark').first().innerText()).toBe('Sheinbaum');
    expect(await axeViolations(library.page)).toEqual([]);
    await result.click();
    await library.page.waitForURL(/\/compare\?/);
    const url = new URL(library.page.url());
    const at = url.searchParams.get('at') ?? '';
    expect(at).not.toBe('');
    expect(url.searchParams.get('q')).toBe('Sheinbam');
    expect(url.searchParams.get('a')?.split(',')).toHaveLength(1);
    await expect.poll(() => blockVisibleInColumn(library.page, at)).toBe(true);
    await expect
      .poll(() => library.page.evaluate(() => document.activeElement?.getAttribute('data-block') ?? null))
      .toBe(at);
    await library.page.close();
  });

  it('keeps the open columns when a result is chosen in the compare view', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/compare?a=fto-lethal-force-legality,lawfare-bombing-mexico`);
    const search = new SearchBoxObject(page);
    await search.type('Hegseth');
    const result = search
      .results()
      .locator('section', { hasText: 'How Trump Could Use Military Force' })
      .getByRole('link')
      .first();
    await result.click();
    await page.waitForURL(/war-zone-military-options/);
    const url = new URL(page.url());
    expect(url.searchParams.get('a')?.split(',')).toEqual([
      'fto-lethal-force-legality',
      'lawfare-bombing-mexico',
      'war-zone-military-options',
    ]);
    await expect.poll(() => blockVisibleInColumn(page, url.searchParams.get('at') ?? '')).toBe(true);
    await page.close();
  });

  it('focuses the search box with "/" from anywhere, but not while typing in a field', async () => {
    const library = await new LibraryPage(await browser.context.newPage(), baseUrl).open();
    const search = new SearchBoxObject(library.page);
    expect(await search.isFocused()).toBe(false);
    await library.page.keyboard.press('/');
    expect(await search.isFocused()).toBe(true);
    expect(await search.input().inputValue()).toBe('');
    // Typed inside the box, "/" is a character.
    await library.page.keyboard.type('a/b');
    expect(await search.input().inputValue()).toBe('a/b');
    await library.page.close();
  });

  it('shows a shareable search page at /search?q=', async () => {
    const page = await new SearchPage(await browser.context.newPage(), baseUrl).open('artcle 51');
    await expect.poll(() => page.status().innerText()).toMatch(/^\d+ results for “artcle 51”/);
    expect(await page.links().first().innerText()).toContain('Article 51');
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.close();
  });

  it('counts the same results in the drop-down and on the search page, each paragraph once', async () => {
    // "tariffs" once showed "8 results" in the drop-down and 10 on the page, one paragraph twice.
    const library = await new LibraryPage(await browser.context.newPage(), baseUrl).open();
    const search = new SearchBoxObject(library.page);
    await search.type('tariffs');
    const status = search.results().getByRole('status');
    await status.getByText(/^\d+ result/).waitFor();
    const count = Number(/^(\d+)/.exec(await status.innerText())?.[1]);
    const dropdownHrefs = await search
      .results()
      .getByRole('link')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    await search.input().press('Enter');
    const page = new SearchPage(library.page, baseUrl);
    await library.page.waitForURL(/\/search\?q=tariffs/);
    await page.status().getByText(`${count} results for “tariffs”`).waitFor();
    const hrefs = await page.links().evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
    expect(hrefs).toHaveLength(count);
    // The drop-down shows the page's first results (its own "See all" link aside).
    for (const href of dropdownHrefs.filter((h) => !h.startsWith('/search'))) expect(hrefs).toContain(href);
    // No paragraph twice: each result opens a different paragraph (or is an argument).
    const places = hrefs
      .map((h) => new URL(h, baseUrl).searchParams)
      .filter((q) => q.get('at') !== null)
      .map((q) => `${q.get('a')}#${q.get('at')}`);
    expect(new Set(places).size).toBe(places.length);
    await library.page.close();
  });
});
