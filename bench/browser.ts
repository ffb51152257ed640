/**
 * Browser measurements of a served build in Chromium: time to a usable compare view against the
 * static floor, interaction latency, heap after load, and what a first load transfers.
 *
 * - Usable: both columns show their last block and the first passage marker can be clicked; the time
 *   is `performance.now()` at that moment (milliseconds since navigation start), in a fresh browser
 *   context each run (cold cache), app and static page alternating.
 * - Latency: from the input event's timestamp to the first frame after it has painted (a
 *   requestAnimationFrame callback, then a message task, which runs after that frame's paint).
 *   Search answers from a worker, so a keystroke also gets "to results": from its timestamp to the
 *   first frame that shows that query's results (the drop-down no longer `aria-busy`); and the index
 *   load is timed from the first focus of the search box to the first results.
 * - Probe floor: the same probe on inputs that do nothing (a click on a paragraph and a Shift key
 *   press on the static page, no script of the page runs). It is what the probe reports for no work:
 *   the wait from the input to the next frame (up to one frame, 16.7 ms at 60 Hz) plus an empty
 *   frame, so its p95 is near 16 ms by itself. An interaction's figure minus this floor is the work
 *   the interaction adds; the budgets are unchanged and compared with the full figure.
 * - Heap: used JS heap after a forced garbage collection, once the compare view is usable.
 */
import { gzipSync, brotliCompressSync, constants } from 'node:zlib';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS } from '../tests/browser/chromium.ts';

/** Sizes of what a first load fetched, in bytes. */
export interface Transfer {
  files: number;
  raw: number;
  gzip: number;
  brotli: number;
}

/** Median and 95th percentile of one interaction's latencies, in milliseconds. */
export interface LatencySummary {
  p50: number;
  p95: number;
  reps: number;
}

/** What one scale's browser run measured. */
export interface BrowserFigures {
  transfer: Transfer;
  usableMs: { app: number[]; floor: number[]; appMedian: number; floorMedian: number; ratio: number };
  latencyMs: Record<'filter' | 'select' | 'search', { p50: number; p95: number; reps: number }> & {
    /** Keystroke to that query's results on screen (absent in runs before the search worker). */
    searchResults?: { p50: number; p95: number; reps: number };
    /** The probe on inputs that do nothing, on the static page (absent in runs before it was measured). */
    floor?: { click: LatencySummary; key: LatencySummary };
  };
  /** First focus of the search box to the first results shown (index fetched and loaded). */
  searchIndexLoadMs?: number;
  heapMB: number;
}

/** Median of numbers. */
export function median(values: readonly number[]): number {
  return quantile(values, 0.5);
}

/** The q-quantile (nearest rank) of numbers. */
export function quantile(values: readonly number[], q: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? Number.NaN;
}

const USABLE = `(() => {
  const cols = document.querySelectorAll('section[data-column]');
  if (cols.length < 2) return false;
  for (const c of cols) if (!c.querySelector('[data-select]')) return false;
  return true;
})()`;

const FLOOR_USABLE = `document.querySelectorAll('[data-last]').length === 2`;

/**
 * How long a page may take to become usable or to answer, by default: 10 minutes, as the 100× compare
 * view took over a minute before it was split. The quick mode (CI, 1×) passes one minute, so a broken
 * reader fails the run in a minute instead of ten.
 */
const PATIENCE_MS = 600_000;

async function timeToUsable(
  browser: Browser,
  url: string,
  condition: string,
  patience: number,
): Promise<number> {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  await page.goto(url, { waitUntil: 'commit' });
  await page.waitForFunction(condition, undefined, { polling: 'raf', timeout: patience });
  const ms = await page.evaluate(() => performance.now());
  await context.close();
  return ms;
}

/** Installs the latency probe: every `type` event records its time to the next painted frame. */
async function installProbe(page: Page): Promise<void> {
  await page.evaluate(() => {
    const w = window as unknown as { __lat: number[]; __lastInput: number };
    w.__lat = [];
    const channel = new MessageChannel();
    let start = 0;
    channel.port1.onmessage = () => w.__lat.push(performance.now() - start);
    for (const type of ['click', 'keydown']) {
      document.addEventListener(
        type,
        (e) => {
          start = e.timeStamp;
          w.__lastInput = e.timeStamp;
          requestAnimationFrame(() => channel.port2.postMessage(0));
        },
        { capture: true },
      );
    }
  });
}

async function latencies(page: Page, reps: number, act: (i: number) => Promise<void>): Promise<number[]> {
  await page.evaluate(() => ((window as unknown as { __lat: number[] }).__lat = []));
  for (let i = 0; i < reps; i++) {
    await act(i);
    await page.waitForFunction((n) => (window as unknown as { __lat: number[] }).__lat.length >= n, i + 1);
  }
  return page.evaluate(() => (window as unknown as { __lat: number[] }).__lat.slice());
}

function summary(values: number[]): LatencySummary {
  const round = (x: number) => Math.round(x * 10) / 10;
  return { p50: round(quantile(values, 0.5)), p95: round(quantile(values, 0.95)), reps: values.length };
}

/** Measures one served build; `comparePath` opens the two articles, `floorPath` is their static page. */
export async function measureBrowser(options: {
  baseUrl: string;
  distDir: string;
  comparePath: string;
  floorPath: string;
  /** The label of the claim-type checkbox the filter toggle clicks. */
  filterLabel: string;
  runs: number;
  reps: number;
  /** Milliseconds a page may take to become usable or to answer (default `PATIENCE_MS`). */
  timeoutMs?: number;
}): Promise<BrowserFigures> {
  const patience = options.timeoutMs ?? PATIENCE_MS;
  const browser = await chromium.launch({
    executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
  try {
    const { baseUrl, distDir, comparePath, floorPath, filterLabel, runs, reps } = options;
    // Transfer: every file the compare view fetches on a cold first load, compressed here.
    const transferContext = await browser.newContext();
    const fetched = new Set<string>();
    const page0 = await transferContext.newPage();
    page0.on('request', (r) => {
      if (r.url().startsWith(baseUrl)) fetched.add(new URL(r.url()).pathname);
    });
    await page0.goto(`${baseUrl}${comparePath}`, { waitUntil: 'commit' });
    await page0.waitForFunction(USABLE, undefined, { polling: 'raf', timeout: patience });
    const transfer: Transfer = { files: 0, raw: 0, gzip: 0, brotli: 0 };
    for (const path of fetched) {
      const file = path === '/' || !path.includes('.') ? 'index.html' : path.slice(1);
      let body: Buffer;
      try {
        body = readFileSync(join(distDir, file));
      } catch {
        continue;
      }
      transfer.files++;
      transfer.raw += body.length;
      transfer.gzip += gzipSync(body, { level: 9 }).length;
      transfer.brotli += brotliCompressSync(body, {
        params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
      }).length;
    }
    await transferContext.close();

    const app: number[] = [];
    const floor: number[] = [];
    for (let i = 0; i < runs; i++) {
      app.push(await timeToUsable(browser, `${baseUrl}${comparePath}`, USABLE, patience));
      floor.push(await timeToUsable(browser, `${baseUrl}${floorPath}`, FLOOR_USABLE, patience));
    }

    // Latency and heap in one loaded page.
    const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const page = await context.newPage();
    await page.goto(`${baseUrl}${comparePath}`, { waitUntil: 'commit' });
    await page.waitForFunction(USABLE, undefined, { polling: 'raf', timeout: patience });
    const cdp = await context.newCDPSession(page);
    await cdp.send('HeapProfiler.collectGarbage');
    const heap = (await cdp.send('Runtime.getHeapUsage')) as { usedSize: number };
    await installProbe(page);
    const checkbox = page.getByRole('checkbox', { name: filterLabel, exact: true });
    const filter = await latencies(page, reps, () => checkbox.click());
    const markers = page.locator('[data-select]');
    const count = Math.min(await markers.count(), 40);
    const select = await latencies(page, reps, (i) => markers.nth(i % count).click());
    const search = page.getByRole('searchbox', { name: 'Search the articles' });
    const answered = () =>
      page.waitForFunction(
        () => {
          const panel = document.querySelector('form[role="search"] [aria-busy]');
          const w = window as unknown as { __lastInput: number };
          return panel?.getAttribute('aria-busy') === 'false' && performance.now() - w.__lastInput;
        },
        undefined,
        { polling: 'raf', timeout: patience },
      );
    const loadStarted = Date.now();
    await search.click();
    await page.keyboard.press('c');
    await answered();
    const searchIndexLoadMs = Date.now() - loadStarted;
    const query = 'artel strikes self defense fentanyl';
    const toResults: number[] = [];
    const searchTimes = await latencies(page, reps, async (i) => {
      const key = query[i % query.length] ?? 'a';
      await page.keyboard.press(key === ' ' ? 'Space' : key);
      toResults.push(Number(await (await answered()).jsonValue()));
    });
    await context.close();

    // The probe's floor: inputs that do nothing, on the static page of the same texts.
    const floorContext = await browser.newContext({ viewport: { width: 1400, height: 900 } });
    const floorPage = await floorContext.newPage();
    await floorPage.goto(`${baseUrl}${floorPath}`, { waitUntil: 'commit' });
    await floorPage.waitForFunction(FLOOR_USABLE, undefined, { polling: 'raf', timeout: patience });
    await installProbe(floorPage);
    const paragraph = floorPage.locator('p').first();
    const floorClick = await latencies(floorPage, reps, () => paragraph.click());
    const floorKey = await latencies(floorPage, reps, () => floorPage.keyboard.press('Shift'));
    await floorContext.close();
    return {
      transfer,
      usableMs: {
        app: app.map(Math.round),
        floor: floor.map(Math.round),
        appMedian: Math.round(median(app)),
        floorMedian: Math.round(median(floor)),
        ratio: Math.round((median(app) / median(floor)) * 10) / 10,
      },
      latencyMs: {
        filter: summary(filter),
        select: summary(select),
        search: summary(searchTimes),
        searchResults: summary(toResults),
        floor: { click: summary(floorClick), key: summary(floorKey) },
      },
      searchIndexLoadMs,
      heapMB: Math.round((heap.usedSize / 1048576) * 10) / 10,
    };
  } finally {
    await browser.close();
  }
}
