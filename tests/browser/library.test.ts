import { describe, expect, inject, it } from 'vitest';
import { axeViolations } from './axe.ts';
import { chromiumForFile } from './chromium.ts';
import { ArticlePage } from './pages/article-page.ts';
import { LibraryPage } from './pages/library-page.ts';

const baseUrl = inject('baseUrl');
const browser = chromiumForFile();

describe('the library and the article page in Chromium', () => {
  it('lists the five articles', async () => {
    const library = await new LibraryPage(await browser.context.newPage(), baseUrl).open();
    const titles = await library.titles();
    expect(titles).toHaveLength(5);
    expect(titles).toContain('Five questions to ask before declaring war on cartels');
    expect(await library.articleList().innerText()).toContain('3,853 words');
    expect(await axeViolations(library.page)).toEqual([]);
    await library.page.close();
  });

  it('opens an article with its first paragraph visible and a caption shown as a caption', async () => {
    const library = await new LibraryPage(await browser.context.newPage(), baseUrl).open();
    await library.openArticle('How Trump Could Use Military Force Against Cartels In Mexico');
    const article = new ArticlePage(library.page);
    await expect
      .poll(() => article.title().innerText())
      .toBe('How Trump Could Use Military Force Against Cartels In Mexico');
    // The title shows while the article's text is still on its way; the reader waits for the text.
    await article.textShown();
    const first = article.paragraph(1);
    expect(await first.isVisible()).toBe(true);
    // Rendered text: a paragraph whose off-screen skipping (content-visibility) has just been switched
    // on may read as empty until the browser's next rendering step has found it on screen.
    await expect
      .poll(() => first.innerText())
      .toContain('President Donald Trump, who has frequently suggested he might use U.S. military force');
    const caption = article.captions().first();
    await expect
      .poll(() => caption.innerText())
      .toContain('Osama Bin Laden’s compound in Pakistan raided by U.S. Navy SEALS.');
    // A caption is not a numbered body paragraph.
    expect(await caption.locator('[data-paragraph]').count()).toBe(0);
    expect(await axeViolations(library.page)).toEqual([]);
    await library.page.close();
  });

  it('tells the reader when an article id in the URL does not exist', async () => {
    const page = await browser.context.newPage();
    await page.goto(`${baseUrl}/article/no-such-article`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).innerText()).toBe('No such article');
    await page.close();
  });
});
