/**
 * The compare view fetches only what it shows: the two open articles' files (no other article, no
 * suggestions while that layer is off, no arguments shard, no search index), a column says it is
 * loading while its file is on its way, and a file that fails names its article with a Retry that
 * brings the text. The arguments page fetches its one shard and no article file. The first search
 * fetches the search index's manifest and streams its shards in, showing results as they arrive.
 */
import type { Page, Request, Route } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './chromium.ts';
import { ArgumentsPage } from './pages/arguments-page.ts';
import { ComparePage } from './pages/compare-page.ts';
import { SearchBoxObject } from './pages/search.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

const FTO = 'fto-lethal-force-legality';
const WAR_ZONE = 'war-zone-military-options';
const WAR_ZONE_TITLE = 'How Trump Could Use Military Force Against Cartels In Mexico';
/** An article's own file: `corpus/<id>.<hash>.json`; its suggestions: `corpus/<id>.s.<hash>.json`. */
const corpusFile = /\/corpus\/([a-z0-9-]+)\.(s\.)?[0-9a-f]{12}\.json$/;

/** The arguments shard: `corpus/_arguments.<hash>.json`. */
const argumentsFile = /\/corpus\/_arguments\.[0-9a-f]{12}\.json$/;
/** The search index (one file or its shards): anything under its name. */
const searchFile = /\/search-index[-.]/;

/** The corpus files `page` asks for, as "<id>", "<id> suggestions", "arguments" or "search". */
function recordCorpusFiles(page: Page): string[] {
  const asked: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    const match = corpusFile.exec(path);
    if (match) asked.push(match[2] ? `${match[1]} suggestions` : (match[1] ?? ''));
    else if (argumentsFile.test(path)) asked.push('arguments');
    else if (searchFile.test(path)) asked.push('search');
  });
  return asked;
}

describe('corpus files on demand', () => {
  it('fetches only the open articles’ files (no arguments shard, no search index), and suggestions only when the layer is turned on', async () => {
    const page = await browser.context.newPage();
    const asked = recordCorpusFiles(page);
    const compare = await new ComparePage(page, baseUrl).open(`/compare?a=${FTO},${WAR_ZONE}`);
    await compare.columnText(WAR_ZONE_TITLE).waitFor();
    expect([...asked].sort()).toEqual([FTO, WAR_ZONE]);

    // Selecting a passage: its panel's arguments and questions came with the article's file; only
    // the articles it is linked to are fetched (never the arguments shard or the search index).
    await compare.markers(WAR_ZONE_TITLE).first().click();
    await page
      .getByRole('heading', { name: /Discussion questions/ })
      .first()
      .waitFor();
    expect(asked).not.toContain('arguments');
    expect(asked).not.toContain('search');
    await page.getByRole('checkbox', { name: 'Show suggestions' }).click();
    await expect
      .poll(() => asked.filter((a) => a.endsWith('suggestions')))
      .toEqual([`${WAR_ZONE} suggestions`]);
    await page.close();
  });

  it('shows a column loading while its file is slow, then its text', async () => {
    const page = await browser.context.newPage();
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(corpusFile, async (route: Route) => {
      if (route.request().url().includes(`/${WAR_ZONE}.`)) await held;
      await route.continue();
    });
    const compare = await new ComparePage(page, baseUrl).open(`/compare?a=${FTO},${WAR_ZONE}`, {
      settle: false,
    });
    const column = compare.column(WAR_ZONE_TITLE);
    await column.getByRole('status').filter({ hasText: 'Loading the text…' }).waitFor();
    expect(await column.getAttribute('aria-busy')).toBe('true');
    // The other column is readable meanwhile.
    await compare
      .columnText('[The FTO designation and the legality of lethal force against cartels in Mexico]')
      .waitFor();
    release();
    await compare.columnText(WAR_ZONE_TITLE).waitFor();
    await expect.poll(() => column.getByText('Loading the text…').count()).toBe(0);
    await page.close();
  });

  it('names the article whose file failed, and Retry brings its text', async () => {
    const page = await browser.context.newPage();
    let failing = true;
    await page.route(corpusFile, async (route: Route) => {
      if (failing && route.request().url().includes(`/${WAR_ZONE}.`))
        await route.fulfill({ status: 503, body: 'unavailable' });
      else await route.continue();
    });
    const compare = await new ComparePage(page, baseUrl).open(`/compare?a=${FTO},${WAR_ZONE}`, {
      settle: false,
    });
    const alert = compare.column(WAR_ZONE_TITLE).getByRole('alert');
    await alert.waitFor();
    expect(await alert.innerText()).toContain(
      `The text of “${WAR_ZONE_TITLE}” (${WAR_ZONE}) could not be loaded: HTTP 503`,
    );
    failing = false;
    await alert.getByRole('button', { name: 'Retry' }).click();
    await compare.columnText(WAR_ZONE_TITLE).waitFor();
    await page.close();
  });

  it('opens the arguments page from its one shard: every disagreement quoted, no article file fetched', async () => {
    const page = await browser.context.newPage();
    const asked = recordCorpusFiles(page);
    const args = await new ArgumentsPage(page, baseUrl).open();
    await expect.poll(() => args.list().getByRole('listitem').count()).toBeGreaterThan(100);
    await expect.poll(() => args.disputes().getByRole('listitem').count()).toBeGreaterThan(0);
    // The disagreements that name a passage quote it, from the shard.
    await expect.poll(() => args.disputes().getByRole('blockquote').count()).toBeGreaterThan(0);
    expect(asked).toEqual(['arguments']);
    await page.close();
  });

  it('streams the search index in on the first search, the open articles’ parts first: results from the shards in so far, saying how much, then everything, each file once', async () => {
    const page = await browser.context.newPage();
    const searchAsked: string[] = [];
    // Requests from the page and from its workers (the index is fetched in the search worker).
    const onRequest = (request: Request): void => {
      const path = new URL(request.url()).pathname;
      if (searchFile.test(path) || /\/search-part-/.test(path)) searchAsked.push(path);
    };
    browser.context.on('request', onRequest);
    // The first shard asked for arrives; the others wait until released.
    const shardFile = /\/search-part-[^/]+\.json$/;
    let passed = false;
    let release: () => void = () => undefined;
    const held = new Promise<void>((resolve) => (release = resolve));
    await browser.context.route(shardFile, async (route: Route) => {
      if (passed) await held;
      passed = true;
      await route.continue();
    });
    await new ComparePage(page, baseUrl).open(`/compare?a=${FTO},${WAR_ZONE}`);
    expect(searchAsked).toEqual([]);
    const search = new SearchBoxObject(page);
    await search.input().focus();
    await search.input().pressSequentially('cartels');
    const status = page.getByRole('region', { name: 'Search results' }).getByRole('status');
    await expect
      .poll(() => status.innerText())
      .toMatch(/^\d+ results?.*\(searching 1 of \d+ parts of the corpus so far\)/);
    expect(await search.results().getByRole('link').count()).toBeGreaterThan(0);
    release();
    // The rest stream in (several requests on a busy machine): wait for the line to stop saying so.
    await status.filter({ hasNotText: 'searching' }).waitFor();
    expect(await status.innerText()).toMatch(/^\d+ results?(, the best \d+ shown)?$/);
    // The manifest, then every shard, each once (a shard per article and one of the arguments).
    const manifests = searchAsked.filter((p) => /\/search-index-[0-9a-f]+\.json$/.test(p));
    const shards = searchAsked.filter((p) => shardFile.test(p));
    expect(manifests).toHaveLength(1);
    expect(shards.length).toBeGreaterThan(2);
    expect(new Set(shards).size).toBe(shards.length);
    // The open articles' parts come first, in their columns' order (the library lists both later).
    const keyOf = (path: string) => /\/search-part-(.+)-[0-9a-f]+\.json$/.exec(path)?.[1];
    expect(shards.slice(0, 2).map(keyOf)).toEqual([FTO, WAR_ZONE]);
    await browser.context.unroute(shardFile);
    browser.context.off('request', onRequest);
    await page.close();
  });

  it('asks for the compare view’s code and the open articles’ files at once, from the page’s links, each once', async () => {
    const page = await browser.context.newPage();
    // A cold first load: nothing from another test's page in the cache.
    const cdp = await browser.context.newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.clearBrowserCache');
    await cdp.detach();
    const asked = recordCorpusFiles(page);
    const compare = await new ComparePage(page, baseUrl).open(`/compare?a=${FTO},${WAR_ZONE}`);
    await compare.columnText(WAR_ZONE_TITLE).waitFor();
    // The articles' files were started by the links index.html adds before the entry script runs
    // (initiator "link"), not by the loader's fetch after the route has rendered; the route's chunk
    // has its modulepreload link ahead of the entry script (Vite's own, added when the entry imports
    // the route, would come after it).
    const initiators = await page.evaluate(() =>
      performance
        .getEntriesByType('resource')
        .map((e) => e as PerformanceResourceTiming)
        .filter((e) => /\/corpus\/[^/]+\.json$/.test(e.name))
        .map((e) => [new URL(e.name).pathname.replace(/\.\w+\.json$/, ''), e.initiatorType])
        .sort(),
    );
    expect(initiators).toEqual([
      [`/corpus/${FTO}`, 'link'],
      [`/corpus/${WAR_ZONE}`, 'link'],
    ]);
    const routeLinkFirst = await page.evaluate(() => {
      const link = document.querySelector('link[rel="modulepreload"][href*="/assets/CompareRoute-"]');
      const entry = document.querySelector('script[type="module"][src*="/assets/index-"]');
      return (
        !!link && !!entry && (link.compareDocumentPosition(entry) & Node.DOCUMENT_POSITION_FOLLOWING) !== 0
      );
    });
    expect(routeLinkFirst).toBe(true);
    // The loader's fetch took the preloaded file instead of asking again.
    expect([...asked].sort()).toEqual([FTO, WAR_ZONE]);
    await page.close();
  });
});
