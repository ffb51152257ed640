/**
 * A class in Chromium against a real class server (started here on 127.0.0.1 at a free port, with a
 * temporary SQLite file): a teacher context and two student contexts, each with its own storage.
 * A student's annotation made by a mouse drag reaches the teacher and, with sharing open, the other
 * student's class layer; a student offline keeps annotating and syncs on reconnection; undo in one
 * student's tab never removes a classmate's annotation; a student following the stage goes where the
 * teacher presents. axe on the class pages, light and dark, phone size included.
 */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { startClassServer, TOKEN_LIFETIME, type ClassServer } from '../../server/class-server.ts';
import { classLinks } from '../../src/model/class-room.ts';
import { axeViolations } from './axe.ts';
import { CHROMIUM_ARGS, lookAt } from './chromium.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { ReadingHands } from './pages/reading-hands.ts';

const baseUrl = inject('baseUrl');
const SELF = 'just-security-self-sabotage';
const ANA_WORDS = 'Such a use of force would, absent a change of circumstances';
const BEN_WORDS = 'After winning the 2024 election';
const OFFLINE_WORDS = 'the revelation was met with astonishment';
// Screenshots of the class views when PARALLAX_CLASS_SHOTS names a folder (not part of the suite).
const SHOTS = process.env.PARALLAX_CLASS_SHOTS;

let server: ClassServer;
let browser: Browser;
let dir: string;
let links: { teacher: string; join: string };
const contexts: BrowserContext[] = [];
let teacher: Page;
let ana: Page;
let ben: Page;

async function context(): Promise<BrowserContext> {
  const made = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  contexts.push(made);
  return made;
}

/** Opens the join link in a fresh context and joins as `name`. */
async function joinAs(name: string): Promise<Page> {
  const page = await (await context()).newPage();
  await page.goto(links.join);
  await page.getByRole('textbox', { name: /Your name/ }).fill(name);
  await page.getByRole('button', { name: 'Join the class' }).click();
  await page.getByText('You are in this class as').waitFor();
  return page;
}

/** Annotates `words` of paragraph `n` by a mouse drag, as Legal. */
async function annotate(page: Page, n: number, words: string): Promise<void> {
  await lookAt(page);
  const ui = new AnnotationsPage(page, baseUrl);
  const before = await ui.count();
  const hands = new ReadingHands(page);
  const box = await hands.wordsBox(SELF, n, words);
  await hands.drag(box.start, box.end);
  const editor = ui.editor();
  await editor.waitFor();
  await editor.getByRole('checkbox', { name: 'Legal' }).check();
  await editor.getByRole('button', { name: 'Add annotation' }).click();
  await expect.poll(() => ui.count()).toBe(before + 1);
  await editor.waitFor({ state: 'detached' });
}

/** Opens the compare view of SELF with the class layer and shares every annotation. */
async function openSharing(page: Page): Promise<void> {
  await lookAt(page);
  await page.goto(`${baseUrl}/compare?a=${SELF}&layers=curated,mine,class`);
  await new AnnotationsPage(page, baseUrl).bar().waitFor();
  await page.getByRole('region', { name: 'Class' }).waitFor();
  await page.getByText(/^Share with class/).click();
  await page.getByRole('checkbox', { name: 'Share all my annotations' }).check();
  await page.getByText(/^Share with class/).click();
}

const entries = () => teacher.locator('.class-entry');

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'parallax-class-browser-'));
  server = await startClassServer({ database: join(dir, 'class.sqlite'), port: 0, host: '127.0.0.1' });
  const record = server.classes.ensure();
  links = classLinks(
    { app: baseUrl, server: server.url },
    {
      teacher: server.token({ class: record.id, role: 'teacher' }, TOKEN_LIFETIME.teacher),
      join: server.token({ class: record.id, role: 'join' }, TOKEN_LIFETIME.join),
    },
  );
  browser = await chromium.launch({
    executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
}, 30_000);

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
  await server?.close();
  rmSync(dir, { recursive: true, force: true });
});

describe('a class in Chromium', { timeout: 30_000 }, () => {
  it('opens the teacher’s link, keeps the token and clears it from the address; students join by name', async () => {
    teacher = await (await context()).newPage();
    await teacher.goto(links.teacher);
    await teacher.getByRole('heading', { level: 1, name: 'Your class' }).waitFor();
    expect(new URL(teacher.url()).hash).toBe('');
    await teacher.getByText('Connected to the class').waitFor();
    ana = await joinAs('Ana');
    ben = await joinAs('Ben');
    expect(new URL(ana.url()).hash).toBe('');
    const students = teacher.getByRole('region', { name: /Students/ });
    await expect.poll(() => students.innerText()).toContain('2 of 2 online');
    // A reload keeps the class: the token is stored, not in the address.
    await lookAt(teacher);
    await teacher.reload();
    await teacher.getByRole('heading', { level: 1, name: 'Your class' }).waitFor();
    await expect.poll(() => students.innerText()).toContain('Ana');
  });

  it('brings a student’s dragged annotation to the teacher and, with sharing open, to a classmate’s class layer', async () => {
    // Each person acts in their own window: the one acting is brought to the front (see lookAt).
    await lookAt(teacher);
    await teacher.getByRole('checkbox', { name: /see each other’s shared annotations/ }).check();
    await openSharing(ana);
    await annotate(ana, 2, ANA_WORDS);
    await expect.poll(() => entries().count()).toBe(1);
    expect(await entries().first().innerText()).toContain('Ana on');
    expect(await entries().first().innerText()).toContain(ANA_WORDS);

    await openSharing(ben);
    const anaLabel = ben.locator('.class-label[data-label="Ana"]');
    await anaLabel.waitFor();
    expect(await ben.locator('.class-span').first().innerText()).toContain('Such a use of force');
    // The classmate's annotation is not Ben's: his own layer is empty.
    expect(await new AnnotationsPage(ben, baseUrl).count()).toBe(0);
  });

  it('never lets undo in one student’s tab remove a classmate’s annotation', async () => {
    await annotate(ben, 3, BEN_WORDS);
    const ui = new AnnotationsPage(ben, baseUrl);
    await expect.poll(() => teacher.getByRole('button', { name: /^Show 1 new$/ }).count()).toBe(1);
    await lookAt(ben);
    await ben.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => ui.count()).toBe(0);
    // Nothing more to undo: Ana's annotation was never one of Ben's edits.
    expect(await ben.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);
    // Ana's annotation stays in Ben's class layer, in Ana's own layer and in the teacher's list.
    expect(await ben.locator('.class-label[data-label="Ana"]').count()).toBe(1);
    expect(await new AnnotationsPage(ana, baseUrl).count()).toBe(1);
    // Ben's undone annotation left the class too: nothing new waits for the teacher any more.
    await teacher.getByRole('button', { name: /^Show \d+ new$/ }).waitFor({ state: 'detached' });
    expect(await entries().count()).toBe(1);
    expect(await entries().first().innerText()).toContain('Ana on');
  });

  it('keeps a student annotating offline and syncs on reconnection', async () => {
    const anaContext = ana.context();
    await anaContext.setOffline(true);
    await ana.getByText('offline (changes are kept and sent later)').waitFor();
    await annotate(ana, 1, OFFLINE_WORDS);
    await anaContext.setOffline(false);
    await ana.getByRole('region', { name: 'Class' }).getByText('connected', { exact: true }).waitFor();
    await lookAt(teacher);
    await teacher.getByRole('button', { name: 'Show 1 new' }).click();
    await expect.poll(() => entries().count()).toBe(2);
    expect(await entries().first().innerText()).toContain(OFFLINE_WORDS);
  });

  it('takes a student who follows the stage where the teacher presents', async () => {
    await lookAt(ben);
    await ben.goto(`${baseUrl}/class`);
    await ben.getByRole('checkbox', { name: /Follow the stage/ }).check();
    const entry = entries().filter({ hasText: ANA_WORDS });
    await lookAt(teacher);
    await entry.getByRole('button', { name: 'Present' }).click();
    await expect.poll(() => new URL(ben.url()).pathname).toBe('/compare');
    const at = new URL(ben.url());
    expect(at.searchParams.get('a')).toBe(SELF);
    expect(at.searchParams.get('layers')).toBe('curated,mine,class');
    await ben.locator('.class-label[data-label="Ana"]').first().waitFor();
    await entry.getByRole('button', { name: 'On the stage' }).waitFor();
    // The class bar in the compare view switches following off again.
    await lookAt(ben);
    await ben
      .getByRole('region', { name: 'Class' })
      .getByRole('checkbox', { name: 'Follow the stage' })
      .uncheck();
  });

  for (const who of ['teacher', 'student'] as const) {
    it(`has no axe violations on the ${who}’s class page, light and dark, phone size included`, async () => {
      const page = who === 'teacher' ? teacher : ben;
      await lookAt(page);
      if (who === 'student') await page.goto(`${baseUrl}/class`);
      for (const [colorScheme, width, height] of [
        ['light', 390, 844],
        ['dark', 390, 844],
        ['light', 1280, 800],
        ['dark', 1920, 1080],
      ] as const) {
        await page.emulateMedia({ colorScheme });
        await page.setViewportSize({ width, height });
        expect(await axeViolations(page), `${who} ${colorScheme} ${width}`).toEqual([]);
      }
      if (!SHOTS) return;
      mkdirSync(SHOTS, { recursive: true });
      const compare = `${baseUrl}/compare?a=${SELF}&layers=curated,mine,class`;
      for (const path of who === 'teacher' ? [undefined] : [undefined, compare]) {
        if (path) await page.goto(path);
        for (const [width, height] of [
          [390, 844],
          [1280, 800],
          [1920, 1080],
        ] as const) {
          await page.emulateMedia({ colorScheme: 'light' });
          await page.setViewportSize({ width, height });
          const name = `class-${who}${path ? '-compare' : ''}-${width}.png`;
          await page.screenshot({ path: join(SHOTS, name) });
        }
      }
    });
  }
});
