/** Page object for the compare view (articles side by side). */
import type { Locator, Page } from 'playwright-core';

/** The compare view. */
export class ComparePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /**
   * Opens a compare path ("/compare?a=…") and waits for the view and, unless `settle` is false, for
   * every open column's text to arrive (each article is its own file, fetched on demand).
   */
  async open(path: string, { settle = true }: { settle?: boolean } = {}): Promise<this> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.heading().waitFor();
    if (settle) await this.settled();
    return this;
  }

  /** Waits until no column is loading its article (a failed one shows its error instead). */
  async settled(): Promise<void> {
    await this.page.waitForFunction(
      () => document.querySelector('[data-column-loading][aria-busy="true"]') === null,
    );
  }

  /** The view's heading. */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Compare side by side' });
  }

  /** A column, as the region named by its article's title. */
  column(title: string): Locator {
    return this.page.getByRole('region', { name: title, exact: true });
  }

  /** The scrolling text of a column. */
  columnText(title: string): Locator {
    return this.column(title).getByRole('group', { name: `Text of ${title}`, exact: true });
  }

  /** Every column region, in order. */
  columns(): Locator {
    return this.page.locator('section[data-column]');
  }

  /** The passage markers (type chips) of a column. */
  markers(title: string): Locator {
    return this.columnText(title).locator('[data-select]');
  }

  /** The labels the passage markers of a column show ("LEG", "STR·DIP"), drawn from `data-label`. */
  markerLabels(title: string): Promise<string[]> {
    return this.markers(title).evaluateAll((els) => els.map((el) => (el as HTMLElement).dataset.label ?? ''));
  }

  /** The marker of one passage. */
  marker(passageId: string): Locator {
    return this.page.locator(`[data-select="${passageId}"]`);
  }

  /** The rendered pieces of a passage marked as linked to the selection. */
  linkedPieces(passageId: string): Locator {
    return this.page.locator(`.passage.is-linked[data-p~="${passageId}"]`);
  }

  /** A claim-type checkbox of the filter. */
  typeCheckbox(label: string): Locator {
    return this.page.getByRole('checkbox', { name: label, exact: true });
  }

  /** The side panel of the selected passage. */
  panel(): Locator {
    return this.page.getByRole('complementary', { name: 'Selected passage' });
  }

  /** The id of the passage whose marker has focus ("" when none). */
  async focusedPassage(): Promise<string> {
    return this.page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.select ?? '');
  }

  /** True when the element's box lies inside its column's visible area. */
  async inColumnView(locator: Locator): Promise<boolean> {
    return locator.first().evaluate((el) => {
      const scroller = el.closest('[data-column-scroll]');
      if (!scroller) return false;
      const [box, rect] = [scroller.getBoundingClientRect(), el.getBoundingClientRect()];
      return rect.bottom > box.top && rect.top < box.bottom;
    });
  }

  /** Number of connector lines drawn. */
  connectorCount(): Promise<number> {
    return this.page.locator('svg.connectors .connector').count();
  }

  /** The panel's "Suggested (not curated) (n)" section. */
  suggestions(): Locator {
    return this.panel().getByRole('region', { name: /^Suggested \(not curated\)/ });
  }

  /** The number of suggestions listed, from the section's heading. */
  async suggestionCount(): Promise<number> {
    const heading = await this.suggestions().getByRole('heading').first().innerText();
    return Number(/\((\d+)\)$/.exec(heading)?.[1] ?? NaN);
  }

  /** The listed (not dismissed) suggestions. */
  suggestionItems(): Locator {
    return this.suggestions().locator('.suggested-list:not([id]) > li');
  }

  /** The "Your annotations (n)" count. */
  async annotationCount(): Promise<number> {
    const heading = await this.page.getByRole('heading', { name: /^Your annotations \(\d+\)$/ }).innerText();
    return Number(/\((\d+)\)/.exec(heading)?.[1] ?? NaN);
  }
}
