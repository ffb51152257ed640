/** A reader's annotations as a downloadable file: W3C JSON-LD, CSV or a Markdown handout. */
import type { Article } from './article.ts';
import { toCsv, toMarkdown, type HandoutContext } from './handout.ts';
import type { TagLayer } from './tag-layer.ts';
import { sortAnnotations, type UserAnnotationState } from './user-annotation.ts';
import { toW3CCollection } from './w3c.ts';

/** Formats a reader can export to. */
export type UserExportFormat = 'w3c' | 'csv' | 'md';

/** A file to download. */
export interface ExportFile {
  name: string;
  type: string;
  content: string;
}

/** The reader's annotations in `format`; `now` (ISO 8601) dates the file and its name. */
export function userExportFile(
  state: UserAnnotationState,
  format: UserExportFormat,
  corpus: { articles: readonly Article[]; tagLayer: TagLayer },
  now: string,
): ExportFile {
  const annotations = sortAnnotations(
    Object.values(state.annotations),
    corpus.articles.map((a) => a.meta.id),
  );
  const context: HandoutContext = {
    articles: corpus.articles,
    passages: corpus.tagLayer.passages,
    taxonomy: corpus.tagLayer.taxonomy,
    arguments: [
      ...corpus.tagLayer.arguments.map((a) => ({
        id: a.id,
        statement: a.statement,
        type: a.type,
        user: false,
      })),
      ...Object.values(state.arguments).map((a) => ({ ...a, user: true })),
    ],
  };
  const stem = `parallax-annotations-${now.slice(0, 10)}`;
  switch (format) {
    case 'w3c': {
      const collection = toW3CCollection(annotations, context, {
        label: 'My Parallax annotations',
        generated: now,
      });
      return {
        name: `${stem}.jsonld`,
        type: 'application/ld+json',
        content: `${JSON.stringify(collection, null, 2)}\n`,
      };
    }
    case 'csv':
      return { name: `${stem}.csv`, type: 'text/csv', content: toCsv(annotations, context) };
    case 'md':
      return {
        name: `${stem}.md`,
        type: 'text/markdown',
        content: toMarkdown(annotations, context, 'My annotations'),
      };
  }
}
