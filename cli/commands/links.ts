/** `corpus links`: every cross-reference as JSON or CSV. */
import type { CrossReference } from '../../src/model/links.ts';

const CSV_COLUMNS = [
  'kind',
  'argument',
  'target_argument',
  'score',
  'rank',
  'source_article',
  'source_start',
  'source_end',
  'source_exact',
  'target_article',
  'target_start',
  'target_end',
  'target_exact',
  'note',
] as const;

/** Renders cross-references as CSV (RFC 4180 quoting), one row each, for a spreadsheet. */
export function linksToCsv(links: readonly CrossReference[]): string {
  const rows = links.map((l) =>
    [
      l.kind,
      l.argument ?? '',
      l.targetArgument ?? '',
      l.score ?? '',
      l.rank ?? '',
      l.source.article,
      l.source.start,
      l.source.end,
      l.source.exact,
      l.target.article,
      l.target.start,
      l.target.end,
      l.target.exact,
      l.note ?? '',
    ]
      .map((v) => csvCell(String(v)))
      .join(','),
  );
  return [CSV_COLUMNS.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Quotes a CSV cell when it holds a comma, quote or line break; neutralises spreadsheet formulas. */
export function csvCell(value: string): string {
  // A leading = + - @ would be run as a formula by spreadsheet programs.
  const safe = /^[=+\-@]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
