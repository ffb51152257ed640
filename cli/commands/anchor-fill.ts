/**
 * `corpus anchor-fill`: completes and refreshes the selectors of curated passages.
 *
 * Curators write a passage with just its TextQuoteSelector `exact`; this fills in `prefix`, `suffix`
 * and the TextPositionSelector from the canonical text. A passage whose text moved after an edition
 * change is re-placed when its quote is still found exactly; an approximate (fuzzy) match or an
 * orphan is reported and left as it is for a person to decide. Files are rewritten only when valid,
 * all together or none (cli/atomic-files.ts). A file that is not JSON, and the file of an article
 * whose edition did not compile, are reported as problems (exit 1), never skipped in silence.
 */
import { ARGUMENTS_PATH, TAXONOMY_PATH } from '../../src/data/compile-tag-layer.ts';
import { VOCABULARY_PATH } from '../../src/data/vocabulary-file.ts';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../src/model/article.ts';
import { anchor, selectorFor } from '../../src/model/anchor.ts';
import { articleAnnotationsFileSchema } from '../../src/data/annotation-schema.ts';
import { parseJsonText } from '../../src/data/parse-json-file.ts';
import { readSelectors, writeSelectors } from '../../src/model/selectors.ts';
import { nodeFileOps, writeUnderLock, type FileOps } from '../atomic-files.ts';

/** What anchor-fill did to one file. */
export interface FillReport {
  file: string;
  filled: number;
  unchanged: number;
  /** Messages for passages left as they were (ambiguous, fuzzy or orphaned). */
  problems: string[];
}

/** What anchor-fill found, and the files it would write (whole contents, paths relative to the root). */
export interface FillPlan {
  reports: FillReport[];
  writes: { path: string; content: string }[];
}

/** Files under annotations/ that are not an article's passages. */
const SHARED_FILES = new Set(
  [TAXONOMY_PATH, ARGUMENTS_PATH, VOCABULARY_PATH].map((path) => path.replace(/^annotations\//, '')),
);

/**
 * Plans filling the selectors of every passage in `annotations/<article-id>.json` for the given
 * articles (the ones whose edition compiled); an annotation file of any other article is a problem.
 */
export function planAnchorFill(root: string, articles: readonly Article[]): FillPlan {
  const writes: FillPlan['writes'] = [];
  const known = new Set(articles.map((a) => `${a.meta.id}.json`));
  let names: string[] = [];
  try {
    names = readdirSync(join(root, 'annotations'));
  } catch {
    // No annotations folder: nothing to fill.
  }
  const skipped = names
    .filter((n) => n.endsWith('.json') && !n.startsWith('.') && !SHARED_FILES.has(n) && !known.has(n))
    .map((n): FillReport => ({
      file: `annotations/${n}`,
      filled: 0,
      unchanged: 0,
      problems: [
        `not filled: its article's edition did not compile, or there is no such article (run npm run corpus -- validate)`,
      ],
    }));
  const reports = articles.flatMap((article) => {
    const path = `annotations/${article.meta.id}.json`;
    let content: string;
    try {
      content = readFileSync(join(root, path), 'utf8');
    } catch {
      return [];
    }
    const report: FillReport = { file: path, filled: 0, unchanged: 0, problems: [] };
    let data: unknown;
    try {
      data = parseJsonText(content);
    } catch (error) {
      report.problems.push(
        `not JSON (${error instanceof Error ? error.message : String(error)}); nothing filled`,
      );
      return [report];
    }
    const parsed = articleAnnotationsFileSchema.safeParse(data);
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
    if (report.filled > 0) {
      const file = {
        schemaVersion: parsed.data.schemaVersion,
        article: parsed.data.article,
        positionUnit: 'utf16',
        passages,
      };
      writes.push({ path, content: `${JSON.stringify(file, null, 2)}\n` });
    }
    return [report];
  });
  return { reports: [...reports, ...skipped], writes };
}

/** Runs `anchor-fill`: plans, prints, and writes every filled file together under the write lock; returns the exit code. */
export function runAnchorFill(
  root: string,
  articles: readonly Article[],
  options: { dryRun: boolean },
  io: { out: (s: string) => void; err: (s: string) => void },
  ops: FileOps = nodeFileOps,
): number {
  const { reports, writes } = planAnchorFill(root, articles);
  for (const r of reports) {
    io.out(
      `${r.file}: ${r.filled} ${options.dryRun ? 'would be filled' : 'filled'}, ${r.unchanged} unchanged`,
    );
    r.problems.forEach((p) => io.err(`  ${r.file}: ${p}`));
  }
  const failed = reports.some((r) => r.problems.length > 0);
  if (options.dryRun || writes.length === 0) return failed ? 1 : 0;
  const written = writeUnderLock(root, writes, ops, io);
  return written && !failed ? 0 : 1;
}
