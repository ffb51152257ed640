/**
 * `class export`: every student's shared annotations of one class as one W3C JSON-LD collection (each
 * annotation's `creator` names its student) or one CSV, through the same exporters as the reader's
 * own export (src/model/w3c.ts, src/model/handout.ts). `npm run corpus -- import` accepts the JSON-LD.
 */
import type { CompiledCorpus } from '../src/data/compiled-corpus.ts';
import { readRoster, readShared, type ClassDoc } from '../src/data/class-doc.ts';
import { rosterRoom, studentRoom } from '../src/model/class-room.ts';
import { toCsv, type HandoutContext } from '../src/model/handout.ts';
import { sortAnnotations } from '../src/model/user-annotation.ts';
import { toW3CCollection, type ArgumentInfo, type ExportableAnnotation } from '../src/model/w3c.ts';

/** Formats of the class export. */
export const CLASS_EXPORT_FORMATS = ['w3c', 'csv'] as const;

/** One of CLASS_EXPORT_FORMATS. */
export type ClassExportFormat = (typeof CLASS_EXPORT_FORMATS)[number];

/** The class export's file and what it holds. */
export interface ClassExport {
  content: string;
  students: number;
  annotations: number;
  /** Entries left out as invalid, as "student name: key". */
  invalid: string[];
}

/** Reads one room of the class server (src/data/class-doc.ts readers). */
export type RoomReader = <T>(room: string, read: (doc: ClassDoc) => T) => Promise<T>;

/** Reads class `classId` through `readRoom` (the class server's) and writes it in `format`. */
export async function exportClass(
  readRoom: RoomReader,
  classId: string,
  corpus: CompiledCorpus,
  format: ClassExportFormat,
  generated: string,
): Promise<ClassExport> {
  const roster = await readRoom(rosterRoom(classId), readRoster);
  const annotations: ExportableAnnotation[] = [];
  const args: ArgumentInfo[] = corpus.tagLayer.arguments.map((a) => ({
    id: a.id,
    statement: a.statement,
    type: a.type,
    user: false,
  }));
  const invalid: string[] = [];
  const students = Object.entries(roster.students).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  for (const [id, { name }] of students) {
    const layer = await readRoom(studentRoom(classId, id), readShared);
    const order = corpus.articles.map((a) => a.meta.id);
    annotations.push(...sortAnnotations(layer.annotations, order).map((a) => ({ ...a, creator: name })));
    args.push(...layer.arguments.map((a) => ({ ...a, user: true })));
    invalid.push(...layer.invalid.map((key) => `${name}: ${key}`));
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
  return { content, students: students.length, annotations: annotations.length, invalid };
}
