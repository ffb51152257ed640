/**
 * Plain exports of annotations for people: CSV for a spreadsheet (one row per annotation) and
 * Markdown for a class handout (grouped by article, in reading order), each with the annotation's
 * links (where each points, its words, and the link's note). User text is escaped so that
 * it stays text: CSV cells are quoted per RFC 4180 and formula-leading characters neutralised;
 * Markdown special characters and HTML are escaped.
 */
import { paragraphNumberAt } from './article-offsets.ts';
import { placeLabel } from './citation.ts';
import type { ClaimType } from './tag-layer.ts';
import type { UserLink } from './user-annotation.ts';
import type { ExportableAnnotation, ExportContext } from './w3c.ts';

/** Handout context: the export context plus the taxonomy, for type labels. */
export interface HandoutContext extends ExportContext {
  taxonomy: readonly ClaimType[];
}

/** Columns of the CSV export. */
export const CSV_HEADER = ['article', 'paragraph', 'quote', 'types', 'argument', 'note', 'links'] as const;

/** One CSV cell: quoted when it holds a comma, quote or line break; a leading = + - @ (or tab/CR) is defused. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function typeLabel(context: HandoutContext, id: string): string {
  return context.taxonomy.find((t) => t.id === id)?.label ?? id;
}

function statements(context: HandoutContext, ids: readonly string[]): string[] {
  return ids.map((id) => context.arguments.find((a) => a.id === id)?.statement ?? id);
}

function inReadingOrder(
  annotations: readonly ExportableAnnotation[],
  context: HandoutContext,
): ExportableAnnotation[] {
  const order = new Map(context.articles.map((a, i) => [a.meta.id, i]));
  return [...annotations].sort(
    (a, b) =>
      (order.get(a.article) ?? order.size) - (order.get(b.article) ?? order.size) ||
      a.article.localeCompare(b.article) ||
      a.selector.position.start - b.selector.position.start,
  );
}

/**
 * Where a link points, in words: "<article title>, paragraph 14: “<its words>”" for a passage or a
 * stretch of an article, the address for a web page; an unknown passage or article is named by its id.
 */
export function linkTargetLabel(link: UserLink, context: HandoutContext): string {
  const { target } = link;
  if ('url' in target) return target.url;
  const passage = 'passage' in target ? context.passages.find((p) => p.id === target.passage) : undefined;
  if ('passage' in target && !passage) return `passage ${target.passage}`;
  const articleId = passage?.article ?? ('article' in target ? target.article : '');
  const article = context.articles.find((a) => a.meta.id === articleId);
  const start = passage?.start ?? ('selector' in target ? target.selector.position.start : 0);
  const exact = passage?.exact ?? ('selector' in target ? target.selector.quote.exact : '');
  const place = article ? placeLabel(paragraphNumberAt(article, start)) : undefined;
  const where = [article?.meta.title ?? articleId, place].filter((x) => x !== undefined).join(', ');
  return `${where}: “${exact}”`;
}

/** A link as one line of text: its target, then its note after " (note: …)". */
function linkLine(link: UserLink, context: HandoutContext): string {
  const label = linkTargetLabel(link, context);
  return link.note ? `${label} (note: ${link.note})` : label;
}

/** Paragraph number of an annotation (by its stored position), or undefined. */
function paragraphOf(annotation: ExportableAnnotation, context: HandoutContext): number | undefined {
  const article = context.articles.find((a) => a.meta.id === annotation.article);
  return article ? paragraphNumberAt(article, annotation.selector.position.start) : undefined;
}

/**
 * CSV (RFC 4180, CRLF line ends) with a header row and one row per annotation; a last column,
 * `creator`, names who made each annotation when any has a creator (a class export).
 */
export function toCsv(annotations: readonly ExportableAnnotation[], context: HandoutContext): string {
  const withCreator = annotations.some((a) => a.creator !== undefined);
  const rows = inReadingOrder(annotations, context).map((a) =>
    [
      a.article,
      String(paragraphOf(a, context) ?? ''),
      a.selector.quote.exact,
      a.types.map((t) => typeLabel(context, t)).join('; '),
      statements(context, a.arguments).join('; '),
      a.note ?? '',
      // One line per link inside the cell, so a quote's own semicolons stay unambiguous.
      a.links.map((l) => linkLine(l, context)).join('\n'),
      ...(withCreator ? [a.creator ?? ''] : []),
    ]
      .map(csvCell)
      .join(','),
  );
  const header = withCreator ? [...CSV_HEADER, 'creator'] : CSV_HEADER;
  return [header.join(','), ...rows].join('\r\n') + '\r\n';
}

/** Escapes text so Markdown renders it literally: no emphasis, links, HTML, headings or lists. */
export function escapeMarkdown(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // Only characters that can start markup: with "[" escaped no link or image can form, so the
      // parentheses and "!" common in quotations stay as printed.
      .replace(/[\\`*_[\]#|~<>&]/g, (c) =>
        c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '&' ? '&amp;' : `\\${c}`,
      )
      .replace(/^(\s*)([-+=])/gm, '$1\\$2')
      .replace(/^(\s*\d+)([.)])/gm, '$1\\$2')
  );
}

/** Text on one line of Markdown (a heading, a list item): escaped, its line breaks as spaces. */
export function markdownInline(text: string): string {
  return escapeMarkdown(text.replace(/\s*[\r\n]+\s*/g, ' ').trim());
}

/** Text as a Markdown paragraph: escaped, its line breaks kept as hard breaks. */
export function markdownParagraph(text: string): string {
  return escapeMarkdown(text.trim()).replace(/\n/g, '  \n');
}

/** Markdown text as a blockquote, every line quoted (escaped first). */
export function markdownBlockquote(text: string): string {
  return escapeMarkdown(text)
    .split('\n')
    .map((line) => (line ? `> ${line}` : '>'))
    .join('\n');
}

/** A class handout: per article a section, per annotation its paragraph, quote, types, arguments, note and links. */
export function toMarkdown(
  annotations: readonly ExportableAnnotation[],
  context: HandoutContext,
  title = 'Annotations',
): string {
  const out: string[] = [`# ${escapeMarkdown(title)}`, ''];
  let current: string | undefined;
  let currentHeading: string | undefined;
  for (const a of inReadingOrder(annotations, context)) {
    if (a.article !== current) {
      current = a.article;
      currentHeading = undefined;
      const article = context.articles.find((x) => x.meta.id === a.article);
      out.push(`## ${escapeMarkdown(article?.meta.title ?? a.article)}`, '');
    }
    const paragraph = paragraphOf(a, context);
    const heading = `### ${paragraph === undefined ? 'Heading' : `Paragraph ${paragraph}`}`;
    if (heading !== currentHeading) out.push(heading, '');
    currentHeading = heading;
    out.push(markdownBlockquote(a.selector.quote.exact), '');
    if (a.types.length > 0) {
      out.push(`- **Types:** ${a.types.map((t) => escapeMarkdown(typeLabel(context, t))).join(', ')}`);
    }
    for (const statement of statements(context, a.arguments)) {
      out.push(`- **Argument:** ${escapeMarkdown(statement)}`);
    }
    if (a.note) out.push(`- **Note:** ${escapeMarkdown(a.note).replace(/\n/g, '  \n  ')}`);
    for (const link of a.links) {
      out.push(`- **Link:** ${escapeMarkdown(linkLine(link, context)).replace(/\n/g, '  \n  ')}`);
    }
    out.push('');
  }
  if (current === undefined) out.push('_No annotations._', '');
  return out.join('\n');
}
