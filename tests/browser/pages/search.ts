/** Page object for the search box (on any page) and the search page. */
import type { Locator, Page } from 'playwright-core';

/** The search box and its drop-down results. */
export class SearchBoxObject {
  constructor(readonly page: Page) {}

  /** The search input. */
  input(): Locator {
    return this.page.getByRole('searchbox', { name: 'Search the articles' });
  }

  /** Types a query one key at a time, as a reader would, and waits for its results (as a reader does). */
  async type(query: string): Promise<void> {
    await this.input().click();
    await this.input().pressSequentially(query);
    await this.answered();
  }

  /** Waits until the drop-down shows the answer to what is typed (the index loaded, no query pending). */
  async answered(): Promise<void> {
    await this.page.locator('form[role="search"] [aria-busy="false"]').waitFor({ state: 'attached' });
  }

  /** The drop-down results region. */
  results(): Locator {
    return this.page.getByRole('region', { name: 'Search results' });
  }

  /** The result groups' headings (article titles). */
  async groupTitles(): Promise<string[]> {
    return this.results().getByRole('heading').allInnerTexts();
  }

  /** The first result link whose text contains `text`. */
  result(text: string): Locator {
    return this.results().getByRole('link').filter({ hasText: text }).first();
  }

  /** True when the search input has focus. */
  async isFocused(): Promise<boolean> {
    return this.input().evaluate((el) => el === document.activeElement);
  }
}

/** The `/search?q=…` page. */
export class SearchPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the search page for `query`. */
  async open(query: string): Promise<this> {
    await this.page.goto(`${this.baseUrl}/search?q=${encodeURIComponent(query)}`);
    await this.page.getByRole('heading', { level: 1, name: 'Search' }).waitFor();
    return this;
  }

  /** The result status line ("12 results for …"). */
  status(): Locator {
    return this.page.getByRole('status');
  }

  /** The result links. */
  links(): Locator {
    return this.page.getByRole('main').locator('.search-results').getByRole('link');
  }
}
