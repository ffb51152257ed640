import type { Page, Response } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './chromium.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

/** The addresses a page asked for that failed (status 400 and over), recorded while `visit` runs. */
async function failedRequests(page: Page, visit: () => Promise<void>): Promise<string[]> {
  const failed: string[] = [];
  const onResponse = (response: Response): void => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  };
  page.on('response', onResponse);
  await visit();
  page.off('response', onResponse);
  return failed;
}

describe('every file a page asks for is there', () => {
  it.each([
    ['the library', '/'],
    ['the compare view', '/compare?a=fto-lethal-force-legality,war-zone-military-options'],
    ['the arguments page', '/arguments'],
    ['an article page', '/article/fto-lethal-force-legality'],
    ['the search page', '/search?q=cartels'],
  ])('%s loads with its icon and no missing file', async (_name, path) => {
    const page = await browser.context.newPage();
    const failed = await failedRequests(page, async () => {
      await page.goto(`${baseUrl}${path}`, { waitUntil: 'networkidle' });
    });
    expect(failed).toEqual([]);
    const icon = await page.locator('link[rel="icon"]').getAttribute('href');
    expect(icon).not.toBeNull();
    const response = await page.request.get(new URL(icon ?? '', baseUrl).href);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toContain('image/');
    await page.close();
  });
});
