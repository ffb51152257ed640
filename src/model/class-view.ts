/**
 * The teacher's class view as pure data: every student's shared annotations as one list (newest
 * first), filtered by student, claim type and argument, and how many entries arrived or changed since
 * the teacher last chose "show new" (instant updates are noisy to read, so the list the teacher reads
 * stays still until then).
 */
import type { UserAnnotation } from './user-annotation.ts';

/** One shared annotation with its author. */
export interface ClassEntry {
  student: string;
  /** The student's name, as on the roster. */
  name: string;
  annotation: UserAnnotation;
}

/** The teacher's filters; an absent field does not filter. */
export interface ClassFilter {
  student?: string;
  type?: string;
  argument?: string;
}

/** Every shared annotation of the students on the roster, newest change first, then by name. */
export function classEntries(
  roster: Readonly<Record<string, { name: string }>>,
  layers: Readonly<Record<string, readonly UserAnnotation[]>>,
): ClassEntry[] {
  const entries = Object.entries(roster).flatMap(([student, { name }]) =>
    (layers[student] ?? []).map((annotation) => ({ student, name, annotation })),
  );
  return entries.sort(
    (a, b) =>
      b.annotation.modified.localeCompare(a.annotation.modified) ||
      a.name.localeCompare(b.name) ||
      a.annotation.id.localeCompare(b.annotation.id),
  );
}

/** The entries that pass `filter`. */
export function filterEntries(entries: readonly ClassEntry[], filter: ClassFilter): ClassEntry[] {
  return entries.filter(
    (e) =>
      (filter.student === undefined || e.student === filter.student) &&
      (filter.type === undefined || e.annotation.types.includes(filter.type)) &&
      (filter.argument === undefined || e.annotation.arguments.includes(filter.argument)),
  );
}

/** A key that changes whenever an entry is edited (its author, id and modification time). */
export function entryKey(entry: ClassEntry): string {
  return `${entry.student}\u0000${entry.annotation.id}\u0000${entry.annotation.modified}`;
}

/** How many of `current` are new or changed since `shown` (the list the teacher reads). */
export function newSince(current: readonly ClassEntry[], shown: readonly ClassEntry[]): number {
  const seen = new Set(shown.map(entryKey));
  return current.filter((e) => !seen.has(entryKey(e))).length;
}

/** The claim types and arguments used in `entries`, for the filters' choices (sorted, unique). */
export function filterChoices(entries: readonly ClassEntry[]): { types: string[]; arguments: string[] } {
  const types = new Set(entries.flatMap((e) => e.annotation.types));
  const args = new Set(entries.flatMap((e) => e.annotation.arguments));
  return { types: [...types].sort(), arguments: [...args].sort() };
}

/** What the teacher reads: the list as last shown (filtered), and what changed since. */
export interface TeacherList {
  entries: ClassEntry[];
  /** Entries new or changed since the list was shown (within the filter). */
  fresh: number;
  /** Entries shown that their students have since removed or stopped sharing (within the filter). */
  gone: number;
  choices: { types: string[]; arguments: string[] };
}

/**
 * The teacher's list: `shown` (what the teacher last chose to see; while it is empty, `current`, since
 * an empty list has nothing to keep still) filtered, with counts of what changed since.
 */
export function teacherList(
  current: readonly ClassEntry[],
  shown: readonly ClassEntry[],
  filter: ClassFilter,
): TeacherList {
  const base = shown.length === 0 ? current : shown;
  const now = filterEntries(current, filter);
  const read = filterEntries(base, filter);
  const present = new Set(now.map((e) => `${e.student}\u0000${e.annotation.id}`));
  return {
    entries: read,
    fresh: newSince(now, read),
    gone: read.filter((e) => !present.has(`${e.student}\u0000${e.annotation.id}`)).length,
    choices: filterChoices(current),
  };
}

/** One student on the teacher's list. */
export interface ClassStudent {
  id: string;
  name: string;
  online: boolean;
  /** How many annotations the student shares now. */
  shared: number;
}

/** The roster's students by name, each with whether they are online (by name) and how much they share. */
export function classStudents(
  roster: Readonly<Record<string, { name: string }>>,
  online: readonly string[],
  layers: Readonly<Record<string, { annotations: readonly unknown[] }>>,
): ClassStudent[] {
  const here = new Set(online.map((n) => n.toLowerCase()));
  return Object.entries(roster)
    .map(([id, { name }]) => ({
      id,
      name,
      online: here.has(name.toLowerCase()),
      shared: layers[id]?.annotations.length ?? 0,
    }))
    .sort((a, b) => a.name.localeCompare(b.name) || a.id.localeCompare(b.id));
}
