/**
 * The classes a server holds and their signing secrets, in a `classes` table of the same SQLite file
 * where @hocuspocus/extension-sqlite keeps the documents: one file to back up, and a restart keeps
 * every token valid. The only module importing better-sqlite3 directly.
 */
import Database from 'better-sqlite3';
import { randomBytes } from 'node:crypto';
import { isClassId } from '../src/model/class-room.ts';
import { newSecret } from './class-token.ts';

/** A class this server holds. */
export interface ClassRecord {
  id: string;
  secret: string;
  /** ISO 8601. */
  created: string;
}

/** The class table of one database file. */
export interface ClassRegistry {
  /** The secret of a class held here, or undefined. */
  secretOf(classId: string): string | undefined;
  /** The class `id` (created when new), or the most recent class (one is created when there is none). */
  ensure(id?: string): ClassRecord;
  /** Every class, oldest first. */
  list(): ClassRecord[];
  close(): void;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS "classes" (
  "id" text PRIMARY KEY NOT NULL,
  "secret" text NOT NULL,
  "created" text NOT NULL
)`;

/** Opens (creating when needed) the class table in the SQLite file `path`. */
export function openClassRegistry(path: string): ClassRegistry {
  const db = new Database(path);
  db.pragma('journal_mode = WAL');
  db.exec(SCHEMA);
  const byId = db.prepare<[string], ClassRecord>('SELECT id, secret, created FROM classes WHERE id = ?');
  const latest = db.prepare<[], ClassRecord>(
    'SELECT id, secret, created FROM classes ORDER BY created DESC, rowid DESC LIMIT 1',
  );
  const all = db.prepare<[], ClassRecord>('SELECT id, secret, created FROM classes ORDER BY rowid');
  const insert = db.prepare<[string, string, string]>(
    'INSERT INTO classes (id, secret, created) VALUES (?, ?, ?)',
  );
  const cache = new Map<string, string>();
  return {
    secretOf(classId) {
      const cached = cache.get(classId);
      if (cached !== undefined) return cached;
      const record = byId.get(classId);
      if (record) cache.set(classId, record.secret);
      return record?.secret;
    },
    ensure(id) {
      if (id !== undefined && !isClassId(id)) {
        throw new Error(`"${id}" is not a class id (lower-case letters, digits, hyphens; 1 to 40)`);
      }
      const found = id === undefined ? latest.get() : byId.get(id);
      if (found) return found;
      const record = {
        id: id ?? randomBytes(4).toString('hex'),
        secret: newSecret(),
        created: new Date().toISOString(),
      };
      insert.run(record.id, record.secret, record.created);
      return record;
    },
    list: () => all.all(),
    close: () => db.close(),
  };
}
