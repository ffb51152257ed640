/** Page object for a single article's page. */
import type { Locator, Page } from 'playwright-core';

/** An article page. */
export class ArticlePage {
  constructor(readonly page: Page) {}

  /** The article's title heading. */
  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** Waits, as a reader does, until the article's text has arrived (it is fetched on demand). */
  async textShown(): Promise<this> {
    await this.paragraph(1).waitFor({ state: 'visible' });
    return this;
  }

  /** A numbered body paragraph. */
  paragraph(n: number): Locator {
    return this.page.locator(`p[data-paragraph="${n}"]`);
  }

  /** Captions, as figures labelled "Photo caption". */
  captions(): Locator {
    return this.page.getByRole('figure', { name: 'Photo caption' });
  }
}
