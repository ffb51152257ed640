/** Page object for an article's reading guide, and a person's mouse following a link. */
import { setTimeout as pause } from 'node:timers/promises';
import type { Locator, Page } from 'playwright-core';
import { guidePath } from '../../../src/state/paths.ts';
import { unseenReason } from '../seen.ts';

/** One bar of the chart as drawn: its label, the number beside it, and the bar's width in CSS pixels. */
export interface DrawnBar {
  label: string;
  value: number;
  width: number;
}

/**
 * Moves the mouse to the middle of `target` in steps, as a hand does, and clicks there; first brings
 * it into view and checks a person can see it (inside the viewport, not covered).
 */
export async function clickByMouse(page: Page, target: Locator): Promise<void> {
  await target.scrollIntoViewIfNeeded();
  const reason = await unseenReason(target);
  if (reason !== '') throw new Error(`cannot click what a person cannot see: ${reason}`);
  const box = await target.boundingBox();
  if (!box) throw new Error('the target has no box');
  await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2, { steps: 8 });
  // A person's hand rests a moment on the link before pressing.
  await pause(40);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
}

/** The reading guide of one article. */
export class GuidePage {
  constructor(
    readonly page: Page,
    private readonly baseUrl: string,
  ) {}

  /** Opens the guide of `articleId` and waits until it has settled. */
  async open(articleId: string): Promise<this> {
    await this.page.goto(`${this.baseUrl}${guidePath(articleId)}`);
    await this.settled();
    return this;
  }

  /** Waits, as a reader does, for the counts and the quotes (the articles' files arrive on demand). */
  async settled(): Promise<this> {
    await this.page.getByText('Reading guide', { exact: true }).waitFor();
    await this.table().waitFor();
    await this.page.waitForFunction(() => document.querySelector('.focus-loading') === null);
    return this;
  }

  /** The article's title. */
  title(): Locator {
    return this.page.getByRole('heading', { level: 1 });
  }

  /** The chart, as the image it is to assistive technology. */
  chart(): Locator {
    return this.page.getByRole('img', { name: /^Passages by claim type: / });
  }

  /** The table of counts. */
  table(): Locator {
    return this.page.getByRole('table', { name: 'Passages by claim type (table)' });
  }

  /** The table's rows as claim type label → count. */
  async tableCounts(): Promise<Map<string, number>> {
    const rows = await this.table()
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [
          tr.querySelector('th')?.textContent ?? '',
          tr.querySelector('td')?.textContent ?? '',
        ]),
      );
    return new Map(rows.map(([label = '', n = '']) => [label, Number(n)]));
  }

  /** The chart's bars as drawn. */
  async bars(): Promise<DrawnBar[]> {
    return this.page.locator('.guide-chart__row').evaluateAll((rows) =>
      rows.map((row) => ({
        label: row.querySelector('.guide-chart__label')?.textContent ?? '',
        value: Number(row.querySelector('.guide-chart__value')?.textContent),
        width: row.querySelector('.guide-chart__bar')?.getBoundingClientRect().width ?? -1,
      })),
    );
  }

  /** The group of arguments shared with the article titled `otherTitle`. */
  shared(otherTitle: string): Locator {
    return this.page.getByRole('list', { name: `Arguments shared with ${otherTitle}`, exact: true });
  }

  /** The disagreements with the article titled `otherTitle`. */
  disagreements(otherTitle: string): Locator {
    return this.page.getByRole('list', { name: `Disagreements with ${otherTitle}`, exact: true });
  }
}
