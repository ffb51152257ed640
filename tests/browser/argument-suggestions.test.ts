/**
 * The annotation editor's suggested arguments, as a reader meets them: drag over a sentence of a
 * passage that makes a known argument, read the three suggestions and why, attach one with a click.
 */
import { describe, expect, inject, it } from 'vitest';
import { realCompiled } from '../corpus/corpus-files.ts';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { ReadingHands } from './pages/reading-hands.ts';

const baseUrl = inject('baseUrl');
const FTO = 'fto-lethal-force-legality';
const SELF = 'just-security-self-sabotage';
const browser = chromiumForFile({ viewport: { width: 1280, height: 800 } });
const { corpus } = realCompiled();
// Passage fto-015 makes the Article 51 argument; its first sentence is what the reader drags over.
const passage = corpus.tagLayer.passages.find((p) => p.id === 'fto-015');
const argument = corpus.tagLayer.arguments.find((a) => a.id === 'article-51-self-defense-exception');
const SENTENCE = 'Article 51 provides an exception for self-defense.';

describe('suggested arguments in the annotation editor', () => {
  it('lists the argument a dragged-over sentence makes with its why; one click attaches it, and it is saved', async () => {
    if (!passage?.paragraphNumber || !passage.exact.startsWith(SENTENCE) || !argument)
      throw new Error('the tag layer no longer has fto-015 opening with the Article 51 sentence');
    const page = await browser.context.newPage();
    const ui = await new AnnotationsPage(page, baseUrl).open([FTO, SELF]);
    const hands = new ReadingHands(page);
    const box = await hands.wordsBox(FTO, passage.paragraphNumber, SENTENCE);
    await hands.drag(box.start, box.end);
    await ui.editor().waitFor();
    expect(await ui.editor().locator('blockquote').innerText()).toBe(SENTENCE);

    const suggestions = ui.argumentSuggestions();
    const choices = suggestions.getByRole('button');
    // The recommender starts on the editor's first open (its data fetched, built in a worker).
    await expect.poll(() => choices.count(), { timeout: 10_000 }).toBe(3);
    const choice = suggestions.getByRole('button', { name: argument.statement });
    expect(await choice.getAttribute('aria-pressed')).toBe('false');
    // Why: the terms the sentence shares with the statement, read under it.
    const why = await choice.evaluate(
      (b) => document.getElementById(b.getAttribute('aria-describedby') ?? '')?.textContent,
    );
    expect(why).toMatch(/“Article 51”/);
    // The suggestion is on screen and nothing covers it where the reader clicks.
    await choice.scrollIntoViewIfNeeded();
    const target = await choice.boundingBox();
    if (!target) throw new Error('the suggestion has no box');
    const hit = await page.evaluate(
      ({ x, y }) => document.elementFromPoint(x, y)?.closest('button')?.textContent ?? null,
      { x: target.x + target.width / 2, y: target.y + target.height / 2 },
    );
    expect(hit).toContain(argument.statement);
    await page.mouse.click(target.x + target.width / 2, target.y + target.height / 2);
    expect(await choice.getAttribute('aria-pressed')).toBe('true');
    expect(await ui.editor().getByRole('combobox', { name: 'Argument' }).inputValue()).toBe(argument.id);
    // The editor with its suggestions (the rest of the compare view is checked by the other files).
    expect(await axeViolations(page, '.annotation-editor')).toEqual([]);

    await ui.editor().getByRole('button', { name: 'Add annotation' }).click();
    await expect.poll(() => ui.count()).toBe(1);
    // Selected, the saved annotation's panel lists the argument.
    await ui.mineLabels().first().click();
    await expect.poll(() => ui.minePanel().innerText()).toContain(argument.statement);
    await page.close();
  });
});
