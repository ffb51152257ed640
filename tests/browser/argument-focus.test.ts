import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { ArgumentPage } from './pages/argument-page.ts';
import { ArgumentsPage } from './pages/arguments-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

describe('the argument focus view in Chromium', () => {
  it('opens from the filtered list, and steps with the arrow keys in the list’s order, keeping its filter', async () => {
    const list = await new ArgumentsPage(await browser.context.newPage(), baseUrl).open('?type=legal');
    const statements = await list.list().getByRole('link').allInnerTexts();
    await list.openArgument(statements[0]!);
    const page = new ArgumentPage(list.page, baseUrl);
    await page.stepNav().waitFor();
    expect(await page.statement().innerText()).toBe(statements[0]);
    expect(new URL(page.page.url()).searchParams.get('type')).toBe('legal');
    expect(await page.stepNav().innerText()).toContain(`1 of ${statements.length}`);
    await expect.poll(() => page.passages().getByRole('listitem').count()).toBeGreaterThan(0);
    await page.page.keyboard.press('ArrowRight');
    await expect.poll(() => page.statement().innerText()).toBe(statements[1]);
    expect(new URL(page.page.url()).searchParams.get('type')).toBe('legal');
    await page.page.close();
  });

  it('passes axe in light and dark themes and on a phone', async () => {
    const page = await new ArgumentPage(await browser.context.newPage(), baseUrl).open(
      'trump-has-floated-force-against-cartels',
      '?type=political',
    );
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.close();
  });

  it('presents at 1920×1080 in type of at least 28 px, steps with the keyboard, and Escape leaves where it was', async () => {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 1920, height: 1080 });
    const list = await new ArgumentsPage(tab, baseUrl).open('?sort=statement');
    const statements = await list.list().getByRole('link').allInnerTexts();
    await list.openArgument(statements[0]!);
    const page = new ArgumentPage(tab, baseUrl);
    await page.stepNav().waitFor();
    expect(await page.statement().innerText()).toBe(statements[0]);
    await tab.getByRole('link', { name: 'Present', exact: true }).click();
    await page.presentationBar().waitFor();
    expect(await page.step()).toBe(`1 / ${statements.length}`);
    expect(await page.quoteFontSize()).toBeGreaterThanOrEqual(28);
    // No chrome: no search box, no breadcrumb, only the small bar.
    expect(await tab.getByRole('searchbox').count()).toBe(0);
    await tab.keyboard.press('ArrowRight');
    await tab.keyboard.press('ArrowRight');
    await expect.poll(() => page.step()).toBe(`3 / ${statements.length}`);
    expect(await page.statement().innerText()).toBe(statements[2]);
    expect(new URL(tab.url()).searchParams.get('present')).toBe('1');
    expect(await page.quoteFontSize()).toBeGreaterThanOrEqual(28);
    await tab.keyboard.press('ArrowLeft');
    await expect.poll(() => page.step()).toBe(`2 / ${statements.length}`);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(tab)).toEqual([]);
    await tab.keyboard.press('Escape');
    await page.stepNav().waitFor();
    expect(await page.statement().innerText()).toBe(statements[1]);
    expect(new URL(tab.url()).searchParams.get('present')).toBeNull();
    await tab.close();
  });

  it('steps with the on-screen buttons on a phone and the bar stays inside the screen', async () => {
    const tab = await browser.context.newPage();
    await tab.setViewportSize({ width: 390, height: 844 });
    const page = await new ArgumentPage(tab, baseUrl).open(
      'trump-has-floated-force-against-cartels',
      '?present=1',
    );
    const before = await page.step();
    await page.presentationBar().getByRole('link', { name: 'Next argument' }).click();
    await expect.poll(() => page.step()).not.toBe(before);
    const box = await page.presentationBar().boundingBox();
    expect(box).not.toBeNull();
    expect(box!.x).toBeGreaterThanOrEqual(0);
    expect(box!.x + box!.width).toBeLessThanOrEqual(390);
    expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    expect(await axeViolations(tab)).toEqual([]);
    await tab.close();
  });
});
