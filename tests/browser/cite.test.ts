import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { CiteDialog } from './pages/cite-dialog.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

const ZIEMER = 'five-questions-war-on-cartels';
const FTO = 'fto-lethal-force-legality';
const FTO_TITLE = '[The FTO Designation and the Legality of Lethal Force against Cartels in Mexico]';

/** An article's page, the day fixed so the access date of an undated article is known. */
async function openArticle(id: string) {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
  const page = await browser.context.newPage();
  await page.clock.setFixedTime(new Date('2026-12-01T12:00:00Z'));
  await page.goto(`${baseUrl}/article/${id}`);
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, cite: await new CiteDialog(page).open('this article'), url: `${baseUrl}/article/${id}` };
}

describe('Cite in Chromium', () => {
  it('copies the Chicago footnote of an article with an author and a date (the first citation builds the Chicago engine)', async () => {
    const { page, cite, url } = await openArticle(ZIEMER);
    await cite.choose('Chicago (notes and bibliography)', 'Footnote');
    expect(await cite.copyCitation()).toBe(
      `Henry Ziemer, “Five Questions to Ask before Declaring War on Cartels,” January 29, 2025, ${url}.`,
    );
    await cite.close();
    await page.close();
  });

  it('copies the APA and MLA citations of that article', async () => {
    const { page, cite, url } = await openArticle(ZIEMER);
    await cite.choose('APA', 'In-text citation');
    expect(await cite.copyCitation()).toBe('(Ziemer, 2025)');
    expect(await cite.bibliography()).toBe(
      `Ziemer, H. (2025, January 29). Five questions to ask before declaring war on cartels. ${url}`,
    );
    await cite.choose('MLA', 'In-text citation');
    expect(await cite.copyCitation()).toBe('(Ziemer)');
    await cite.close();
    await page.close();
  });

  it('passes axe with the dialog open in light and dark themes, and Escape returns focus to Cite', async () => {
    const { page, cite } = await openArticle(ZIEMER);
    await cite.dialog().getByTestId('cite-citation').waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await axeViolations(page)).toEqual([]);
    await cite.close();
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Cite this article');
    await page.close();
  });

  it('copies them for an article without author or date, by its supplied title, with the day it was read; the style is remembered', async () => {
    const { page, cite, url } = await openArticle(FTO);
    // MLA was the last choice in this browser.
    expect(await cite.dialog().getByRole('radio', { name: 'MLA' }).isChecked()).toBe(true);
    expect(await cite.copyCitation()).toBe(`(${FTO_TITLE})`);
    expect(await cite.bibliography()).toBe(`${FTO_TITLE}. ${url}. Accessed 1 Dec. 2026.`);
    await cite.choose('Chicago (notes and bibliography)', 'Footnote');
    expect(await cite.copyCitation()).toBe(`“${FTO_TITLE},” accessed December 1, 2026, ${url}.`);
    await cite.choose('APA', 'In-text citation');
    expect(await cite.copyCitation()).toBe(`(${FTO_TITLE}, n.d.)`);
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await axeViolations(page)).toEqual([]);
    await page.close();
  });
});
