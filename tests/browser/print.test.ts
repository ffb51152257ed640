import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './chromium.ts';
import { ComparePage } from './pages/compare-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

describe('printing the compare view as a handout', () => {
  it('prints the selected passage’s arguments and every open article in full, without the controls', async () => {
    // Narrow, so on screen only one column shows; on paper every column must print.
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 600, height: 900 });
    const compare = await new ComparePage(page, baseUrl).open(
      '/compare?a=fto-lethal-force-legality,five-questions-war-on-cartels&p=fq-001',
    );
    await compare.panel().waitFor();
    await page.emulateMedia({ media: 'print' });
    const fto = '[The FTO designation and the legality of lethal force against cartels in Mexico]';
    const fq = 'Five questions to ask before declaring war on cartels';
    expect(await compare.column(fto).isVisible()).toBe(true);
    expect(await compare.column(fq).isVisible()).toBe(true);
    // The last paragraph of a column prints: nothing is cut off by the column's scroll box.
    const last = compare.columnText(fto).locator('p[data-paragraph="12"]');
    const box = await last.boundingBox();
    expect(box?.height ?? 0).toBeGreaterThan(0);
    expect(await compare.panel().getByText('Discussion questions').first().isVisible()).toBe(true);
    expect(await page.getByRole('checkbox', { name: 'Show tag layer' }).isVisible()).toBe(false);
    expect(
      await page.getByRole('searchbox').or(page.getByPlaceholder('Search (press /)')).first().isVisible(),
    ).toBe(false);
    await page.close();
  });
});
