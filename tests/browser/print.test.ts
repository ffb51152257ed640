import type { Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { chromiumForFile } from './chromium.ts';
import { ArgumentPage } from './pages/argument-page.ts';
import { ArgumentsPage } from './pages/arguments-page.ts';
import { ComparePage } from './pages/compare-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

/**
 * What a reader sees on paper, read under emulated print media: the controls still laid out (buttons
 * other than the passage markers in the text, form fields, the page header), each printed quote and
 * the element right after it, and the rendered text of the page.
 */
async function printed(page: Page) {
  return page.evaluate(() => {
    const shown = (el: Element): boolean => el.getClientRects().length > 0;
    const controls = [
      ...document.querySelectorAll('button:not(.passage-marker, .mine-label), input, select, textarea'),
      ...document.querySelectorAll('.page-header, .skip-links, .text-size, .search-box, .step-nav'),
    ]
      .filter(shown)
      .map((el) => el.outerHTML.slice(0, 120));
    const quotes = [...document.querySelectorAll('blockquote')].filter(shown).map((q) => {
      const next = q.nextElementSibling ?? q.parentElement?.nextElementSibling ?? null;
      return {
        quote: (q.textContent ?? '').slice(0, 50),
        after: next && shown(next) ? next.tagName.toLowerCase() : 'nothing',
        citation: next && shown(next) ? (next as HTMLElement).innerText.trim() : '',
      };
    });
    return { controls, quotes, text: document.body.innerText };
  });
}

/** A PDF as Chromium prints it: its bytes start with %PDF and hold at least one page. */
async function pdfOf(page: Page): Promise<Buffer> {
  const pdf = await page.pdf({ format: 'A4', printBackground: false });
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  expect(pdf.toString('latin1')).toMatch(/\/Type\s*\/Page\b/);
  return pdf;
}

/** Every printed quote is followed by its citation, which names the paragraph. */
function expectCitedQuotes(quotes: { quote: string; after: string; citation: string }[], atLeast: number) {
  expect(quotes.length).toBeGreaterThanOrEqual(atLeast);
  for (const q of quotes) {
    // A <cite> right under the quote, or the figure's caption holding it (the focus view's cards).
    expect(['cite', 'figcaption'], `what is under “${q.quote}…”`).toContain(q.after);
    expect(q.citation).toMatch(/, paragraph \d+$|, a heading$/);
  }
}

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

  it('is headed by the articles, each column by its source, each quote by its citation, with nothing empty or clickable', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // wz-022 makes an argument no other article makes (nothing "same" to list) and is in dispute.
    const compare = await new ComparePage(page, baseUrl).open(
      '/compare?a=war-zone-military-options,five-questions-war-on-cartels&p=wz-022',
    );
    await compare
      .panel()
      .getByRole('heading', { name: /^In dispute/ })
      .waitFor();
    await page.emulateMedia({ media: 'print' });
    const paper = await printed(page);
    expect(paper.controls).toEqual([]);
    // Hidden elements leave the accessibility tree, so the roles are asked for with includeHidden.
    const screenHeading = page.getByRole('heading', {
      level: 1,
      name: 'Compare side by side',
      includeHidden: true,
    });
    expect(await screenHeading.boundingBox()).toBeNull();
    expect(paper.text).not.toContain('Compare side by side');
    expect(paper.text).toContain(
      'Side by side: How Trump Could Use Military Force Against Cartels In Mexico · Five questions to ask before declaring war on cartels',
    );
    const bothSides = page.getByRole('link', { name: /^Both sides side by side/, includeHidden: true });
    expect(await bothSides.first().boundingBox()).toBeNull();
    expect(paper.text).not.toContain('None tagged yet');
    expect(paper.text).not.toMatch(/\(0\)/);
    // Each column's head: the title, then who wrote it, where and when.
    const source = (title: string) => compare.column(title).locator('.column__source');
    expect(await source('How Trump Could Use Military Force Against Cartels In Mexico').innerText()).toBe(
      'Author not named, The War Zone, Undated',
    );
    expect(await source('Five questions to ask before declaring war on cartels').innerText()).toMatch(
      /^Henry Ziemer, .*, 29 January 2025$/,
    );
    // The selected passage and the other side of its disagreement, each with its citation.
    expectCitedQuotes(paper.quotes, 2);
    expect(paper.quotes[0]?.citation).toMatch(/^Author not named, “How Trump Could Use/);
    // Claim types print as names in black: the markers' labels ("LEG") in black outlined chips.
    const marker = compare.markers('How Trump Could Use Military Force Against Cartels In Mexico').first();
    expect(await marker.evaluate((el) => getComputedStyle(el).color)).toBe('rgb(0, 0, 0)');
    expect(await marker.evaluate((el) => getComputedStyle(el, '::before').content)).toMatch(/^"[A-Z·]+"$/);
    await pdfOf(page);
    await page.close();
  });
});

describe('printing the argument focus view', () => {
  it('prints the statement, its type by name, each article with its source, each quote cited, and no controls', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    const focus = await new ArgumentPage(page, baseUrl).open('new-aumf-not-needed');
    await focus.passages().locator('blockquote').first().waitFor();
    await page.emulateMedia({ media: 'print' });
    const paper = await printed(page);
    expect(paper.controls).toEqual([]);
    for (const name of [
      'Present',
      'Read the articles side by side',
      'Export as Markdown',
      /^Cite/,
      /^Next/,
    ]) {
      const control = page
        .getByRole('link', { name, includeHidden: true })
        .or(page.getByRole('button', { name, includeHidden: true }));
      expect(await control.first().boundingBox()).toBeNull();
    }
    expect(paper.text).toContain('Legal');
    const chip = page.locator('.focus-page__meta .type-chip');
    expect(
      await chip.evaluate((el) => [getComputedStyle(el).color, getComputedStyle(el).borderColor]),
    ).toEqual(['rgb(0, 0, 0)', 'rgb(0, 0, 0)']);
    // Each article's card is headed by its title and its source details.
    const cards = focus.passages().getByRole('listitem');
    const count = await cards.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) {
      const details = await cards.nth(i).locator('.focus-passages__source').innerText();
      expect(details).toMatch(/^.+, .+, (Undated|\d{1,2} [A-Z][a-z]+ \d{4})$/);
    }
    expectCitedQuotes(paper.quotes, count);
    expect(paper.text).toContain('Why they disagree:');
    await pdfOf(page);
    await page.close();
  });
});

describe('printing the arguments index', () => {
  it('prints every argument shown with its type by name, the disagreements with cited quotes, and no filters or choices', async () => {
    const page = await browser.context.newPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    // The arguments in dispute: every disagreement prints, and a list short enough for one quick PDF.
    const index = await new ArgumentsPage(page, baseUrl).open('?disputed=1');
    await index.list().getByRole('listitem').first().waitFor();
    await page
      .getByRole('checkbox', { name: /^Choose for the handout: / })
      .first()
      .check();
    await page.emulateMedia({ media: 'print' });
    const paper = await printed(page);
    expect(paper.controls).toEqual([]);
    const hidden = { includeHidden: true };
    expect(await page.getByRole('combobox', { name: 'Claim type', ...hidden }).boundingBox()).toBeNull();
    expect(
      await page.getByRole('button', { name: 'Export as Markdown', ...hidden }).boundingBox(),
    ).toBeNull();
    const bothSides = page.getByRole('link', { name: 'Read both sides side by side', ...hidden });
    expect(await bothSides.first().boundingBox()).toBeNull();
    // Every argument prints (the list renders whole for print), each with its claim type as a word.
    const count = (await page.locator('.arguments-page__count').innerText()).trim();
    const total = Number(/^(\d+) of \d+ arguments$/.exec(count)?.[1]);
    expect(total).toBeGreaterThan(10);
    const items = index.list().getByRole('listitem');
    await expect.poll(() => items.count()).toBe(total);
    const chips = await index
      .list()
      .locator('.type-chip')
      .evaluateAll((els) => els.map((el) => [el.textContent, getComputedStyle(el).color]));
    expect(chips).toHaveLength(total);
    for (const [label, color] of chips) {
      expect(label).toMatch(/^[A-Z][a-z]+$/);
      expect(color).toBe('rgb(0, 0, 0)');
    }
    // The disagreements that quote a passage cite it.
    expectCitedQuotes(paper.quotes, 1);
    await pdfOf(page);
    await page.close();
  });
});
