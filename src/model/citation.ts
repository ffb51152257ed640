/** Short citation strings for article headers and lists. */
import type { ArticleMeta } from './article.ts';

/** "The War Zone" or the publisher, or "Unknown publication" when the source names neither. */
export function publicationLabel(meta: ArticleMeta): string {
  return meta.publication ?? meta.publisher ?? 'Publication not named';
}

/** Long dates as British English prints them ("29 January 2025"); UTC so the ISO day never shifts. */
const LONG_DATE = new Intl.DateTimeFormat('en-GB', {
  day: 'numeric',
  month: 'long',
  year: 'numeric',
  timeZone: 'UTC',
});

/** The printed date in long form ("29 January 2025"), or "Undated". */
export function dateLabel(meta: ArticleMeta): string {
  if (!meta.date) return 'Undated';
  return LONG_DATE.format(new Date(`${meta.date}T00:00:00Z`));
}

/** "Henry Ziemer", "A and B", or "Author not named". */
export function authorsLabel(meta: ArticleMeta): string {
  if (meta.authors.length === 0) return 'Author not named';
  if (meta.authors.length <= 2) return meta.authors.join(' and ');
  return `${meta.authors.slice(0, -1).join(', ')} and ${meta.authors.at(-1) ?? ''}`;
}

/**
 * An article's source details for under its title at the head of a column, card or handout section:
 * "Henry Ziemer, Publication not named, 29 January 2025" (the subtitle first, when it has one).
 */
export function articleSourceDetails(meta: ArticleMeta): string {
  return [meta.subtitle, authorsLabel(meta), publicationLabel(meta), dateLabel(meta)]
    .filter((part): part is string => part !== undefined)
    .join(', ');
}

/** Where a passage sits, for citing in a sentence: "paragraph 14", or "a heading" outside numbered paragraphs. */
export function placeLabel(paragraphNumber: number | undefined): string {
  return paragraphNumber === undefined ? 'a heading' : `paragraph ${paragraphNumber}`;
}

/** Where a passage sits, under a quote or as a label: "Paragraph 14", or "A heading". */
export function placeHeading(paragraphNumber: number | undefined): string {
  return paragraphNumber === undefined ? 'A heading' : `Paragraph ${paragraphNumber}`;
}

/** The same place in a tight label (a presentation card): "¶ 14", or "heading". */
export function placeMark(paragraphNumber: number | undefined): string {
  return paragraphNumber === undefined ? 'heading' : `¶ ${paragraphNumber}`;
}

/**
 * Where a quote comes from, for under a quote: Henry Ziemer, “Five questions…”, Publication not named,
 * 29 January 2025, paragraph 3. A title the edition supplied keeps its square brackets instead of quotation marks.
 */
export function sourceLabel(meta: ArticleMeta, paragraphNumber: number | undefined): string {
  const title = meta.titleSupplied ? meta.title : `“${meta.title}”`;
  return [
    authorsLabel(meta),
    title,
    publicationLabel(meta),
    dateLabel(meta),
    placeLabel(paragraphNumber),
  ].join(', ');
}

/**
 * A quote with its citation, for pasting into notes or an essay:
 * “quote” (Henry Ziemer, “Five questions…”, Publication not named, 29 January 2025, paragraph 3).
 */
export function quoteCitation(quote: string, meta: ArticleMeta, paragraphNumber: number | undefined): string {
  return `“${quote}” (${sourceLabel(meta, paragraphNumber)})`;
}
