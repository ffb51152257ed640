import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { ArgumentsPage } from './pages/arguments-page.ts';
import { LibraryPage } from './pages/library-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

describe('the arguments index in Chromium', () => {
  /** The arguments page with its list and its matrix (its own chunk, after the list) filled in. */
  async function filledIn(page: ArgumentsPage): Promise<void> {
    await page.page.getByRole('heading', { level: 1, name: 'Arguments' }).waitFor();
    // The list and the matrix fill in as the manifest and the articles' files arrive: wait as a reader does.
    await expect.poll(() => page.list().getByRole('listitem').count()).toBeGreaterThan(0);
    // The matrix is its own chunk, fetched after the list shows: wait for it as a reader does.
    await page.matrix().waitFor();
    await expect.poll(() => page.matrix().getByRole('columnheader').count()).toBe(6);
  }

  // Two tests, not one: each axe run over the whole list and matrix takes seconds, and the two themes in one
  // test came to 12.9 s of its 30 s on an idle machine.
  it('is reached from the library, lists arguments, and passes axe in the light theme', async () => {
    const library = await new LibraryPage(await browser.context.newPage(), baseUrl).open();
    await library.page.getByRole('link', { name: 'Arguments' }).click();
    const page = new ArgumentsPage(library.page, baseUrl);
    await filledIn(page);
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.close();
  });

  it('passes axe in the dark theme', async () => {
    const tab = await browser.context.newPage();
    await tab.emulateMedia({ colorScheme: 'dark' });
    const page = await new ArgumentsPage(tab, baseUrl).open();
    await filledIn(page);
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.close();
  });

  it('filters by claim type, opens an argument’s focus view and from there its articles side by side', async () => {
    const page = await new ArgumentsPage(await browser.context.newPage(), baseUrl).open();
    const all = await page.list().getByRole('listitem').count();
    await page.typeFilter().selectOption('legal');
    await expect.poll(() => page.list().getByRole('listitem').count()).toBeLessThan(all);
    expect(new URL(page.page.url()).searchParams.get('type')).toBe('legal');
    const first = page.list().getByRole('link').first();
    const statement = await first.innerText();
    await page.openArgument(statement);
    await page.page.waitForURL(/\/arguments\/[^/?]+\?type=legal$/);
    await page.page.getByRole('link', { name: 'Read the articles side by side' }).click();
    await page.page.waitForURL(/\/compare\?/);
    const url = new URL(page.page.url());
    expect(url.searchParams.get('arg')).not.toBeNull();
    expect(url.searchParams.get('a')?.split(',').length).toBeGreaterThan(0);
    await page.page.close();
  });
});
