/**
 * The one wrapper around citation-js (`@citation-js/core` with its CSL, BibTeX and RIS plugins): CSL
 * styles turn CSL-JSON into formatted citations (citeproc-js underneath), and the bibliography formats
 * are written and read by the plugins. Nothing else in Parallax imports citation-js, and nothing here
 * joins citation strings by hand.
 */
import { Cite, plugins } from '@citation-js/core';
import '@citation-js/plugin-csl';
import '@citation-js/plugin-bibtex';
import '@citation-js/plugin-ris';
import type { CslItem, PassageCite } from '../model/csl.ts';

/** A CSL style: a name to register it under and its CSL XML. */
export interface CslStyle {
  name: string;
  xml: string;
}

/** A formatted citation: the note or in-text citation, and the bibliography entries of the works. */
export interface FormattedCitation {
  /** The note (notes styles) or parenthetical (author-date and MLA) citation, plain text. */
  citation: string;
  /** One plain-text bibliography entry per cited work, in the style's order. */
  bibliography: string[];
}

/** The bibliography file formats. */
export const BIBLIOGRAPHY_FORMATS = ['bibtex', 'ris', 'csl-json'] as const;
/** One of BIBLIOGRAPHY_FORMATS. */
export type BibliographyFormat = (typeof BIBLIOGRAPHY_FORMATS)[number];

interface CslConfig {
  templates: { has(name: string): boolean; add(name: string, xml: string): void };
}

interface BibtexConfig {
  format: { checkLabel: boolean };
}

// Article ids are slugs (a-z, 0-9, "-"), valid BibTeX keys; the plugin's check would refuse the "-"
// and make up a key instead.
(plugins.config.get('@bibtex') as BibtexConfig).format.checkLabel = false;

/** Registers the style with the CSL plugin once. */
function ensureStyle(style: CslStyle): void {
  const config = plugins.config.get('@csl') as CslConfig;
  if (!config.templates.has(style.name)) config.templates.add(style.name, style.xml);
}

/** Collapses the processor's line breaks and runs of spaces (plain-text output ends entries with "\n"). */
function clean(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** The citation of `cited` (one cluster, first position) and their bibliography entries in `style`. */
export function formatCitation(cited: PassageCite[], style: CslStyle): FormattedCitation {
  ensureStyle(style);
  const cite = new Cite(cited.map((c) => c.item));
  const entries = cited.map((c) => ({
    id: c.item.id,
    ...(c.locator ? { locator: c.locator, label: c.label ?? 'paragraph' } : {}),
  }));
  const citation = cite.format('citation', {
    format: 'text',
    template: style.name,
    lang: 'en-US',
    entry: entries,
  });
  const bibliography = cite.format('bibliography', {
    format: 'text',
    template: style.name,
    lang: 'en-US',
    asEntryArray: true,
  }) as unknown as [string, string][];
  return { citation: clean(String(citation)), bibliography: bibliography.map(([, text]) => clean(text)) };
}

/** The works as a BibTeX, RIS or CSL-JSON file (text ending in a newline). */
export function bibliographyFile(items: CslItem[], format: BibliographyFormat): string {
  // The article id is the BibTeX key and RIS ID, so a reference manager's entries match Parallax's links.
  const cite = new Cite(format === 'csl-json' ? items : items.map((i) => ({ ...i, 'citation-key': i.id })));
  const text =
    format === 'csl-json'
      ? JSON.stringify(cite.data, null, 2)
      : format === 'ris'
        ? risText(cite.format('ris', { format: 'object' }) as unknown as RisRecord[])
        : String(cite.format('bibtex', { format: 'text' }));
  return text.endsWith('\n') ? text : `${text}\n`;
}

/** One RIS record as the plugin maps it: tag → value (or values, for repeated tags such as AU). */
type RisRecord = Record<string, string | number | (string | number)[]>;

/**
 * RIS text of the plugin's records, one field per line. The plugin's own text output breaks every
 * value after 70 characters (a limit of the old RIS specification), and readers, its own parser
 * included, join the pieces with a space, splitting words of long titles ("de feated").
 */
function risText(records: readonly RisRecord[]): string {
  return records
    .map((record) => {
      const lines = [`TY  - ${String(record.TY)}`];
      for (const [tag, value] of Object.entries(record)) {
        if (tag === 'TY') continue;
        for (const v of [value].flat()) lines.push(`${tag}  - ${String(v).replace(/\s+/g, ' ')}`);
      }
      lines.push('ER  - ');
      return lines.join('\n');
    })
    .join('\n');
}

/** Parses a BibTeX or RIS file back into CSL-JSON (throws on text the parser cannot read). */
export function parseBibliography(text: string): Record<string, unknown>[] {
  return new Cite(text).data as Record<string, unknown>[];
}
