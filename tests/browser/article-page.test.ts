import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { ComparePage } from './pages/compare-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile({ viewport: { width: 1280, height: 800 } });
const FTO = 'fto-lethal-force-legality';
const TITLE = '[The FTO designation and the legality of lethal force against cartels in Mexico]';

describe('an article’s own page in Chromium', () => {
  it('has the tag layer, the filter and the selection panel, all kept in the address', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/article/${FTO}`);
    await page.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    const view = new ComparePage(page, baseUrl);
    const marker = view.markers(TITLE).first();
    const box = await marker.boundingBox();
    if (!box) throw new Error('the first type chip has no box');
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 5 });
    await page.mouse.down();
    await page.mouse.up();
    await view.panel().waitFor();
    const url = new URL(page.url());
    expect(url.pathname).toBe(`/article/${FTO}`);
    expect(url.searchParams.get('p')).toBe(await marker.getAttribute('data-select'));
    await view.typeCheckbox('Legal').click();
    await page.waitForURL(/types=legal/);
    expect(new URL(page.url()).pathname).toBe(`/article/${FTO}`);
    // Reloading the address gives the same view back.
    await page.reload();
    await view.panel().waitFor();
    expect(await view.typeCheckbox('Legal').isChecked()).toBe(true);
    await page.close();
  });

  it('annotates a passage of the article', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/article/${FTO}`);
    const view = new ComparePage(page, baseUrl);
    await view.markers(TITLE).first().click();
    await page.getByRole('button', { name: 'Annotate the selected passage' }).click();
    const form = page.getByRole('form', { name: 'New annotation' });
    await form.getByRole('checkbox', { name: 'Strategic' }).check();
    await form.getByRole('button', { name: 'Add annotation' }).click();
    await page.getByRole('heading', { name: 'Your annotations (1)' }).waitFor();
    await page.close();
  });

  it.each(['light', 'dark'] as const)(
    'has no axe violations with a passage selected (%s theme)',
    async (scheme) => {
      const page = await browser.context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(`${baseUrl}/article/${FTO}?p=fto-007`);
      await new ComparePage(page, baseUrl).panel().waitFor();
      expect(await axeViolations(page)).toEqual([]);
      await page.close();
    },
  );
});
