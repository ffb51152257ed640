/** Page object for the reader's own annotations in the compare view. */
import type { Download, Locator, Page } from 'playwright-core';

/** The annotation bar, editor and "mine" layer of the compare view. */
export class AnnotationsPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the compare view with these article ids and waits for the annotation bar. */
  async open(articleIds: readonly string[]): Promise<this> {
    await this.page.goto(`${this.baseUrl}/compare?a=${articleIds.join(',')}`);
    await this.bar().waitFor();
    // Each article is its own file, fetched on demand: wait until every column has its text.
    await this.page.waitForFunction(
      () => document.querySelector('[data-column-loading][aria-busy="true"]') === null,
    );
    await this.loaded();
    return this;
  }

  /**
   * Waits until the reader's store has loaded what this browser kept (the bar is busy until then, and
   * its count is not final): the annotations of earlier tests in the same browser are then counted.
   */
  async loaded(): Promise<void> {
    await this.page.waitForFunction(
      () => document.querySelector('.annotations-bar[aria-busy="true"]') === null,
    );
  }

  /** The bar's heading, "Your annotations (n)". */
  bar(): Locator {
    return this.page.getByRole('heading', { name: /^Your annotations \(\d+\)$/ });
  }

  /** The count in the bar's heading, once the reader's stored annotations have loaded (the bar is not busy). */
  async count(): Promise<number> {
    await this.page.locator('section.annotations-bar[aria-busy="false"]').waitFor();
    return Number(/\((\d+)\)/.exec(await this.bar().innerText())?.[1] ?? NaN);
  }

  /**
   * Selects `length` characters of paragraph `n` of the article's column, starting `from` characters
   * into its first text run after the paragraph number, as a reader dragging the mouse would.
   */
  async selectInParagraph(articleId: string, n: number, from: number, length: number): Promise<string> {
    return this.page.evaluate(
      ({ articleId, n, from, length }) => {
        const p = document.querySelector(`[data-column="${articleId}"] p[data-paragraph="${n}"]`);
        if (!p) throw new Error(`no paragraph ${n}`);
        const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
        for (let t = walker.nextNode(); t; t = walker.nextNode()) {
          if (t.parentElement?.closest('button, .paragraph-number')) continue;
          if ((t as Text).length < from + length) continue;
          const range = document.createRange();
          range.setStart(t, from);
          range.setEnd(t, from + length);
          const selection = document.getSelection();
          selection?.removeAllRanges();
          selection?.addRange(range);
          return range.toString();
        }
        throw new Error('no text run long enough');
      },
      { articleId, n, from, length },
    );
  }

  /** The open editor form (new or edit). */
  editor(): Locator {
    return this.page.getByRole('form', { name: /annotation$/ });
  }

  /** The accessible name of the focused element: its aria-label, else its text. */
  async focusedName(): Promise<string> {
    return this.page.evaluate(() => {
      const el = document.activeElement;
      return el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '';
    });
  }

  /** Presses Tab (Shift+Tab when `backwards`) until the control named `name` has focus. */
  async tabTo(name: string, backwards = false): Promise<void> {
    for (let i = 0; i < 120; i++) {
      if ((await this.focusedName()) === name) return;
      await this.page.keyboard.press(backwards ? 'Shift+Tab' : 'Tab');
    }
    throw new Error(`Tab never reached "${name}"`);
  }

  /** The editor's suggested arguments ("Arguments this passage may make"). */
  argumentSuggestions(): Locator {
    return this.editor().getByRole('region', { name: 'Arguments this passage may make' });
  }

  /** The editor's live region, saying what the quote is after a range move. */
  rangeStatus(): Locator {
    return this.editor().getByRole('status');
  }

  /** The "mine" labels drawn in the columns. */
  mineLabels(): Locator {
    return this.page.getByRole('button', { name: /^mine\?? \(your annotation/ });
  }

  /** The side panel (a sheet on a phone) of the reader's own annotation they selected. */
  minePanel(): Locator {
    return this.page.getByRole('complementary', { name: 'Your annotation' });
  }

  /**
   * Selects an annotation by clicking its "mine" label (the first label when none is given) and opens
   * its editor with the panel's Edit; returns the editor.
   */
  async editFromLabel(label: Locator = this.mineLabels().first()): Promise<Locator> {
    await label.click();
    await this.minePanel().getByRole('button', { name: 'Edit' }).click();
    return this.editor();
  }

  /** The text of the reader's annotated spans. */
  mineText(): Locator {
    return this.page.locator('.mine');
  }

  /** Opens the share panel and downloads an export in the format whose button has this name. */
  async export(name: string): Promise<Download> {
    await this.openShare();
    const [download] = await Promise.all([
      this.page.waitForEvent('download'),
      this.page.getByRole('button', { name }).click(),
    ]);
    return download;
  }

  /** Chooses a file to import and returns the preview region. */
  async chooseImport(path: string): Promise<Locator> {
    await this.openShare();
    await this.page.getByLabel('Import a W3C annotation file').setInputFiles(path);
    return this.page.getByRole('region', { name: /^Import of / });
  }

  private async openShare(): Promise<void> {
    const details = this.page.locator('details.annotations-bar__share');
    if (!(await details.evaluate((d) => (d as HTMLDetailsElement).open))) {
      await this.page.getByText('Export or import', { exact: true }).click();
    }
  }
}
