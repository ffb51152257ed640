/**
 * Writing several files so that the change happens whole or not at all, and one writer at a time.
 *
 * `writeFilesAtomically`: every new content goes to a temporary file beside its target, flushed to
 * disk (fsync); only when all are written does a journal listing the renames appear (itself written
 * to a temporary and renamed, so it is whole); then each temporary is renamed over its target and
 * the journal removed. A write error (disk full) before the journal leaves every target untouched
 * and removes the temporaries. A crash after it leaves a journal whose temporaries are all whole:
 * `recoverWrites`, run before any command reads the files (cli/load.ts), finishes the renames, so a
 * reader never sees half of an import.
 *
 * `withWriteLock`: a lock file created exclusively (O_EXCL) holding the process id; a second writer
 * is refused with who holds it; a lock left by a process that no longer runs is taken over.
 */
import {
  closeSync,
  existsSync,
  fsyncSync,
  openSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';

/** The file operations used, replaceable in tests to simulate a crash or a full disk. */
export interface FileOps {
  /** Writes `content` to `path` and flushes it to disk. */
  writeDurably(path: string, content: string): void;
  rename(from: string, to: string): void;
  remove(path: string): void;
  exists(path: string): boolean;
  read(path: string): string;
}

/** The real file system. */
export const nodeFileOps: FileOps = {
  writeDurably(path, content) {
    const fd = openSync(path, 'w');
    try {
      writeSync(fd, content);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  },
  rename(from, to) {
    renameSync(from, to);
    // The rename itself is durable once its folder is flushed.
    const dir = openSync(dirname(to), 'r');
    try {
      fsyncSync(dir);
    } finally {
      closeSync(dir);
    }
  },
  remove: (path) => rmSync(path, { force: true }),
  exists: existsSync,
  read: (path) => readFileSync(path, 'utf8'),
};

/** The journal of a multi-file write in progress, relative to the project root. */
export const JOURNAL = 'annotations/.pending-write.json';
/** The lock file of a writing command, relative to the project root. */
export const LOCK = 'annotations/.write.lock';

interface Journal {
  renames: { from: string; to: string }[];
}

function temporaryFor(path: string): string {
  return join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
}

/** Writes every file (paths relative to `root`) whole, or changes none of them; see the file comment. */
export function writeFilesAtomically(
  root: string,
  writes: readonly { path: string; content: string }[],
  ops: FileOps = nodeFileOps,
): void {
  const renames = writes.map((w) => ({ from: temporaryFor(w.path), to: w.path }));
  try {
    writes.forEach((w, i) => ops.writeDurably(join(root, renames[i]?.from ?? ''), w.content));
    const journal: Journal = { renames };
    ops.writeDurably(join(root, temporaryFor(JOURNAL)), JSON.stringify(journal));
    ops.rename(join(root, temporaryFor(JOURNAL)), join(root, JOURNAL));
  } catch (error) {
    // Nothing was renamed yet: remove what was written, leave every target as it was.
    for (const r of [...renames, { from: temporaryFor(JOURNAL) }]) {
      try {
        ops.remove(join(root, r.from));
      } catch {
        // A temporary that cannot be removed is harmless: recoverWrites ignores it.
      }
    }
    throw error;
  }
  finishRenames(root, renames, ops);
}

function finishRenames(root: string, renames: Journal['renames'], ops: FileOps): void {
  for (const r of renames) {
    if (ops.exists(join(root, r.from))) ops.rename(join(root, r.from), join(root, r.to));
  }
  ops.remove(join(root, JOURNAL));
}

/**
 * Finishes a multi-file write that was interrupted after all its files were written (a crash between
 * renames); returns the paths it completed, or none.
 */
export function recoverWrites(root: string, ops: FileOps = nodeFileOps): string[] {
  const path = join(root, JOURNAL);
  if (!ops.exists(path)) return [];
  const journal = JSON.parse(ops.read(path)) as Journal;
  finishRenames(root, journal.renames, ops);
  return journal.renames.map((r) => r.to);
}

/** Runs `write` holding the write lock under `root`; refuses (returns the holder) when another process holds it. */
export function withWriteLock<T>(
  root: string,
  write: () => T,
): { ok: true; value: T } | { ok: false; holder: string } {
  const path = join(root, LOCK);
  let fd: number;
  try {
    fd = openSync(path, 'wx');
  } catch {
    const holder = existsSync(path) ? readFileSync(path, 'utf8').trim() : '';
    if (isRunning(Number(holder))) return { ok: false, holder: `process ${holder}` };
    // Left behind by a process that died: take it over.
    rmSync(path, { force: true });
    fd = openSync(path, 'wx');
  }
  try {
    writeSync(fd, String(process.pid));
    return { ok: true, value: write() };
  } finally {
    closeSync(fd);
    rmSync(path, { force: true });
  }
}

function isRunning(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, under another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Writes `writes` whole or not at all (the caller holds the write lock), saying on `io` what went
 * wrong; returns whether they were written.
 */
export function writeAll(
  root: string,
  writes: readonly { path: string; content: string }[],
  ops: FileOps,
  io: { err: (s: string) => void },
): boolean {
  try {
    writeFilesAtomically(root, writes, ops);
    return true;
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    const paths = writes.map((w) => w.path).join(', ');
    io.err(
      ops.exists(join(root, JOURNAL))
        ? `Writing ${paths} was interrupted after every file was written (${reason}); the next corpus command completes it.`
        : `Writing ${paths} failed (${reason}); no file was changed.`,
    );
    return false;
  }
}

/** `writeAll` under the write lock; refused, changing nothing, while another command holds it. */
export function writeUnderLock(
  root: string,
  writes: readonly { path: string; content: string }[],
  ops: FileOps,
  io: { err: (s: string) => void },
): boolean {
  const locked = withWriteLock(root, () => writeAll(root, writes, ops, io));
  if (locked.ok) return locked.value;
  io.err(
    `Another command (${locked.holder}) is writing annotations/ now; nothing was written. Try again when it has finished.`,
  );
  return false;
}
