/** Page object for the library (start) page. */
import type { Locator, Page } from 'playwright-core';

/** The library page. */
export class LibraryPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the library. */
  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/`);
    await this.page.getByRole('heading', { level: 1, name: 'Parallax' }).waitFor();
    return this;
  }

  /** The list of articles. */
  articleList(): Locator {
    return this.page.getByRole('list', { name: 'Articles' });
  }

  /** The article titles, in order. */
  async titles(): Promise<string[]> {
    return this.articleList().getByRole('heading').allInnerTexts();
  }

  /** Follows an article's title link (exactly its title: each card also links to its reading guide). */
  async openArticle(title: string): Promise<void> {
    await this.articleList().getByRole('link', { name: title, exact: true }).click();
  }
}
