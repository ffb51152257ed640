import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { ArgumentsPage } from './pages/arguments-page.ts';
import { LibraryPage } from './pages/library-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

describe('the arguments index in Chromium', () => {
  it('is reached from the library, lists arguments, and passes axe in light and dark themes', async () => {
    const library = await new LibraryPage(await browser.context.newPage(), baseUrl).open();
    await library.page.getByRole('link', { name: 'Arguments' }).click();
    const page = new ArgumentsPage(library.page, baseUrl);
    await page.page.getByRole('heading', { level: 1, name: 'Arguments' }).waitFor();
    // The list and the matrix fill in as the manifest and the articles' files arrive: wait as a reader does.
    await expect.poll(() => page.list().getByRole('listitem').count()).toBeGreaterThan(0);
    // The matrix is its own chunk, fetched after the list shows: wait for it as a reader does.
    await page.matrix().waitFor();
    await expect.poll(() => page.matrix().getByRole('columnheader').count()).toBe(6);
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.emulateMedia({ colorScheme: 'dark' });
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
