/**
 * Class sessions: the names of a class's shared documents ("rooms") on the sync server and who may
 * read or write each. Pure, so the server's `onAuthenticate`, the export and the reader's class view
 * agree on one definition.
 *
 * Rooms of class `c`:
 *   - `class/c/student/<studentId>`: the annotations one student chose to share (that student writes);
 *   - `class/c/stage`: what the teacher is presenting (the teacher writes, everyone reads);
 *   - `class/c/roster`: the students' names and the class settings (the teacher writes; the server
 *     adds a student when a join link is exchanged; everyone in the class reads).
 */

/** Who a token speaks for. */
export type ClassRole = 'teacher' | 'student';

/** What a signed class token says (`exp`: seconds since the Unix epoch). */
export interface ClassClaims {
  class: string;
  role: ClassRole;
  /** The student's id; only for role "student". */
  student?: string;
  exp: number;
}

/** What a join link's token says: it may be exchanged for a student token of `class` until `exp`. */
export interface JoinClaims {
  class: string;
  role: 'join';
  exp: number;
}

/** A class or student id: lower-case letters, digits and hyphens, 1 to 40 characters. */
export const CLASS_ID_PATTERN = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;

/** True for a well-formed class or student id. */
export function isClassId(value: string): boolean {
  return CLASS_ID_PATTERN.test(value);
}

/** A room, parsed from its name. */
export type ClassRoom =
  | { class: string; kind: 'student'; student: string }
  | { class: string; kind: 'stage' }
  | { class: string; kind: 'roster' };

/** The room name of one student's shared annotations. */
export function studentRoom(classId: string, studentId: string): string {
  return `class/${classId}/student/${studentId}`;
}

/** The room name of the teacher's stage. */
export function stageRoom(classId: string): string {
  return `class/${classId}/stage`;
}

/** The room name of the class roster and settings. */
export function rosterRoom(classId: string): string {
  return `class/${classId}/roster`;
}

/** The room a document name stands for, or undefined when it is none of a class's rooms. */
export function parseRoom(name: string): ClassRoom | undefined {
  const parts = name.split('/');
  const [prefix, classId, kind, student] = parts;
  if (prefix !== 'class' || classId === undefined || !isClassId(classId)) return undefined;
  if (parts.length === 3 && (kind === 'stage' || kind === 'roster')) return { class: classId, kind };
  if (parts.length === 4 && kind === 'student' && student !== undefined && isClassId(student)) {
    return { class: classId, kind: 'student', student };
  }
  return undefined;
}

/** What a connection may do with a room. */
export type RoomAccess = 'write' | 'read' | 'none';

/** The class settings the teacher controls. */
export interface ClassSettings {
  /** Students may read each other's shared annotations. */
  sharing: boolean;
  /** Join links may be exchanged for new student tokens. */
  joining: boolean;
}

/** Settings of a new class: joining open, sharing closed until the teacher opens it. */
export const DEFAULT_CLASS_SETTINGS: ClassSettings = { sharing: false, joining: true };

/**
 * What the holder of `claims` may do with `room`: nothing outside their class; the teacher writes
 * the stage and roster and reads every student; a student writes only their own document, reads
 * classmates' only while sharing is open, and reads the stage and roster.
 */
export function roomAccess(claims: ClassClaims, room: ClassRoom, settings: ClassSettings): RoomAccess {
  if (claims.class !== room.class) return 'none';
  if (claims.role === 'teacher') return room.kind === 'student' ? 'read' : 'write';
  if (claims.student === undefined) return 'none';
  if (room.kind !== 'student') return 'read';
  if (room.student === claims.student) return 'write';
  return settings.sharing ? 'read' : 'none';
}

/** Names of the shared types inside class documents (one definition for server and reader). */
export const CLASS_DOC = {
  /** Student document: annotation id → the shared annotation (a plain JSON value). */
  annotations: 'annotations',
  /** Student document: the student's own arguments those annotations use, by id. */
  arguments: 'arguments',
  /** Roster: student id → { name, joined }. */
  students: 'students',
  /** Roster: the ClassSettings fields. */
  settings: 'settings',
  /** Stage: what the teacher presents ({ path, by, at }). */
  stage: 'stage',
} as const;

/**
 * Limits on what enters a class. Reasons: a typical annotation serialises to ~1 kB; a student's whole
 * shared layer travels in one sync message when a client (re)connects, so the reader refuses to share
 * more than `shared` code units (at most 3 UTF-8 bytes each, under `message`), since a message over
 * the server's cap would be refused on every reconnection.
 */
export const CLASS_LIMITS = {
  /** Longest student name, in characters. */
  name: 60,
  /** Largest serialised shared annotation, in UTF-16 code units. */
  annotation: 16_000,
  /** Largest serialised shared layer (annotations and arguments), in UTF-16 code units. */
  shared: 300_000,
  /** Largest websocket message the server accepts, in bytes. */
  message: 1024 * 1024,
} as const;

/** A student's display name with spaces collapsed, or undefined when empty or too long. */
export function cleanStudentName(name: string): string | undefined {
  const clean = name.replace(/\s+/g, ' ').trim();
  return clean.length > 0 && clean.length <= CLASS_LIMITS.name ? clean : undefined;
}

/** Where a teacher's or student's link points: the reader's class page, with the secrets in the fragment. */
export interface ClassLinkParts {
  /** The reader's address, e.g. http://127.0.0.1:4173 (no trailing slash needed). */
  app: string;
  /** The sync server's websocket address, e.g. ws://127.0.0.1:1234. */
  server: string;
}

/**
 * The teacher's link and the students' join link. Tokens travel in the fragment (after `#`), which
 * browsers never send to the reader's web server; the class page stores them and clears the address.
 */
export function classLinks(
  parts: ClassLinkParts,
  tokens: { teacher: string; join: string },
): { teacher: string; join: string } {
  const base = parts.app.replace(/\/+$/, '');
  const fragment = (params: Record<string, string>) => new URLSearchParams(params).toString();
  return {
    teacher: `${base}/class#${fragment({ server: parts.server, token: tokens.teacher })}`,
    join: `${base}/class#${fragment({ server: parts.server, join: tokens.join })}`,
  };
}
