/**
 * Discussion plans in Chromium: a teacher makes a plan with the mouse and keyboard, copies the
 * students' link, and a second, fresh browser context (no storage) opens it, sees the same steps,
 * presents it at 1920×1080 and steps with the keyboard; the handout prints without controls.
 * PARALLAX_PLAN_SHOTS=<folder> also writes screenshots of each view at three sizes (not part of the suite).
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { CHROMIUM_ARGS } from './chromium.ts';
import { PlanEditorPage, SharedPlanPage } from './pages/plan-pages.ts';

const baseUrl = inject('baseUrl');
const SHOTS = process.env.PARALLAX_PLAN_SHOTS;
const SIZES = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
  { width: 1920, height: 1080 },
] as const;

let browser: Browser;
const contexts: BrowserContext[] = [];
/** What the teacher made, for the later tests. */
let link = '';
let statements: string[] = [];
let editorUrl = '';

async function freshContext(viewport = { width: 1280, height: 800 }): Promise<BrowserContext> {
  const made = await browser.newContext({ viewport });
  contexts.push(made);
  return made;
}

async function shoot(page: Page, name: string): Promise<void> {
  if (!SHOTS) return;
  mkdirSync(SHOTS, { recursive: true });
  for (const size of SIZES) {
    await page.setViewportSize(size);
    await page.screenshot({ path: join(SHOTS, `${name}-${size.width}x${size.height}.png`), fullPage: false });
  }
}

beforeAll(async () => {
  browser = await chromium.launch({
    executablePath: process.env.PARALLAX_CHROMIUM ?? '/usr/bin/chromium',
    headless: true,
    args: CHROMIUM_ARGS,
  });
});

afterAll(async () => {
  await Promise.all(contexts.map((c) => c.close()));
  await browser?.close();
});

describe('discussion plans in Chromium', () => {
  it('a teacher makes a plan with the mouse and keyboard (3 arguments, reordered, a prompt, a name) and copies its link', async () => {
    const teacherContext = await freshContext();
    await teacherContext.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
    const editor = await new PlanEditorPage(await teacherContext.newPage(), baseUrl).startNewPlan();
    editorUrl = editor.page.url();
    await editor.rename('Legal basis for force');
    const added = [
      await editor.addFirstMatch('congress declare war'),
      await editor.addFirstMatch('armed attack'),
      await editor.addFirstMatch('unwilling unable'),
    ];
    expect(await editor.stepTitles()).toEqual(added);
    // Reorder: the mouse moves step 3 up, then Alt+↑ (focus stays on the moved step) moves it to the top.
    await editor.moveUp(3).click();
    await editor.page.keyboard.press('Alt+ArrowUp');
    statements = [added[2]!, added[0]!, added[1]!];
    await expect.poll(() => editor.stepTitles()).toEqual(statements);
    // A prompt for the first step, typed, saved when the field is left.
    await editor.prompt(1).click();
    await editor.page.keyboard.type('Who may authorise force against the cartels?');
    await editor.page.keyboard.press('Tab');
    await editor.page.getByRole('button', { name: 'Copy the students’ link' }).click();
    await editor.page.getByText('Link copied').waitFor();
    link = await editor.page.evaluate(() => navigator.clipboard.readText());
    expect(link.startsWith(`${baseUrl}/plan?p=`)).toBe(true);
    await shoot(editor.page, 'plan-editor');
    await editor.page.close();
  });

  it('a second, fresh browser opens the link: the same steps in order, presented at 1920×1080 in type of 28 px or more, stepped with the keyboard', async () => {
    expect(link).not.toBe('');
    // A student: another context, nothing stored.
    const studentContext = await freshContext({ width: 1920, height: 1080 });
    const student = await new SharedPlanPage(await studentContext.newPage()).open(link);
    expect(await student.name().innerText()).toBe('Legal basis for force');
    await expect.poll(() => student.statements()).toEqual(statements);
    expect(await student.steps().first().locator('.plan-view__prompt').innerText()).toBe(
      'Who may authorise force against the cartels?',
    );
    await student.settled();
    // Present with the keyboard: Tab to "Present", Enter.
    await student.page.getByRole('link', { name: 'Present' }).focus();
    await student.page.keyboard.press('Enter');
    await student.presentationBar().waitFor();
    expect(await student.step()).toBe('1 / 3');
    expect(await student.page.getByRole('heading', { level: 1 }).innerText()).toBe(
      'Who may authorise force against the cartels?',
    );
    await student.page.locator('.presentation blockquote').first().waitFor();
    expect(await student.quoteFontSize()).toBeGreaterThanOrEqual(28);
    const bodySize = await student.page
      .locator('.presentation')
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
    expect(bodySize).toBeGreaterThanOrEqual(28);
    await student.page.keyboard.press('ArrowRight');
    await expect.poll(() => student.step()).toBe('2 / 3');
    expect(await student.page.locator('.plan-slide__statement').innerText()).toBe(statements[1]);
    expect(new URL(student.page.url()).searchParams.get('step')).toBe('2');
    await student.page.keyboard.press('PageDown');
    await expect.poll(() => student.step()).toBe('3 / 3');
    await student.page.keyboard.press('ArrowLeft');
    await expect.poll(() => student.step()).toBe('2 / 3');
    await student.page.keyboard.press('Escape');
    await student.page.getByRole('button', { name: 'Print handout' }).waitFor();
    expect(new URL(student.page.url()).searchParams.get('present')).toBeNull();
    await student.page.close();
  });

  it('prints the plan as a handout: no controls, the prompt and a source under every quote', async () => {
    const page = await (await freshContext()).newPage();
    const view = await new SharedPlanPage(page).open(link);
    await view.settled();
    await page.emulateMedia({ media: 'print' });
    for (const name of ['Present', 'Print handout', 'Save a copy to my plans'])
      expect(await page.getByRole(name === 'Present' ? 'link' : 'button', { name }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: /^Cite/ }).first().isVisible()).toBe(false);
    expect(await page.getByRole('group', { name: /Add to plan/ }).count()).toBe(0);
    const quotes = await page.locator('.plan-view blockquote').count();
    expect(quotes).toBeGreaterThanOrEqual(3);
    const cites = page.locator('.plan-view figcaption cite');
    expect(await cites.count()).toBe(quotes);
    expect(await cites.first().isVisible()).toBe(true);
    expect(await cites.first().innerText()).toMatch(/paragraph \d+$/);
    expect(await page.getByText('Who may authorise force against the cartels?').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    if (SHOTS) {
      await page.setViewportSize({ width: 1280, height: 800 });
      await page.screenshot({ path: join(SHOTS, 'plan-print-1280x800.png'), fullPage: true });
    }
    await page.close();
  });

  it('passes axe on the students’ view, light, and dark on a phone', async () => {
    const page = await (await freshContext()).newPage();
    const view = await new SharedPlanPage(page).open(link);
    await view.settled();
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'plan-view');
    // Dark, on a phone.
    await page.setViewportSize({ width: 390, height: 844 });
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });

  it('passes axe in presentation on a phone, dark and light, with the bar inside the screen', async () => {
    const page = await (await freshContext({ width: 390, height: 844 })).newPage();
    const view = new SharedPlanPage(page);
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${link}&present=1`);
    await view.presentationBar().waitFor();
    await page.locator('.presentation blockquote').first().waitFor();
    expect(await axeViolations(page)).toEqual([]);
    const bar = await view.presentationBar().boundingBox();
    expect(bar!.x + bar!.width).toBeLessThanOrEqual(390);
    expect(bar!.y + bar!.height).toBeLessThanOrEqual(844);
    await page.emulateMedia({ colorScheme: 'light' });
    expect(await axeViolations(page)).toEqual([]);
    await shoot(page, 'plan-present');
    await page.close();
  });

  it('saves a copy into a student’s own plans, whose editor passes axe light, and dark on a phone', async () => {
    const page = await (await freshContext()).newPage();
    await new SharedPlanPage(page).open(link);
    await page.getByRole('button', { name: 'Save a copy to my plans' }).click();
    const editor = new PlanEditorPage(page, baseUrl);
    await editor.nameField().waitFor();
    await expect.poll(() => editor.stepTitles()).toEqual(statements);
    expect(await axeViolations(page)).toEqual([]);
    // Dark, on a phone.
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    expect(editorUrl).not.toBe(page.url());
    await page.close();
  });
});
