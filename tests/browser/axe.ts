/** Runs axe-core in a page and returns its violations (one wrapper module for the library). */
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's violations on the current page (WCAG 2 A and AA rules), summarised for assertion messages;
 * with `within` (a CSS selector), only in that part of the page (a whole compare view takes axe ~10 s
 * on a loaded machine; a test of one new control checks that control).
 */
export async function axeViolations(
  page: Page,
  within?: string,
): Promise<{ id: string; impact: string; nodes: string[] }[]> {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(async (within) => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: Document | { include: string[][] }, opts: object) => Promise<AxeResults> };
      }
    ).axe;
    return axe.run(within ? { include: [[within]] } : document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'] },
    });
  }, within);
  return results.violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')}: ${n.failureSummary ?? ''}`),
  }));
}
