import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { adjustRange } from '../../src/model/range-adjust.ts';
import { axeViolations } from './axe.ts';
import { chromiumForFile, lookAt } from './chromium.ts';
import { annotationsStored } from './stored.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { ComparePage } from './pages/compare-page.ts';

const baseUrl = inject('baseUrl');
const FTO = 'fto-lethal-force-legality';
const WAR_ZONE = 'war-zone-military-options';
const browser = chromiumForFile();
// The compiled corpus, to know the sentences the reader should see.
const { corpus } = realCompiled();
const FTO_ARTICLE = (() => {
  const article = corpus.articles.find((a) => a.meta.id === FTO);
  if (!article) throw new Error(`no article ${FTO}`);
  return article;
})();

describe("the reader's own annotations in Chromium", () => {
  it('creates an annotation, finds it after a reload, exports it and imports it back', async () => {
    const page = await browser.context.newPage();
    const ui = await new AnnotationsPage(page, baseUrl).open([FTO, WAR_ZONE]);
    expect(await ui.count()).toBe(0);

    const quote = await ui.selectInParagraph(FTO, 2, 0, 40);
    const editor = ui.editor();
    await editor.waitFor();
    expect(await editor.locator('blockquote').innerText()).toBe(quote.trim());
    await editor.getByRole('checkbox', { name: 'Legal' }).check();
    await editor
      .getByRole('textbox', { name: 'Note' })
      .fill('<script>window.hacked = 1</script> check Article 51');
    await editor.getByRole('button', { name: 'Add annotation' }).click();
    await expect.poll(() => ui.count()).toBe(1);
    expect(await ui.mineLabels().count()).toBe(1);
    expect((await ui.mineText().allInnerTexts()).join('')).toContain(quote.trim());
    expect(await axeViolations(page)).toEqual([]);

    // Kept in IndexedDB: still there after a reload, in the same place.
    await annotationsStored(page);
    await page.reload();
    await ui.bar().waitFor();
    await expect.poll(() => ui.count()).toBe(1);
    expect((await ui.mineText().allInnerTexts()).join('')).toContain(quote.trim());

    const download = await ui.export('W3C annotations (JSON-LD)');
    const path = join(mkdtempSync(join(tmpdir(), 'parallax-export-')), download.suggestedFilename());
    await download.saveAs(path);
    const exported = JSON.parse(readFileSync(path, 'utf8')) as { type: string; total: number };
    expect(exported).toMatchObject({ type: 'AnnotationCollection', total: 1 });

    // Delete it, then import the export: it comes back in the same place, with its note as text.
    await ui.editFromLabel();
    await ui.editor().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => ui.count()).toBe(0);
    const preview = await ui.chooseImport(path);
    await expect.poll(() => preview.innerText()).toContain('1 to add');
    await preview.getByRole('button', { name: 'Import 1' }).click();
    await expect.poll(() => ui.count()).toBe(1);
    expect((await ui.mineText().allInnerTexts()).join('')).toContain(quote.trim());
    await ui.editFromLabel();
    expect(await ui.editor().getByRole('textbox', { name: 'Note' }).inputValue()).toContain('<script>');
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();

    // A second import of the same file adds nothing.
    await ui.editor().getByRole('button', { name: 'Cancel' }).click();
    const again = await ui.chooseImport(path);
    await expect.poll(() => again.innerText()).toContain('1 already here');
    await page.close();
  });
});

describe('choosing what to annotate from the keyboard alone', () => {
  // The tag layer is curated data that grows: pick a passage whose quote can end a sentence later.
  const fto = FTO_ARTICLE;
  const picked = corpus.tagLayer.passages
    .filter((p) => p.article === FTO)
    .map((passage) => ({ passage, longer: adjustRange(fto, passage, 'end', 'later') }))
    .find((x) => x.longer !== undefined);
  if (!picked?.longer) throw new Error('no FTO passage can be extended by a sentence');
  const longerQuote = fto.text.slice(picked.longer.start, picked.longer.end);

  it('selects a passage, opens the editor, extends the quote by a sentence and saves it', async () => {
    const page = await browser.context.newPage();
    const ui = await new AnnotationsPage(page, baseUrl).open([FTO, WAR_ZONE]);
    const compare = new ComparePage(page, baseUrl);
    // The file's browser keeps the first test's annotation in its IndexedDB: open() waited for it to load.
    const before = await ui.count();
    // Into the FTO column's text, then j to the passage and Enter to select it.
    await ui.tabTo(`Text of ${fto.meta.title}`);
    for (let i = 0; i < 80 && (await compare.focusedPassage()) !== picked.passage.id; i++)
      await page.keyboard.press('j');
    expect(await compare.focusedPassage()).toBe(picked.passage.id);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.url()).toContain(`p=${picked.passage.id}`);
    // The panel opens and the columns re-wrap after the selection: tab only once the view has settled
    // and the focus is still on the selected chip, or a late re-render can send the tabbing elsewhere.
    await compare.panel().waitFor();
    await page.evaluate(
      () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
    );
    await expect.poll(() => compare.focusedPassage()).toBe(picked.passage.id);

    // Back to the bar, open the editor: focus lands in it.
    await ui.tabTo('Annotate the selected passage', true);
    await page.keyboard.press('Enter');
    await ui.editor().waitFor();
    expect(await ui.focusedName()).toBe('New annotation');
    await page.keyboard.press('Alt+Shift+ArrowDown');
    await expect.poll(() => ui.rangeStatus().innerText()).toBe(`Quote now: ${longerQuote}`);
    expect(await ui.editor().locator('blockquote').innerText()).toBe(longerQuote);
    await ui.tabTo('End one sentence earlier');
    expect(await page.evaluate(() => document.activeElement?.matches(':focus-visible'))).toBe(true);
    expect(await axeViolations(page)).toEqual([]);

    await ui.tabTo('Add annotation');
    await page.keyboard.press('Enter');
    await expect.poll(() => ui.count()).toBe(before + 1);
    expect((await ui.mineText().allInnerTexts()).join('')).toContain(longerQuote);
    await expect.poll(() => ui.focusedName()).toBe('Annotate the selected passage');
    await page.close();
  });
});

describe('annotating a paragraph without a selected passage, from the keyboard', () => {
  it('offers the first sentence of the paragraph last focused', async () => {
    const page = await browser.context.newPage();
    const ui = await new AnnotationsPage(page, baseUrl).open([FTO, WAR_ZONE]);
    await ui.tabTo(`Text of ${FTO_ARTICLE.meta.title}`);
    await page.keyboard.press('j');
    const n = await page.evaluate(
      () => document.activeElement?.closest<HTMLElement>('[data-paragraph]')?.dataset.paragraph ?? '',
    );
    expect(n).not.toBe('');
    await ui.tabTo(`Annotate the first sentence of paragraph ${n}`, true);
    await page.keyboard.press('Enter');
    await ui.editor().waitFor();
    const block = FTO_ARTICLE.blocks.find((b) => String(b.paragraphNumber) === n);
    const first = block?.sentences[0];
    expect(await ui.editor().locator('blockquote').innerText()).toBe(
      first ? FTO_ARTICLE.text.slice(first.start, first.end) : '?',
    );
    await page.close();
  });
});

describe('two tabs of one browser', () => {
  it('shows each tab the other’s new annotation and edits live, and a delete in either tab holds', async () => {
    const [first, second] = [await browser.context.newPage(), await browser.context.newPage()];
    const a = await new AnnotationsPage(first, baseUrl).open([FTO, WAR_ZONE]);
    const b = await new AnnotationsPage(second, baseUrl).open([FTO, WAR_ZONE]);
    await expect.poll(async () => (await a.count()) === (await b.count())).toBe(true);
    const before = await a.count();

    // Tab A annotates a passage; tab B shows it without a reload.
    await lookAt(first);
    const quote = await a.selectInParagraph(FTO, 4, 0, 30);
    await a.editor().waitFor();
    await a.editor().getByRole('checkbox', { name: 'Legal' }).check();
    await a.editor().getByRole('textbox', { name: 'Note' }).fill('from tab A');
    await a.editor().getByRole('button', { name: 'Add annotation' }).click();
    await expect.poll(() => b.count()).toBe(before + 1);
    await expect.poll(async () => (await b.mineText().allInnerTexts()).join('')).toContain(quote.trim());

    // Tab B edits its note; tab A's editor, opened afterwards, shows tab B's note.
    const label = (ui: AnnotationsPage) =>
      ui.page.locator(`[data-column="${FTO}"] p[data-paragraph="4"]`).getByRole('button', { name: /^mine/ });
    await lookAt(second);
    await b.editFromLabel(label(b).first());
    await b.editor().getByRole('textbox', { name: 'Note' }).fill('edited in tab B');
    await b.editor().getByRole('button', { name: 'Save' }).click();
    await lookAt(first);
    await expect
      .poll(async () => {
        await a.editFromLabel(label(a).first());
        const note = await a.editor().getByRole('textbox', { name: 'Note' }).inputValue();
        await a.editor().getByRole('button', { name: 'Cancel' }).click();
        return note;
      })
      .toBe('edited in tab B');

    // Tab A deletes it: gone in both tabs, and it stays gone after tab B reloads.
    await a.editFromLabel(label(a).first());
    await a.editor().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => b.count()).toBe(before);
    await lookAt(second);
    await second.reload();
    await b.bar().waitFor();
    await expect.poll(() => b.count()).toBe(before);
    await first.close();
    await second.close();
  });
});
