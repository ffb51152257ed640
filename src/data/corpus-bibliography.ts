/**
 * The corpus bibliography, every article's front matter as CSL-JSON (`articleToCsl`) written by the
 * citation processor as BibTeX, RIS or CSL-JSON: what `npm run corpus -- export --format bibtex|ris|csl-json`
 * prints and what the library page downloads, from this one function.
 */
import type { ArticleMeta } from '../model/article.ts';
import { articleToCsl } from '../model/csl.ts';
import { bibliographyFile, type BibliographyFormat } from './cite-processor.ts';

/** A downloadable file: its name, MIME type and text. */
export interface BibliographyDownload {
  name: string;
  type: string;
  content: string;
}

/** File name extension and MIME type of each format (CSL-JSON's type is the one the CSL project registers). */
const FILE_TYPES: Record<BibliographyFormat, { extension: string; type: string }> = {
  bibtex: { extension: 'bib', type: 'application/x-bibtex' },
  ris: { extension: 'ris', type: 'application/x-research-info-systems' },
  'csl-json': { extension: 'json', type: 'application/vnd.citationstyles.csl+json' },
};

/** Every article of `metas` (in their order) in `format`; `urlOf` gives an article's address in the reader, when known. */
export function corpusBibliography(
  metas: readonly ArticleMeta[],
  format: BibliographyFormat,
  urlOf?: (articleId: string) => string,
): string {
  return bibliographyFile(
    metas.map((meta) => articleToCsl(meta, urlOf ? { url: urlOf(meta.id) } : {})),
    format,
  );
}

/** The bibliography as a file to download: `parallax-bibliography.bib` (or .ris, .json). */
export function corpusBibliographyFile(
  metas: readonly ArticleMeta[],
  format: BibliographyFormat,
  urlOf?: (articleId: string) => string,
): BibliographyDownload {
  const { extension, type } = FILE_TYPES[format];
  return {
    name: `parallax-bibliography.${extension}`,
    type,
    content: corpusBibliography(metas, format, urlOf),
  };
}
