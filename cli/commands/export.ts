/**
 * `corpus export --format w3c|csv|md|bibtex|ris|csl-json [--out FILE]`: the curated tag layer in the
 * formats readers share their own annotations in: W3C Web Annotation JSON-LD (positions in code
 * points), CSV for a spreadsheet, or a Markdown class handout; or the corpus bibliography (every
 * article's front matter as CSL-JSON, written by the citation processor) for Zotero and the like.
 */
import { writeFileSync } from 'node:fs';
import type { CompiledCorpus } from '../../src/data/compiled-corpus.ts';
import { corpusBibliography } from '../../src/data/corpus-bibliography.ts';
import { toCsv, toMarkdown, type HandoutContext } from '../../src/model/handout.ts';
import { passageToExportable, toW3CCollection } from '../../src/model/w3c.ts';

/** The formats `export` writes. */
export const EXPORT_FORMATS = ['w3c', 'csv', 'md', 'bibtex', 'ris', 'csl-json'] as const;

/** One of EXPORT_FORMATS. */
export type ExportFormat = (typeof EXPORT_FORMATS)[number];

/** True for a known format name. */
export function isExportFormat(value: string | undefined): value is ExportFormat {
  return (EXPORT_FORMATS as readonly (string | undefined)[]).includes(value);
}

/** The curated layer of `corpus` in `format`, as the text of one file. */
export function exportCurated(corpus: CompiledCorpus, format: ExportFormat, generated?: string): string {
  const { tagLayer, articles } = corpus;
  const texts = new Map(articles.map((a) => [a.meta.id, a.text]));
  const items = tagLayer.passages.map((p) => passageToExportable(p, tagLayer.links, texts.get(p.article)));
  const context: HandoutContext = {
    articles,
    passages: tagLayer.passages,
    arguments: tagLayer.arguments.map((a) => ({
      id: a.id,
      statement: a.statement,
      type: a.type,
      user: false,
    })),
    taxonomy: tagLayer.taxonomy,
  };
  switch (format) {
    case 'w3c': {
      const options = { label: 'Parallax curated tag layer', ...(generated ? { generated } : {}) };
      return `${JSON.stringify(toW3CCollection(items, context, options), null, 2)}\n`;
    }
    case 'csv':
      return toCsv(items, context);
    case 'md':
      return toMarkdown(items, context, 'Parallax: curated passages');
    case 'bibtex':
    case 'ris':
    case 'csl-json':
      return corpusBibliography(
        articles.map((a) => a.meta),
        format,
      );
  }
}

/** Runs `export`: writes to `out` when given, else prints; returns the exit code. */
export function runExport(
  corpus: CompiledCorpus,
  options: { format: string | undefined; out: string | undefined },
  io: { out: (s: string) => void; err: (s: string) => void },
): number {
  if (!isExportFormat(options.format)) {
    io.err(`export: --format must be one of ${EXPORT_FORMATS.join(', ')}`);
    return 2;
  }
  const content = exportCurated(corpus, options.format, new Date().toISOString());
  if (options.out === undefined) {
    io.out(content.replace(/\n$/, ''));
    return 0;
  }
  try {
    writeFileSync(options.out, content);
  } catch (error) {
    io.err(`export: cannot write ${options.out} (${error instanceof Error ? error.message : String(error)})`);
    return 1;
  }
  const what = ['w3c', 'csv', 'md'].includes(options.format)
    ? `${corpus.tagLayer.passages.length} passages`
    : `${corpus.articles.length} articles`;
  io.out(`Wrote ${what} to ${options.out} (${options.format}).`);
  return 0;
}
