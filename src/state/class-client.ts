/**
 * The reader's class, live: one websocket to the class server (class-session.ts) with the rooms this
 * member needs, kept open as the roster changes. Everyone opens the roster (names, settings, and who is
 * online, from its awareness) and the stage; the teacher opens every student's room (read-only); a
 * student opens their own room (written only by this reader, kept in IndexedDB so offline edits are
 * sent on reconnection) and, while the teacher has sharing open, their classmates' rooms (read-only,
 * no local copy). Nothing here touches the reader's personal document.
 */
import type { ClassCredentials } from '../data/class-link.ts';
import {
  readRoster,
  readShared,
  readStage,
  setSettings,
  writeShared,
  writeStage,
  type Roster,
  type SharedLayer,
} from '../data/class-doc.ts';
import type { Stage } from '../data/class-schema.ts';
import { rosterRoom, stageRoom, studentRoom, type ClassSettings } from '../model/class-room.ts';
import type { ShareSelection } from '../model/class-share.ts';
import { openClassRoom, openClassSocket, type ClassRoomSession, type RoomStatus } from './class-session.ts';

/** The name the teacher shows as online. */
export const TEACHER_NAME = 'Teacher';

/** What the class looks like now (one immutable value, replaced on every change). */
export interface ClassSnapshot {
  credentials: ClassCredentials;
  /** This reader's name in the class. */
  name: string;
  /** The connection to the class (the roster room's). */
  status: RoomStatus;
  /** Why the server refused this reader, when it did. */
  refusal: string | undefined;
  roster: Roster;
  stage: Stage | undefined;
  /** Names of the people in the class now. */
  online: readonly string[];
  /** Shared layers by student id: every student's for the teacher; a student's own and, while sharing is open, classmates'. */
  layers: Readonly<Record<string, SharedLayer>>;
}

/** A live class. */
export interface ClassClient {
  subscribe(listener: () => void): () => void;
  getSnapshot(): ClassSnapshot;
  /** The teacher's switches. */
  setSettings(patch: Partial<ClassSettings>): void;
  /** The teacher puts a reader path on the stage. */
  present(path: string): void;
  /** A student's room becomes exactly `selection` (only real changes travel). */
  share(selection: Pick<ShareSelection, 'annotations' | 'arguments'>): void;
  /** Resolves once this reader's own room has sent every change. */
  whenSent(): Promise<void>;
  destroy(): Promise<void>;
}

/** Options of `openClassClient`; `WebSocket` replaces the platform's (Node tests). */
export interface ClassClientOptions {
  WebSocket?: typeof WebSocket;
  /** Keep this reader's own room in IndexedDB (default true; Node tests have no IndexedDB). */
  localCopy?: boolean;
}

/** Connects to the class of `credentials`. */
export function openClassClient(
  credentials: ClassCredentials,
  options: ClassClientOptions = {},
): ClassClient {
  const socket = openClassSocket(
    credentials.server,
    options.WebSocket ? { WebSocket: options.WebSocket } : {},
  );
  const listeners = new Set<() => void>();
  const students = new Map<string, ClassRoomSession>();
  let ready = false;
  const name = credentials.name ?? (credentials.role === 'teacher' ? TEACHER_NAME : 'Student');
  const open = (room: string, localName: string | null) => {
    const session = openClassRoom({ socket, room, token: credentials.token, localName, name });
    session.subscribe(changed);
    return session;
  };
  const roster = open(rosterRoom(credentials.class), null);
  const stage = open(stageRoom(credentials.class), null);
  const own =
    credentials.role === 'student' && credentials.student !== undefined
      ? open(
          studentRoom(credentials.class, credentials.student),
          options.localCopy === false ? null : `parallax-class-${credentials.class}-${credentials.student}`,
        )
      : undefined;
  if (own && credentials.student !== undefined) students.set(credentials.student, own);
  let snapshot = build();
  ready = true;

  function wanted(current: Roster): Set<string> {
    if (credentials.role === 'teacher' || current.settings.sharing)
      return new Set(Object.keys(current.students));
    return new Set(credentials.student === undefined ? [] : [credentials.student]);
  }

  /** Opens and closes classmates' rooms to match the roster and settings. */
  function syncRooms(current: Roster): void {
    const want = wanted(current);
    for (const [id, session] of students) {
      if (want.has(id) || session === own) continue;
      students.delete(id);
      void session.destroy();
    }
    for (const id of want) {
      if (!students.has(id)) students.set(id, open(studentRoom(credentials.class, id), null));
    }
  }

  function build(): ClassSnapshot {
    const current = readRoster(roster.doc);
    const layers: Record<string, SharedLayer> = {};
    for (const [id, session] of students) layers[id] = readShared(session.doc);
    return {
      credentials,
      name,
      status: roster.status(),
      refusal: roster.refusal() ?? own?.refusal(),
      roster: current,
      stage: readStage(stage.doc),
      online: roster.online(),
      layers,
    };
  }

  function changed(): void {
    if (!ready) return;
    syncRooms(readRoster(roster.doc));
    snapshot = build();
    listeners.forEach((l) => l());
  }

  return {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    setSettings: (patch) => setSettings(roster.doc, patch),
    present: (path) => writeStage(stage.doc, { path, at: new Date().toISOString() }),
    share(selection) {
      if (own) writeShared(own.doc, selection.annotations, selection.arguments);
    },
    whenSent: () => own?.whenSent() ?? Promise.resolve(),
    async destroy() {
      ready = false;
      await Promise.all([roster, stage, ...students.values()].map((s) => s.destroy()));
      socket.destroy();
    },
  };
}
