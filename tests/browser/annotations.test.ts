import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';

const baseUrl = inject('baseUrl');
const FTO = 'fto-lethal-force-legality';
const WAR_ZONE = 'war-zone-military-options';
const browser = chromiumForFile();

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
    await page.waitForTimeout(300);
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
    await ui.mineLabels().first().click();
    await ui.editor().getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => ui.count()).toBe(0);
    const preview = await ui.chooseImport(path);
    await expect.poll(() => preview.innerText()).toContain('1 to add');
    await preview.getByRole('button', { name: 'Import 1' }).click();
    await expect.poll(() => ui.count()).toBe(1);
    expect((await ui.mineText().allInnerTexts()).join('')).toContain(quote.trim());
    await ui.mineLabels().first().click();
    expect(await ui.editor().getByRole('textbox', { name: 'Note' }).inputValue()).toContain('<script>');
    expect(await page.evaluate(() => (window as { hacked?: number }).hacked)).toBeUndefined();

    // A second import of the same file adds nothing.
    await ui.editor().getByRole('button', { name: 'Cancel' }).click();
    const again = await ui.chooseImport(path);
    await expect.poll(() => again.innerText()).toContain('1 already here');
    await page.close();
  });
});
