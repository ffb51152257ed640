/**
 * `corpus anchor-fill`: completes and refreshes the selectors of curated passages.
 *
 * Curators write a passage with just its TextQuoteSelector `exact`; this fills in `prefix`, `suffix`
 * and the TextPositionSelector from the canonical text. A passage whose text moved after an edition
 * change is re-placed when its quote is still found exactly; an approximate (fuzzy) match or an
 * orphan is reported and left as it is for a person to decide. Files are rewritten only when valid.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.ts';
import { anchor, selectorFor } from '../../src/model/anchor.ts';
import { articleAnnotationsFileSchema } from '../../src/data/annotation-schema.ts';
import { readSelectors, writeSelectors } from '../../src/model/selectors.ts';

/** What anchor-fill did to one file. */
export interface FillReport {
  file: string;
  filled: number;
  unchanged: number;
  /** Messages for passages left as they were (ambiguous, fuzzy or orphaned). */
  problems: string[];
}

/** Fills the selectors of every passage in `annotations/<article-id>.json` for the given articles. */
export function anchorFill(
  root: string,
  articles: readonly Article[],
  options: { dryRun: boolean },
): FillReport[] {
  return articles.flatMap((article) => {
    const path = `annotations/${article.meta.id}.json`;
    let content: string;
    try {
      content = readFileSync(join(root, path), 'utf8');
    } catch {
      return [];
    }
    const report: FillReport = { file: path, filled: 0, unchanged: 0, problems: [] };
    const parsed = articleAnnotationsFileSchema.safeParse(JSON.parse(content));
    if (!parsed.success) {
      report.problems.push(
        `invalid file (run npm run corpus -- validate): ${parsed.error.issues[0]?.message ?? ''}`,
      );
      return [report];
    }
    const passages = parsed.data.passages.map((passage) => {
      const read = readSelectors(passage.target.selector);
      if (!read.ok) {
        report.problems.push(`${passage.id}: ${read.problem}`);
        return passage;
      }
      const { quote, position } = read.selector;
      const hasContext = quote.prefix !== undefined || quote.suffix !== undefined || position !== undefined;
      const first = article.text.indexOf(quote.exact);
      if (!hasContext && first >= 0 && article.text.indexOf(quote.exact, first + 1) >= 0) {
        report.problems.push(
          `${passage.id}: "${quote.exact.slice(0, 40)}…" occurs more than once; lengthen the quote or add a prefix`,
        );
        return passage;
      }
      const found = anchor(article.text, read.selector);
      if (!found || found.status === 'fuzzy') {
        report.problems.push(
          found
            ? `${passage.id}: only an approximate match at ${found.start}–${found.end} ("${article.text.slice(found.start, found.end).slice(0, 40)}…"); fix the quote by hand`
            : `${passage.id}: quote "${quote.exact.slice(0, 40)}…" not found (orphan)`,
        );
        return passage;
      }
      const selector = writeSelectors(selectorFor(article.text, found.start, found.end));
      const changed = JSON.stringify(selector) !== JSON.stringify(passage.target.selector);
      if (changed) report.filled++;
      else report.unchanged++;
      return { ...passage, target: { selector } };
    });
    if (!options.dryRun && report.filled > 0) {
      const file = {
        schemaVersion: parsed.data.schemaVersion,
        article: parsed.data.article,
        positionUnit: 'utf16',
        passages,
      };
      writeFileSync(join(root, path), `${JSON.stringify(file, null, 2)}\n`);
    }
    return [report];
  });
}
