/**
 * Code splitting as a reader meets it: the compare view's first load fetches none of the parts it does
 * not show (editor, export and import, the arguments matrix, other routes); selecting text
 * fetches the editor and opens it; the reader's annotation store comes after the texts have painted,
 * and an annotation made before it arrives is kept; a part that cannot be fetched says so and can be
 * tried again.
 */
import type { Page, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { chromiumForFile } from './chromium.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { ReadingHands } from './pages/reading-hands.ts';
import { annotationsStored } from './stored.ts';

const baseUrl = inject('baseUrl');
const FTO = 'fto-lethal-force-legality';
const SELF = 'just-security-self-sabotage';
const browser = chromiumForFile({ viewport: { width: 1280, height: 800 } });
const { corpus } = realCompiled();
const passage = corpus.tagLayer.passages.find((p) => p.id === 'fto-015');
const SENTENCE = 'Article 51 provides an exception for self-defense.';

/** Chunks (by their module's name) the compare view must not fetch until the reader uses them. */
const LATER = {
  editor: /\/assets\/AnnotationEditor-[^/]+\.js$/,
  share: /\/assets\/SharePanel-[^/]+\.js$/,
  importer: /\/assets\/w3c-import-[^/]+\.js$/,
  exporter: /\/assets\/user-export-[^/]+\.js$/,
  matrix: /\/assets\/ArgumentMatrix-[^/]+\.js$/,
  argumentsRoute: /\/assets\/ArgumentsRoute-[^/]+\.js$/,
  library: /\/assets\/LibraryRoute-[^/]+\.js$/,
  // The class connection (websocket provider, class documents): only for a reader in a class.
  classConnection: /\/assets\/class-client-[^/]+\.js$/,
  presentation: /\/assets\/PassagePresentationRoute-[^/]+\.js$/,
  // The argument recommender's model (its worker's code): for the editor's suggestions only.
  recommenderModel: /\/assets\/argument-recommender-[^/.]+\.js$/,
};

/** The reader's annotation store (Yjs, y-indexeddb): loaded after the compare view's first paint. */
const STORE = /\/assets\/(annotation-store|y-indexeddb)-[^/]+\.js$/;

/** Every script and stylesheet the page requests, in order. */
function recordRequests(page: Page): string[] {
  const urls: string[] = [];
  page.on('request', (r) => {
    if (r.url().startsWith(baseUrl)) urls.push(new URL(r.url()).pathname);
  });
  return urls;
}

const fetched = (urls: readonly string[], chunk: RegExp) => urls.some((u) => chunk.test(u));

describe('parts of the reader loaded on first use', () => {
  it('opens the compare view without the editor, export, import or matrix; selecting text loads the editor', async () => {
    if (!passage?.paragraphNumber || !passage.exact.startsWith(SENTENCE))
      throw new Error('the tag layer no longer has fto-015 opening with the Article 51 sentence');
    const page = await browser.context.newPage();
    const urls = recordRequests(page);
    const ui = await new AnnotationsPage(page, baseUrl).open([FTO, SELF]);
    const hands = new ReadingHands(page);
    const box = await hands.wordsBox(FTO, passage.paragraphNumber, SENTENCE);
    expect(Object.entries(LATER).filter(([, chunk]) => fetched(urls, chunk))).toEqual([]);

    await hands.drag(box.start, box.end);
    await ui.editor().waitFor();
    expect(await ui.editor().locator('blockquote').innerText()).toBe(SENTENCE);
    expect(fetched(urls, LATER.editor)).toBe(true);
    expect(fetched(urls, LATER.share) || fetched(urls, LATER.importer)).toBe(false);
    await ui.editor().getByRole('button', { name: 'Cancel' }).click();

    // Export and import come when the reader opens them.
    await page.getByText('Export or import').click();
    await page.getByRole('button', { name: 'W3C annotations (JSON-LD)' }).waitFor();
    expect(fetched(urls, LATER.share)).toBe(true);
    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'W3C annotations (JSON-LD)' }).click();
    expect((await download).suggestedFilename()).toMatch(/\.jsonld$/);
    expect(fetched(urls, LATER.exporter)).toBe(true);
    expect(fetched(urls, LATER.matrix)).toBe(false);
    await page.close();
  });

  it('keeps an annotation made before the store’s code arrives', async () => {
    if (!passage?.paragraphNumber) throw new Error('the tag layer no longer has fto-015');
    const page = await browser.context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(STORE, async (route: Route) => {
      await held;
      await route.continue();
    });
    const ui = new AnnotationsPage(page, baseUrl);
    await page.goto(`${baseUrl}/compare?a=${FTO},${SELF}`);
    await ui.bar().waitFor();
    await page.waitForFunction(
      () => document.querySelector('[data-column-loading][aria-busy="true"]') === null,
    );
    const hands = new ReadingHands(page);
    const box = await hands.wordsBox(FTO, passage.paragraphNumber, SENTENCE);
    await hands.drag(box.start, box.end);
    await ui.editor().waitFor();
    await ui.editor().getByRole('checkbox', { name: 'Legal' }).check();
    await ui.editor().getByRole('textbox', { name: 'Note' }).fill('made before the store arrived');
    await ui.editor().getByRole('button', { name: 'Add annotation' }).click();
    expect(await page.locator('section.annotations-bar').getAttribute('aria-busy')).toBe('true');
    release();
    await expect.poll(async () => (await ui.mineText().allInnerTexts()).join('')).toContain(SENTENCE);
    await annotationsStored(page);
    await page.close();
  });

  // Runs after the test above: this browser now keeps one annotation in the FTO column.
  it('shows the texts and the curated layer before the annotation store’s code arrives; the reader’s annotations join when it does', async () => {
    const page = await browser.context.newPage();
    const urls = recordRequests(page);
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(STORE, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl}/compare?a=${FTO},${SELF}`);
    // Usable while the store is held: both columns show their text and passage markers a reader can click.
    await page.waitForFunction(
      () =>
        [...document.querySelectorAll('section[data-column]')].filter((c) => c.querySelector('[data-select]'))
          .length === 2,
    );
    // Asked for once the texts have painted, and held on its way.
    await expect.poll(() => fetched(urls, STORE)).toBe(true);
    const bar = page.locator('section.annotations-bar');
    expect(await bar.getAttribute('aria-busy')).toBe('true');
    // The paragraph holding the annotation the test before kept: where it is before the store comes.
    const paragraph = page.locator(`[data-column="${FTO}"] p[data-paragraph="${passage?.paragraphNumber}"]`);
    const place = await paragraph.boundingBox();
    release();
    const ui = new AnnotationsPage(page, baseUrl);
    expect(await ui.count()).toBe(1);
    expect((await ui.mineText().allInnerTexts()).join('')).toContain(SENTENCE);
    // The reader's annotation joined in place: nothing above it moved, so the reader's place holds.
    expect((await paragraph.boundingBox())?.y).toBe(place?.y);
    expect(urls.filter((u) => STORE.test(u)).length).toBe(2);
    await page.close();
  });

  it('shows a loading line while a part comes, and a failed part says what failed, with Try again', async () => {
    const page = await browser.context.newPage();
    // The matrix's chunk is held until the loading line has been seen.
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(LATER.matrix, async (route: Route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${baseUrl}/arguments`);
    await page.getByRole('heading', { level: 1, name: 'Arguments' }).waitFor();
    await page.getByRole('status').filter({ hasText: 'Loading the arguments matrix…' }).waitFor();
    release();
    await page.getByRole('table', { name: 'Which article makes which argument' }).waitFor();

    // Offline for the library's chunk: the page names it and offers to try again, which works.
    const fresh = await browser.context.newPage();
    await fresh.route(LATER.library, (route) => route.abort('internetdisconnected'));
    await fresh.goto(`${baseUrl}/`);
    await fresh.getByRole('heading', { level: 1, name: 'Could not load the library' }).waitFor();
    expect(await fresh.getByRole('alert').innerText()).toContain('Check the connection and try again.');
    await fresh.unroute(LATER.library);
    await fresh.getByRole('button', { name: 'Try again' }).click();
    await fresh.getByRole('heading', { level: 1, name: 'Parallax' }).waitFor();
    expect(new URL(fresh.url()).pathname).toBe('/');
    await page.close();
    await fresh.close();
  });
});
