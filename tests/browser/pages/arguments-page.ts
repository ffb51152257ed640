/** Page object for the arguments index. */
import type { Locator, Page } from 'playwright-core';

/** The `/arguments` page. */
export class ArgumentsPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the index. */
  async open(): Promise<this> {
    await this.page.goto(`${this.baseUrl}/arguments`);
    await this.page.getByRole('heading', { level: 1, name: 'Arguments' }).waitFor();
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

  /** Follows an argument's link in the list. */
  async openArgument(statement: string): Promise<void> {
    await this.list().getByRole('link', { name: statement }).click();
  }
}
