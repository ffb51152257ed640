/**
 * Reading and writing a class's shared Yjs documents (see src/model/class-room.ts for the rooms):
 * the one module besides the reader's own store (src/state/annotation-store.ts) that imports yjs,
 * shared by the sync server, the class export and the reader's class layer so that all three read
 * the same layout and validate it the same way (src/data/class-schema.ts).
 *
 * Every value is a plain JSON value in a top-level `Y.Map`: one entry per shared annotation, per
 * argument, per student and per setting, so concurrent edits of different entries never collide.
 */
import * as Y from 'yjs';
import { CLASS_DOC, type ClassSettings } from '../model/class-room.ts';
import type { UserAnnotation, UserArgument } from '../model/user-annotation.ts';
import {
  readSettings,
  rosterEntrySchema,
  sharedAnnotationSchema,
  sharedArgumentSchema,
  stageSchema,
  validEntries,
  type RosterEntry,
  type Stage,
} from './class-schema.ts';

/** A Yjs document (the server's Hocuspocus documents are ones too). */
export type ClassDoc = Y.Doc;

/** A new, empty class document. */
export function createClassDoc(): ClassDoc {
  return new Y.Doc();
}

/** What one student shares: valid annotations and the arguments they use, and invalid entry keys. */
export interface SharedLayer {
  annotations: UserAnnotation[];
  arguments: UserArgument[];
  invalid: string[];
}

/** The annotations and arguments in a student document, validated (an entry's key must be its id). */
export function readShared(doc: ClassDoc): SharedLayer {
  const sameId = (key: string, value: { id: string }) => key === value.id;
  const annotations = validEntries(
    doc.getMap(CLASS_DOC.annotations).entries(),
    sharedAnnotationSchema,
    sameId,
  );
  const args = validEntries(doc.getMap(CLASS_DOC.arguments).entries(), sharedArgumentSchema, sameId);
  return {
    annotations: Object.values(annotations.valid),
    arguments: Object.values(args.valid),
    invalid: [...annotations.invalid, ...args.invalid],
  };
}

/**
 * Makes a student document hold exactly `annotations` and `args` (one transaction; entries whose
 * value is unchanged are not rewritten, so only real changes travel).
 */
export function writeShared(
  doc: ClassDoc,
  annotations: readonly UserAnnotation[],
  args: readonly UserArgument[],
  origin?: unknown,
): void {
  doc.transact(() => {
    syncEntries(doc.getMap(CLASS_DOC.annotations), annotations);
    syncEntries(doc.getMap(CLASS_DOC.arguments), args);
  }, origin);
}

function syncEntries<T extends { id: string }>(map: Y.Map<unknown>, values: readonly T[]): void {
  const next = new Map(values.map((v) => [v.id, v]));
  for (const key of [...map.keys()]) if (!next.has(key)) map.delete(key);
  for (const [key, value] of next) {
    if (JSON.stringify(map.get(key)) !== JSON.stringify(value)) map.set(key, value);
  }
}

/** The class roster: students by id, and the settings. */
export interface Roster {
  students: Record<string, RosterEntry>;
  settings: ClassSettings;
}

/** The roster and settings of a roster document, validated. */
export function readRoster(doc: ClassDoc): Roster {
  const settings = doc.getMap(CLASS_DOC.settings);
  return {
    students: validEntries(doc.getMap(CLASS_DOC.students).entries(), rosterEntrySchema).valid,
    settings: readSettings((key) => settings.get(key)),
  };
}

/** Adds a student to the roster. */
export function addStudent(doc: ClassDoc, id: string, entry: RosterEntry): void {
  doc.getMap(CLASS_DOC.students).set(id, entry);
}

/** Changes class settings (the teacher's switches). */
export function setSettings(doc: ClassDoc, patch: Partial<ClassSettings>, origin?: unknown): void {
  doc.transact(() => {
    const settings = doc.getMap(CLASS_DOC.settings);
    for (const [key, value] of Object.entries(patch)) settings.set(key, value);
  }, origin);
}

/** What the stage shows, or undefined when the teacher presents nothing (or wrote something invalid). */
export function readStage(doc: ClassDoc): Stage | undefined {
  const parsed = stageSchema.safeParse(doc.getMap(CLASS_DOC.stage).get('current'));
  return parsed.success ? parsed.data : undefined;
}

/** Puts `stage` on the stage (the teacher's "present"). */
export function writeStage(doc: ClassDoc, stage: Stage, origin?: unknown): void {
  doc.transact(() => doc.getMap(CLASS_DOC.stage).set('current', stage), origin);
}

/** Calls `listener` after every change of `doc`; returns the unsubscribe function. */
export function onClassDocChange(doc: ClassDoc, listener: () => void): () => void {
  doc.on('update', listener);
  return () => doc.off('update', listener);
}
