/**
 * `class export`: every student's shared annotations of one class as one W3C JSON-LD collection (each
 * annotation's `creator` names its student) or one CSV, through the same exporters as the reader's
 * own export (src/model/w3c.ts, src/model/handout.ts). `npm run corpus -- import` accepts the JSON-LD.
 */
import type { CompiledCorpus } from '../src/data/compiled-corpus.ts';
import { readRoster, readShared, type ClassDoc } from '../src/data/class-doc.ts';
import { classExportContent, type ClassExportFormat, type NamedLayer } from '../src/model/class-export.ts';
import { rosterRoom, studentRoom } from '../src/model/class-room.ts';

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
  const layers: NamedLayer[] = [];
  const invalid: string[] = [];
  const students = Object.entries(roster.students).sort(([, a], [, b]) => a.name.localeCompare(b.name));
  for (const [id, { name }] of students) {
    const layer = await readRoom(studentRoom(classId, id), readShared);
    layers.push({ name, annotations: layer.annotations, arguments: layer.arguments });
    invalid.push(...layer.invalid.map((key) => `${name}: ${key}`));
  }
  const { content, annotations } = classExportContent(layers, corpus, classId, format, generated);
  return { content, students: students.length, annotations, invalid };
}
