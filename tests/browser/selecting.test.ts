/**
 * Selecting text in a column as a person does: a drag at human pace, a double click on a word, a
 * triple click on a paragraph, and copying what was selected.
 */
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { quoteCitation } from '../../src/model/citation.ts';
import { realCompiled } from '../corpus/corpus-files.ts';
import { chromiumForFile } from './chromium.ts';
import { AnnotationsPage } from './pages/annotations-page.ts';
import { ReadingHands } from './pages/reading-hands.ts';

const baseUrl = inject('baseUrl');
const SELF = 'just-security-self-sabotage';
const FTO = 'fto-lethal-force-legality';
const browser = chromiumForFile({ viewport: { width: 1280, height: 800 } });
const { corpus } = realCompiled();
const article = corpus.articles.find((a) => a.meta.id === SELF);
const paragraph2 = article?.blocks.find((b) => b.paragraphNumber === 2);
// Paragraph 2 of the Just Security article: two tagged passages, each led by a type chip.
const SENTENCE =
  'Such a use of force would, absent a change of circumstances, be hard to square with domestic or international law.';

beforeAll(async () => {
  await browser.context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: baseUrl });
});

async function openColumns(): Promise<{ ui: AnnotationsPage; hands: ReadingHands }> {
  const page = await browser.context.newPage();
  const ui = await new AnnotationsPage(page, baseUrl).open([SELF, FTO]);
  return { ui, hands: new ReadingHands(page) };
}

describe('annotating what the mouse selected', () => {
  it('opens the editor only when a slow drag across a sentence ends, quoting the whole sentence', async () => {
    const { ui, hands } = await openColumns();
    const box = await hands.wordsBox(SELF, 2, SENTENCE);
    let openedEarly = false;
    await hands.drag(box.start, box.end, {
      during: async () => {
        openedEarly ||= (await ui.editor().count()) > 0;
      },
    });
    expect(openedEarly).toBe(false);
    await ui.editor().waitFor();
    expect(await ui.editor().locator('blockquote').innerText()).toBe(SENTENCE);
    expect(await hands.selectedText()).toBe(SENTENCE);
    await ui.page.close();
  });

  it('double-clicking a word annotates that word', async () => {
    const { ui, hands } = await openColumns();
    const box = await hands.wordsBox(SELF, 2, 'Moreover');
    await ui.page.mouse.dblclick(box.firstMiddle.x, box.firstMiddle.y);
    await ui.editor().waitFor();
    expect(await ui.editor().locator('blockquote').innerText()).toBe('Moreover');
    expect(await hands.selectedText()).toBe('Moreover');
    await ui.page.close();
  });

  it('triple-clicking a paragraph annotates the whole paragraph', async () => {
    const { ui, hands } = await openColumns();
    const box = await hands.wordsBox(SELF, 2, 'absent a change');
    await ui.page.mouse.click(box.firstMiddle.x, box.firstMiddle.y, { clickCount: 3 });
    await ui.editor().waitFor();
    await expect.poll(() => ui.editor().locator('blockquote').innerText()).toBe(paragraph2?.text);
    await ui.page.close();
  });
});

describe('copying what was selected', () => {
  it('gives the source’s words, without chip labels, to the selection and the clipboard', async () => {
    const { ui, hands } = await openColumns();
    const from = await hands.wordsBox(SELF, 2, 'Such a use');
    const to = await hands.wordsBox(SELF, 2, 'American citizens.');
    await hands.drag(from.start, to.end);
    await ui.editor().waitFor();
    const words = paragraph2?.text;
    expect(await hands.selectedText()).toBe(words);
    expect(await hands.copy()).toBe(words);
    await ui.page.close();
  });

  it('"Copy quote" in the passage panel copies the passage with its citation', async () => {
    const { ui } = await openColumns();
    await ui.page.locator('[data-select="js-005"]').click();
    const panel = ui.page.getByRole('complementary', { name: 'Selected passage' });
    await panel.getByRole('button', { name: 'Copy quote' }).click();
    await panel.getByText('Quote copied with its citation.').waitFor();
    const hands = new ReadingHands(ui.page);
    expect(await hands.clipboard()).toBe(article && quoteCitation(SENTENCE, article.meta, 2));
    expect(await hands.clipboard()).not.toMatch(/LEG|Legal passage/);
    await ui.page.close();
  });
});
