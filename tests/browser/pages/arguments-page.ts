/** Page object for the arguments index. */
import type { Locator, Page } from 'playwright-core';

/** The `/arguments` page. */
export class ArgumentsPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the index (with a search string such as `?disputed=1`). */
  async open(search = ''): Promise<this> {
    await this.page.goto(`${this.baseUrl}/arguments${search}`);
    await this.page.getByRole('heading', { level: 1, name: 'Arguments' }).waitFor();
    // The arguments (and the passages the disagreements quote) come in one file fetched on demand:
    // wait until the list is in.
    await this.page.locator('.arguments-page__count').waitFor();
    return this;
  }

  /** The list of arguments. */
  list(): Locator {
    return this.page.getByRole('list', { name: 'Arguments' });
  }

  /** The articles × arguments table. */
  matrix(): Locator {
    return this.page.getByRole('table', { name: 'Which article makes which argument' });
  }

  /** The claim-type filter. */
  typeFilter(): Locator {
    return this.page.getByRole('combobox', { name: 'Claim type' });
  }

  /** The "Arguments in dispute" filter. */
  disputedFilter(): Locator {
    return this.page.getByRole('checkbox', { name: /^Arguments in dispute/ });
  }

  /** The list of disagreements. */
  disputes(): Locator {
    return this.page.getByRole('list', { name: 'Disagreements' });
  }

  /** Follows an argument's link in the list. */
  async openArgument(statement: string): Promise<void> {
    await this.list().getByRole('link', { name: statement }).click();
  }
}
