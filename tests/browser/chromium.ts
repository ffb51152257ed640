/** Launches Debian's Chromium through playwright-core, with the flags this sandboxed machine needs. */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll } from 'vitest';

/** A persistent-context browser with its own fresh profile folder, removed on close. */
export interface TestBrowser {
  context: BrowserContext;
  close: () => Promise<void>;
}

/** How to start Chromium: the colour scheme and the window size. */
export interface LaunchOptions {
  colorScheme?: 'light' | 'dark';
  viewport?: { width: number; height: number };
  /** A phone: touch events and a mobile viewport (taps rather than clicks). */
  touch?: boolean;
}

/** The flags this sandboxed machine needs (headless, no GPU, no background traffic); the bench uses them too. */
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-quic',
];

/** Playwright's context options for `options` (window size, colour scheme, touch). */
function contextOptions(options: LaunchOptions) {
  return {
    viewport: options.viewport ?? { width: 1400, height: 900 },
    colorScheme: options.colorScheme ?? 'light',
    ...(options.touch ? { hasTouch: true, isMobile: true } : {}),
  } as const;
}

/**
 * A new context in the same Chromium as `context`, with its own empty storage (IndexedDB, localStorage) and
 * its own colour scheme, window size or touch: what a fresh browser gives a test, for a tenth of a launch
 * (a launch and close ≈ 2.3–3.2 s at load 11, a context ≈ 0.45 s). The caller closes it.
 */
export async function freshContext(
  context: BrowserContext,
  options: LaunchOptions = {},
): Promise<BrowserContext> {
  const browser = context.browser();
  if (!browser) throw new Error('this context has no browser to open another context in');
  return browser.newContext(contextOptions(options));
}

/** Starts headless Chromium with a fresh user-data dir. */
export async function launchChromium(options: LaunchOptions = {}): Promise<TestBrowser> {
  const userDataDir = mkdtempSync(join(tmpdir(), 'parallax-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
    ...contextOptions(options),
  });
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(userDataDir, { recursive: true, force: true });
    },
  };
}

/**
 * One Chromium for the calling test file: registers `beforeAll` to launch it and `afterAll` to close
 * it, and returns a handle whose `context` is there inside the file's tests.
 */
export function chromiumForFile(options: LaunchOptions = {}): { readonly context: BrowserContext } {
  let browser: TestBrowser | undefined;
  beforeAll(async () => {
    browser = await launchChromium(options);
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    get context(): BrowserContext {
      if (!browser) throw new Error('Chromium is not running yet: use the context inside a test.');
      return browser.context;
    },
  };
}

/**
 * Brings `page`'s tab to the front, as a person looks at the tab they work in. Call it before acting in
 * one of several open tabs: Chromium runs a tab that is not in front at about one animation frame a
 * second (its `visibilityState` still says "visible"), and every Playwright click waits for two frames
 * to see its target stand still, so each action in a tab left behind took 1–2 s (two-tab test: 19 s).
 * Reading a page (text, counts) works in any tab.
 */
export async function lookAt(page: Page): Promise<void> {
  await page.bringToFront();
}
