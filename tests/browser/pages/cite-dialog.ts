/** Page object for the Cite button and its dialog (article page, focus view, selected passage). */
import type { Locator, Page } from 'playwright-core';

/** The Cite dialog opened from a button named "Cite <what>". */
export class CiteDialog {
  constructor(readonly page: Page) {}

  /** Clicks "Cite <what>" and waits for the dialog. */
  async open(what: string): Promise<this> {
    await this.page.getByRole('button', { name: `Cite ${what}`, exact: true }).click();
    await this.dialog().waitFor();
    return this;
  }

  /** The open dialog. */
  dialog(): Locator {
    return this.page.getByRole('dialog');
  }

  /** Chooses a style by its label ("APA") and waits until its citation is shown. */
  async choose(style: string, citationHeading: 'Footnote' | 'In-text citation'): Promise<void> {
    await this.dialog().getByRole('radio', { name: style, exact: true }).check();
    await this.dialog().getByRole('heading', { name: citationHeading }).waitFor();
  }

  /** Clicks the Copy button of the note or in-text citation and returns the clipboard's text. */
  async copyCitation(): Promise<string> {
    await this.dialog()
      .getByRole('button', { name: /^Copy (footnote|in-text citation)$/ })
      .click();
    await this.dialog().getByRole('status').getByText('Copied.').first().waitFor();
    return this.page.evaluate(() => navigator.clipboard.readText());
  }

  /** The bibliography entry shown. */
  bibliography(): Promise<string> {
    return this.dialog().getByTestId('cite-bibliography').innerText();
  }

  /** Closes with Escape. */
  async close(): Promise<void> {
    await this.page.keyboard.press('Escape');
    await this.dialog().waitFor({ state: 'detached' });
  }
}
