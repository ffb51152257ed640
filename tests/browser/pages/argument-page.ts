/** Page object for one argument's focus view and its presentation mode. */
import type { Locator, Page } from 'playwright-core';

/** The `/arguments/<id>` page. */
export class ArgumentPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens an argument's focus view (with a search string such as `?type=legal&present=1`). */
  async open(argumentId: string, search = ''): Promise<this> {
    await this.page.goto(`${this.baseUrl}/arguments/${argumentId}${search}`);
    await this.statement().waitFor();
    return this;
  }

  /** The argument's statement (the page's heading). */
  statement(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The passages making the argument, one list item per article. */
  passages(): Locator {
    return this.page.getByRole('list', { name: 'Passages making this argument' });
  }

  /** Previous/next with the position ("3 of 27"), outside presentation mode. */
  stepNav(): Locator {
    return this.page.getByRole('navigation', { name: 'Arguments' });
  }

  /** The presentation bar (step indicator, previous, next, leave). */
  presentationBar(): Locator {
    return this.page.getByRole('navigation', { name: 'Presentation' });
  }

  /** The step indicator's text in presentation mode ("3 / 27"). */
  async step(): Promise<string> {
    return (await this.presentationBar().locator('.presentation__step').innerText()).trim();
  }

  /** The rendered font size, in CSS pixels, of the first quote's text. */
  async quoteFontSize(): Promise<number> {
    return this.passages()
      .locator('blockquote p')
      .first()
      .evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }
}
