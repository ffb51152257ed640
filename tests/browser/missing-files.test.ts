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

/** Fetches `url` and expects an image (status 200, an image content type, some bytes). */
async function expectImage(page: Page, url: string): Promise<void> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  expect(response.headers()['content-type'], url).toMatch(/^image\//);
  expect((await response.body()).length, url).toBeGreaterThan(0);
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
    // Read at once (a locator would wait its whole timeout for a link that is not there).
    const icon = await page.evaluate(
      () => document.querySelector('link[rel~="icon"]')?.getAttribute('href') ?? null,
    );
    expect(icon).not.toBeNull();
    await expectImage(page, new URL(icon ?? '', baseUrl).href);
    await page.close();
  });

  it('serves /favicon.ico, which browsers and bookmarking tools ask for whatever the page links', async () => {
    const page = await browser.context.newPage();
    await expectImage(page, `${baseUrl}/favicon.ico`);
    await page.close();
  });
});
