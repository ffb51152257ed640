/**
 * The class export as one file: every student's shared annotations (each annotation's `creator` names
 * its student) as W3C JSON-LD for `npm run corpus -- import`, or CSV, through the reader's own
 * exporters (w3c.ts, handout.ts). One definition for `npm run class -- export` and the teacher's page.
 */
import type { Article } from './article.ts';
import { toCsv, type HandoutContext } from './handout.ts';
import type { TagLayer } from './tag-layer.ts';
import { sortAnnotations, type UserAnnotation, type UserArgument } from './user-annotation.ts';
import { toW3CCollection, type ArgumentInfo, type ExportableAnnotation } from './w3c.ts';

/** Formats of the class export. */
export const CLASS_EXPORT_FORMATS = ['w3c', 'csv'] as const;

/** One of CLASS_EXPORT_FORMATS. */
export type ClassExportFormat = (typeof CLASS_EXPORT_FORMATS)[number];

/** One student's shared layer, named. */
export interface NamedLayer {
  name: string;
  annotations: readonly UserAnnotation[];
  arguments: readonly UserArgument[];
}

/** The file's text and how many annotations it holds (students sorted by name, annotations in corpus order). */
export function classExportContent(
  students: readonly NamedLayer[],
  corpus: { articles: readonly Article[]; tagLayer: TagLayer },
  classId: string,
  format: ClassExportFormat,
  generated: string,
): { content: string; annotations: number } {
  const annotations: ExportableAnnotation[] = [];
  const args: ArgumentInfo[] = corpus.tagLayer.arguments.map((a) => ({
    id: a.id,
    statement: a.statement,
    type: a.type,
    user: false,
  }));
  const order = corpus.articles.map((a) => a.meta.id);
  for (const layer of [...students].sort((a, b) => a.name.localeCompare(b.name))) {
    annotations.push(
      ...sortAnnotations(layer.annotations, order).map((a) => ({ ...a, creator: layer.name })),
    );
    args.push(...layer.arguments.map((a) => ({ ...a, user: true })));
  }
  const context: HandoutContext = {
    articles: corpus.articles,
    passages: corpus.tagLayer.passages,
    taxonomy: corpus.tagLayer.taxonomy,
    arguments: args,
  };
  const content =
    format === 'w3c'
      ? `${JSON.stringify(
          toW3CCollection(annotations, context, { label: `Parallax class ${classId}`, generated }),
          null,
          2,
        )}\n`
      : toCsv(annotations, context);
  return { content, annotations: annotations.length };
}
