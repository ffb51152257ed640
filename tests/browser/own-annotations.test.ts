/**
 * Reading with one's own cross-references: an annotation made by a mouse drag and linked to a passage
 * in the other column, then selected by its "mine" label, behaves like a selected curated passage:
 * a panel with its note, argument and link, a connector to the target, the target marked.
 */
import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { chromiumForFile } from './chromium.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { ComparePage } from './pages/compare-page.ts';
import { ReadingHands } from './pages/reading-hands.ts';
import { unseenReason } from './seen.ts';

const baseUrl = inject('baseUrl');
const SELF = 'just-security-self-sabotage';
const FTO = 'fto-lethal-force-legality';
const browser = chromiumForFile({ viewport: { width: 1280, height: 800 } });
const { corpus } = realCompiled();
// Paragraph 2 of the Just Security article (the sentence the selecting tests drag across too).
const SENTENCE =
  'Such a use of force would, absent a change of circumstances, be hard to square with domestic or international law.';
const NOTE = 'Compare with the FTO piece on Article 51.';
const target = corpus.tagLayer.passages.find((p) => p.article === FTO && p.paragraphNumber !== undefined);
const argument = corpus.tagLayer.arguments[0];
if (!target || !argument) throw new Error('the corpus has no FTO passage or no argument');

describe('selecting one’s own annotation', () => {
  it('shows its note, argument and link in a panel, draws its connector and marks its target; Edit opens the editor', async () => {
    const page = await browser.context.newPage();
    const ui = await new AnnotationsPage(page, baseUrl).open([SELF, FTO]);
    const compare = new ComparePage(page, baseUrl);
    const hands = new ReadingHands(page);

    // Annotate a sentence by dragging across it, attach an argument, link a passage of the FTO column, add a note.
    const box = await hands.wordsBox(SELF, 2, SENTENCE);
    await hands.drag(box.start, box.end);
    const editor = ui.editor();
    await editor.waitFor();
    await editor.getByRole('checkbox', { name: 'Legal' }).check();
    await editor.getByRole('combobox', { name: 'Argument' }).selectOption({ label: argument.statement });
    await editor
      .getByRole('combobox', { name: 'Link to a passage in another article' })
      .selectOption(target.id);
    await editor.getByRole('textbox', { name: 'Note' }).fill(NOTE);
    await editor.getByRole('button', { name: 'Add annotation' }).click();
    await expect.poll(() => ui.count()).toBe(1);
    await editor.waitFor({ state: 'detached' });

    // Click the "mine" label as a person does: the mouse on the label's middle.
    const label = ui.mineLabels().first();
    await label.scrollIntoViewIfNeeded();
    const at = await label.boundingBox();
    if (!at) throw new Error('the "mine" label has no box');
    await page.mouse.click(at.x + at.width / 2, at.y + at.height / 2);

    const panel = ui.minePanel();
    await panel.waitFor({ timeout: 10_000 });
    expect(await ui.editor().count()).toBe(0);
    await expect.poll(() => unseenReason(panel.getByRole('heading', { name: 'Your annotation' }))).toBe('');
    const note = panel.getByText(NOTE, { exact: true });
    await expect.poll(() => unseenReason(note)).toBe('');
    const statement = panel.getByText(argument.statement, { exact: true });
    await statement.scrollIntoViewIfNeeded();
    expect(await unseenReason(statement)).toBe('');
    const link = panel.locator('.linked-passage').filter({ hasText: target.exact.slice(0, 40) });
    await link.scrollIntoViewIfNeeded();
    expect(await unseenReason(link.locator('blockquote'))).toBe('');

    // One connector from the annotation to its target, the target marked as linked and in view.
    await expect.poll(() => compare.connectorCount()).toBe(1);
    await expect.poll(() => compare.linkedPieces(target.id).count()).toBeGreaterThan(0);
    await expect.poll(() => unseenReason(compare.marker(target.id))).toBe('');
    await expect.poll(() => unseenReason(label)).toBe('');
    expect(new URL(page.url()).searchParams.get('p')).toBeNull();

    // Edit is one of the panel's actions.
    await panel.getByRole('button', { name: 'Edit' }).click();
    await ui.editor().waitFor();
    expect(await ui.editor().getAttribute('aria-label')).toBe('Edit annotation');
    expect(await ui.editor().getByRole('textbox', { name: 'Note' }).inputValue()).toBe(NOTE);
    await page.close();
  });
  it('by keyboard alone: Enter on its label selects it, n reaches the linked passage, Escape clears', async () => {
    // The file's browser keeps the first test's annotation in its IndexedDB.
    const page = await browser.context.newPage();
    const ui = await new AnnotationsPage(page, baseUrl).open([SELF, FTO]);
    const compare = new ComparePage(page, baseUrl);
    await expect.poll(() => ui.count()).toBe(1);
    await ui.tabTo(
      `Skip to column 1: ${corpus.articles.find((a) => a.meta.id === SELF)?.meta.title ?? SELF}`,
    );
    await page.keyboard.press('Enter');
    await ui.tabTo('mine (your annotation)');
    await page.keyboard.press('Enter');
    await ui.minePanel().waitFor();
    expect(new URL(page.url()).searchParams.get('own')).toMatch(/^[0-9a-f-]{36}$/);
    await page.keyboard.press('n');
    await expect.poll(() => compare.focusedPassage()).toBe(target.id);
    await page.keyboard.press('Escape');
    await ui.minePanel().waitFor({ state: 'detached' });
    expect(new URL(page.url()).searchParams.get('own')).toBeNull();
    await page.close();
  });
});
