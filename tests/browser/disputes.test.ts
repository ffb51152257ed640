import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { ArgumentsPage } from './pages/arguments-page.ts';
import { ComparePage } from './pages/compare-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile({ viewport: { width: 1280, height: 800 } });

/** The curated contrasts and their notes, read from the annotation file the build compiles. */
const relations = (
  JSON.parse(readFileSync(join(process.cwd(), 'annotations/arguments.json'), 'utf8')) as {
    relations: { kind: string; note?: string }[];
  }
).relations.filter((r) => r.kind === 'contrasts');

describe('disagreements in Chromium', () => {
  it('lists every curated contrast with its note on the arguments page, and filters to arguments in dispute', async () => {
    const page = await new ArgumentsPage(await browser.context.newPage(), baseUrl).open();
    const items = page.disputes().getByRole('listitem');
    expect(await items.count()).toBe(relations.length);
    const text = await page.disputes().innerText();
    for (const r of relations) expect(text).toContain(r.note);
    const all = await page.list().getByRole('listitem').count();
    await page.disputedFilter().click();
    await page.page.waitForURL(/disputed=1/);
    await page.page.getByRole('status').getByText(` of ${all} arguments`).waitFor();
    const disputed = await page.list().getByRole('listitem').count();
    expect(disputed).toBeLessThan(all);
    expect(disputed).toBeGreaterThan(0);
    expect(await page.list().getByText('in dispute').count()).toBe(disputed);
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page.page)).toEqual([]);
    await page.page.close();
  });

  it('opens both sides of a disagreement side by side, and lists it near the top of the panel', async () => {
    const args = await new ArgumentsPage(await browser.context.newPage(), baseUrl).open();
    const first = args.disputes().getByRole('listitem').first();
    await first.getByRole('link', { name: 'Read both sides side by side' }).click();
    await args.page.waitForURL(/\/compare\?/);
    const url = new URL(args.page.url());
    const passage = url.searchParams.get('p');
    expect(passage).not.toBeNull();
    const compare = new ComparePage(args.page, baseUrl);
    await compare.heading().waitFor();
    const columns = url.searchParams.get('a')?.split(',') ?? [];
    expect(columns).toHaveLength(2);
    // The other side is marked as linked in the second column, and the panel says what divides them.
    await compare.columns().nth(1).locator('.passage.is-linked').first().waitFor();
    expect(await compare.columns().count()).toBe(2);
    // The first column's text may arrive after the second's: wait for the selected passage as a reader does.
    await expect
      .poll(() => compare.page.locator(`[data-select="${passage}"][aria-pressed="true"]`).count())
      .toBe(1);
    const panel = compare.panel();
    const dispute = panel.getByRole('region', { name: /^In dispute/ });
    await dispute.waitFor();
    expect(await dispute.innerText()).toContain(relations[0]?.note ?? '');
    const box = await dispute.boundingBox();
    const same = await panel.getByRole('heading', { name: /^Same argument/ }).boundingBox();
    expect(box && same && box.y < same.y).toBe(true);
    await compare.page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with a disputed passage selected (%s theme)',
    async (scheme) => {
      const compare = new ComparePage(await browser.context.newPage(), baseUrl);
      await compare.page.emulateMedia({ colorScheme: scheme });
      const args = await new ArgumentsPage(compare.page, baseUrl).open();
      await args.disputes().getByRole('link', { name: 'Read both sides side by side' }).first().click();
      await compare
        .panel()
        .getByRole('region', { name: /^In dispute/ })
        .waitFor();
      expect(await axeViolations(compare.page)).toEqual([]);
      await compare.page.close();
    },
  );
});
