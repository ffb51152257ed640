/**
 * An article's front matter as CSL-JSON, the data every citation style and bibliography format is
 * produced from. Only what the source prints is mapped: an article without an author gets no `author`
 * and an undated one no `issued`, so each style applies its own rule (Chicago and MLA begin with the
 * title, APA moves the title to the author position and writes "n.d."); nothing is invented.
 *
 * Type: an article in a named publication is `article-magazine` (online magazines such as Just
 * Security), so BibTeX and RIS keep the publication as the journal; one without is a `webpage`, with
 * the publisher (if printed) as `container-title`, the site name the styles print. The front matter's `editor` signs
 * an editor's note in the source; it is not mapped, because the styles would print "edited by", a role
 * the source does not claim for the whole article.
 */
import type { ArticleMeta } from './article.ts';

/** One personal name in CSL-JSON: family and given, or a single `literal` when it has one word. */
export type CslName = { family: string; given: string } | { literal: string };

/** The subset of a CSL-JSON item Parallax writes (https://citeproc-js.readthedocs.io, CSL 1.0.2 schema). */
export interface CslItem {
  id: string;
  type: 'webpage' | 'article-magazine';
  title: string;
  author?: CslName[];
  'container-title'?: string;
  publisher?: string;
  /** `date-parts` as [[year, month, day]], from the ISO date the source prints. */
  issued?: { 'date-parts': [[number, number, number]] };
  URL?: string;
  /** The day the reader read it, which APA, Chicago and MLA ask for when the source prints no date. */
  accessed?: { 'date-parts': [[number, number, number]] };
}

/** Where and when the reader read the article (both optional; the sources print no address). */
export interface Reading {
  /** A Parallax deep link to the passage or article. */
  url?: string;
  /** The day of reading as an ISO date (YYYY-MM-DD); used only for undated articles. */
  accessed?: string;
}

/** "Henry Ziemer" → family "Ziemer", given "Henry"; one word stays a literal name. */
export function cslName(name: string): CslName {
  const words = name.trim().split(/\s+/);
  const family = words.pop() ?? '';
  return words.length === 0 ? { literal: family } : { family, given: words.join(' ') };
}

/** The ISO date (YYYY-MM-DD) as CSL date parts, or undefined when it is not a valid calendar day. */
export function cslDate(iso: string): CslItem['issued'] {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return { 'date-parts': [[y, m, d]] };
}

/**
 * The article's CSL-JSON item. `reading` says where (a Parallax deep link, given by the caller because
 * the model does not know the site's address) and when the reader read it; the access date is added
 * only to undated articles, where the styles ask for one in place of the missing date.
 */
export function articleToCsl(meta: ArticleMeta, reading: Reading = {}): CslItem {
  const title = meta.subtitle ? `${meta.title}: ${meta.subtitle}` : meta.title;
  const container = meta.publication ?? meta.publisher;
  const issued = meta.date ? cslDate(meta.date) : undefined;
  const accessed = reading.accessed ? cslDate(reading.accessed) : undefined;
  return {
    id: meta.id,
    type: meta.publication ? 'article-magazine' : 'webpage',
    title,
    ...(meta.authors.length > 0 ? { author: meta.authors.map(cslName) } : {}),
    ...(container ? { 'container-title': container } : {}),
    // A publisher distinct from the named publication is still printed by APA and MLA.
    ...(meta.publisher && meta.publisher !== container ? { publisher: meta.publisher } : {}),
    ...(issued ? { issued } : {}),
    ...(reading.url ? { URL: reading.url } : {}),
    ...(!issued && accessed ? { accessed } : {}),
  };
}

/** One passage to cite: its article's item (with the passage's deep link) and its paragraph locator. */
export interface PassageCite {
  item: CslItem;
  label?: 'paragraph';
  locator?: string;
}

/**
 * The passage in `meta`'s article at `paragraphNumber` (undefined for a heading, which has no number to
 * cite), read as `reading` says, as a CSL cite with a paragraph locator.
 */
export function passageCite(
  meta: ArticleMeta,
  paragraphNumber: number | undefined,
  reading: Reading = {},
): PassageCite {
  const item = articleToCsl(meta, reading);
  return paragraphNumber === undefined
    ? { item }
    : { item, label: 'paragraph', locator: String(paragraphNumber) };
}
