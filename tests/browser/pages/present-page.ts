/** Page object for the compare view presented one passage per screen (`/compare?…&present=1`). */
import type { Locator, Page } from 'playwright-core';

/** What a person sees of one box: is it inside the window, and is its middle its own (not covered)? */
export interface BoxSeen {
  inside: boolean;
  uncovered: boolean;
}

/** The presentation of the compare view. */
export class PresentPage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens a presentation path and waits for its passage. */
  async open(path: string): Promise<this> {
    await this.page.goto(`${this.baseUrl}${path}`);
    await this.quote().waitFor();
    return this;
  }

  /** The presented passage's quote. */
  quote(): Locator {
    return this.page.locator('.passage-presentation__quote p');
  }

  /** Where the passage is from (the screen's heading). */
  heading(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The linked passages' cards. */
  cards(): Locator {
    return this.page.getByRole('list', { name: 'Linked passages' }).getByRole('listitem');
  }

  /** The bar: previous, step, next, Full text, leave. */
  bar(): Locator {
    return this.page.getByRole('navigation', { name: 'Presentation' });
  }

  /** The step indicator's text ("3 / 27"). */
  async step(): Promise<string> {
    return (await this.bar().locator('.presentation__step').innerText()).trim();
  }

  /** The passage id the address shows (`p`). */
  shownPassage(): string | null {
    return new URL(this.page.url()).searchParams.get('p');
  }

  /** The rendered font size, in CSS pixels, of an element's text. */
  fontSize(locator: Locator): Promise<number> {
    return locator.evaluate((el) => parseFloat(getComputedStyle(el).fontSize));
  }

  /** How far the page is taller than the window (CSS px; 0 or less: no vertical scrollbar). */
  overflow(): Promise<number> {
    return this.page.evaluate(() => document.documentElement.scrollHeight - window.innerHeight);
  }

  /** For each box: inside the window, and `document.elementFromPoint` at its middle is inside it. */
  async seen(locator: Locator): Promise<BoxSeen[]> {
    return locator.evaluateAll((els) =>
      els.map((el) => {
        const r = el.getBoundingClientRect();
        const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
        return {
          inside: r.top >= 0 && r.left >= 0 && r.bottom <= window.innerHeight && r.right <= window.innerWidth,
          uncovered: hit !== null && el.contains(hit),
        };
      }),
    );
  }
}
