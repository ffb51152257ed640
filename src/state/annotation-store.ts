/**
 * Where a reader's annotations are kept: the only module that imports yjs and y-indexeddb.
 *
 * The annotations, the reader's own arguments and the dismissed suggestion ids are three `Y.Map`s
 * of one Yjs document, persisted in the browser's IndexedDB by y-indexeddb, so they survive reloads;
 * a `Y.UndoManager` over the three maps gives undo and redo. Every change goes through the pure
 * reducer in src/model/user-annotation.ts; this module only writes its result into the maps.
 *
 * Why Yjs rather than plain IndexedDB records: a Yjs document merges concurrent edits without
 * conflicts, so a class can later share annotations live by connecting the same document to a Yjs
 * sync server (y-websocket or similar) next to y-indexeddb, without changing how they are stored,
 * and undo/redo comes with it, limited to the reader's own changes. Each annotation is one map
 * entry (a plain JSON value), so two people editing different annotations never collide.
 *
 * Nothing is dropped silently: when storage is missing or blocked (private mode, disabled site
 * data) or a write fails (quota), the store keeps working in memory and its status becomes
 * "memory-only" with the reason, so the UI can say "Your annotations are only in memory: export
 * them"; `retrySave` writes the whole document again once storage works.
 */
import * as Y from 'yjs';
import { IndexeddbPersistence, PREFERRED_TRIM_SIZE, storeState } from 'y-indexeddb';
import {
  sortAnnotations,
  userAnnotationReducer,
  type AnnotationDraft,
  type AnnotationPatch,
  type UserAnnotation,
  type UserAnnotationAction,
  type UserAnnotationState,
  type UserArgument,
  type UserLink,
} from '../model/user-annotation.ts';

/** Whether the annotations are safely stored. */
export type StorageStatus =
  | { kind: 'loading' }
  | { kind: 'saved' }
  /** Storage is unavailable or failed: the annotations live only in this tab until exported. */
  | { kind: 'memory-only'; reason: string };

/** What a render needs, as one immutable value (replaced on every change). */
export interface AnnotationSnapshot {
  state: UserAnnotationState;
  canUndo: boolean;
  canRedo: boolean;
  storage: StorageStatus;
}

/** The store's interface; components reach it through src/state/use-annotations.ts. */
export interface AnnotationStore {
  /** Calls `listener` after every change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  getSnapshot(): AnnotationSnapshot;
  /** Every annotation, by article then position. */
  list(): UserAnnotation[];
  /** Adds an annotation and returns its id. */
  add(draft: AnnotationDraft): string;
  update(id: string, patch: AnnotationPatch): void;
  remove(id: string): void;
  /**
   * Adds imported annotations and arguments, and `links` to annotations already kept (those whose
   * target they lack), as one undoable step.
   */
  merge(
    annotations: readonly UserAnnotation[],
    args: readonly UserArgument[],
    links?: readonly { annotation: string; links: readonly UserLink[] }[],
  ): void;
  /** Saves re-anchored selectors (the annotation's own and its links' targets); not an undo step, and `modified` is kept. */
  refreshSelectors(updates: readonly UserAnnotation[]): void;
  dismiss(suggestion: string): void;
  undismiss(suggestion: string): void;
  undo(): void;
  redo(): void;
  canUndo(): boolean;
  canRedo(): boolean;
  /** Everything kept, as plain data (for export). */
  exportAll(): UserAnnotationState;
  /** Resolves when stored annotations have been loaded (or storage found unusable). */
  whenLoaded: Promise<void>;
  /** Tries to write the whole document again after a storage failure. */
  retrySave(): Promise<void>;
  /** Stops persisting and releases the database. */
  destroy(): Promise<void>;
}

/** Options for `createAnnotationStore`. */
export interface StoreOptions {
  /** IndexedDB database name; `null` keeps everything in memory (tests, previews). */
  name: string | null;
  /** Clock and id source, replaceable in tests. */
  now?: () => string;
  newId?: () => string;
  /** How long to wait for IndexedDB to answer before working in memory (ms). */
  loadTimeout?: number;
}

/** The default database name. */
export const DEFAULT_DB_NAME = 'parallax-annotations';

const LOCAL = Symbol('local edit');
const REANCHOR = Symbol('re-anchor');

/** A version 4 UUID, also outside secure contexts where `crypto.randomUUID` is missing. */
export function newUuid(): string {
  if (typeof crypto.randomUUID === 'function') return crypto.randomUUID();
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x40;
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

function describe(error: unknown): string {
  if (error instanceof Error || (typeof DOMException !== 'undefined' && error instanceof DOMException)) {
    return error.name === 'QuotaExceededError'
      ? 'the browser’s storage is full'
      : `${error.name}: ${error.message}`;
  }
  return String(error);
}

function isAnnotation(value: unknown): value is UserAnnotation {
  if (value === null || typeof value !== 'object') return false;
  const v = value as Partial<UserAnnotation>;
  return (
    typeof v.id === 'string' &&
    typeof v.article === 'string' &&
    typeof v.selector?.position?.start === 'number'
  );
}

/** Opens and closes a scratch database with one write: fails fast in private mode or blocked storage. */
function probeStorage(name: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = indexedDB.open(`${name}-probe`, 1);
    request.onupgradeneeded = () => request.result.createObjectStore('probe');
    request.onerror = () => reject(request.error ?? new Error('IndexedDB refused to open'));
    request.onblocked = () => reject(new Error('IndexedDB is blocked by another tab'));
    request.onsuccess = () => {
      const db = request.result;
      try {
        const tx = db.transaction('probe', 'readwrite');
        tx.objectStore('probe').put(Date.now(), 'last');
        tx.oncomplete = () => {
          db.close();
          resolve();
        };
        tx.onerror = tx.onabort = () => {
          db.close();
          reject(tx.error ?? new Error('IndexedDB refused a write'));
        };
      } catch (error) {
        db.close();
        reject(error instanceof Error ? error : new Error(String(error)));
      }
    };
  });
}

/** Creates the store and starts loading what IndexedDB holds. */
export function createAnnotationStore(options: StoreOptions): AnnotationStore {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? newUuid;
  const doc = new Y.Doc();
  const annotations = doc.getMap<UserAnnotation>('annotations');
  const argumentsMap = doc.getMap<UserArgument>('arguments');
  const dismissed = doc.getMap<true>('dismissed');
  const undoManager = new Y.UndoManager([annotations, argumentsMap, dismissed], {
    trackedOrigins: new Set([LOCAL]),
    captureTimeout: 0,
  });
  const listeners = new Set<() => void>();
  let storage: StorageStatus = options.name === null ? { kind: 'saved' } : { kind: 'loading' };
  let persistence: IndexeddbPersistence | undefined;
  let writesFailed = false;
  let snapshot = buildSnapshot();

  function readState(): UserAnnotationState {
    const out: Record<string, UserAnnotation> = {};
    annotations.forEach((value, key) => {
      if (isAnnotation(value)) out[key] = value;
    });
    const args: Record<string, UserArgument> = {};
    argumentsMap.forEach((value, key) => {
      args[key] = value;
    });
    return { annotations: out, arguments: args, dismissed: [...dismissed.keys()] };
  }

  function buildSnapshot(): AnnotationSnapshot {
    return { state: readState(), canUndo: undoManager.canUndo(), canRedo: undoManager.canRedo(), storage };
  }

  function changed(): void {
    snapshot = buildSnapshot();
    listeners.forEach((l) => l());
  }

  function fail(reason: string): void {
    writesFailed = true;
    if (storage.kind !== 'memory-only') {
      storage = { kind: 'memory-only', reason };
      changed();
    }
  }

  /** Writes one update in its own transaction, reporting failure instead of throwing. */
  function write(update: Uint8Array, onDone?: () => void): void {
    const db = persistence?.db;
    if (!db) return;
    try {
      const tx = db.transaction(['updates'], 'readwrite');
      tx.objectStore('updates').add(update);
      tx.oncomplete = () => onDone?.();
      tx.onerror = tx.onabort = () => {
        fail(describe(tx.error));
        onDone?.();
      };
    } catch (error) {
      fail(describe(error));
      onDone?.();
    }
  }

  // Replaces y-indexeddb's own update writer, which cannot report a failed write.
  const storeUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === persistence || writesFailed) return;
    write(update);
  };

  async function load(name: string): Promise<void> {
    if (typeof indexedDB === 'undefined') throw new Error('this browser offers no IndexedDB storage');
    await probeStorage(name);
    persistence = new IndexeddbPersistence(name, doc);
    doc.off('update', persistence._storeUpdate);
    doc.on('update', storeUpdate);
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error('IndexedDB did not answer')), options.loadTimeout ?? 10_000);
    });
    try {
      await Promise.race([persistence.whenSynced, timeout]);
    } finally {
      clearTimeout(timer);
    }
    if (persistence._dbsize >= PREFERRED_TRIM_SIZE) await storeState(persistence, true);
  }

  const whenLoaded =
    options.name === null
      ? Promise.resolve()
      : load(options.name).then(
          () => {
            if (storage.kind === 'loading') storage = { kind: 'saved' };
            undoManager.clear();
            changed();
          },
          (error: unknown) => fail(`storage is unavailable (${describe(error)})`),
        );

  doc.on('update', changed);

  function dispatch(action: UserAnnotationAction, origin: symbol = LOCAL): void {
    const before = readState();
    const after = userAnnotationReducer(before, action);
    if (after === before) return;
    doc.transact(() => {
      syncMap(annotations, before.annotations, after.annotations);
      syncMap(argumentsMap, before.arguments, after.arguments);
      const keep = new Set(after.dismissed);
      for (const key of [...dismissed.keys()]) if (!keep.has(key)) dismissed.delete(key);
      for (const key of keep) if (!dismissed.has(key)) dismissed.set(key, true);
    }, origin);
  }

  const store: AnnotationStore = {
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    getSnapshot: () => snapshot,
    list: () => sortAnnotations(Object.values(snapshot.state.annotations)),
    add(draft) {
      const id = newId();
      dispatch({ kind: 'add', id, draft, now: now(), ...(draft.newArgument ? { argumentId: newId() } : {}) });
      return id;
    },
    update(id, patch) {
      dispatch({
        kind: 'update',
        id,
        patch,
        now: now(),
        ...(patch.newArgument ? { argumentId: newId() } : {}),
      });
    },
    remove: (id) => dispatch({ kind: 'remove', id }),
    merge: (list, args, links = []) =>
      dispatch({ kind: 'merge', annotations: list, arguments: args, links, now: now() }),
    refreshSelectors(updates) {
      doc.transact(() => {
        for (const u of updates) {
          const current = annotations.get(u.id);
          if (current) annotations.set(u.id, { ...current, selector: u.selector, links: u.links });
        }
      }, REANCHOR);
    },
    dismiss: (suggestion) => dispatch({ kind: 'dismiss', suggestion }),
    undismiss: (suggestion) => dispatch({ kind: 'undismiss', suggestion }),
    undo: () => void undoManager.undo(),
    redo: () => void undoManager.redo(),
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    exportAll: () => readState(),
    whenLoaded,
    async retrySave() {
      if (!persistence?.db) {
        if (options.name !== null) fail('storage is unavailable; reload the page to try again');
        return;
      }
      writesFailed = false;
      storage = { kind: 'saved' };
      await new Promise<void>((resolve) => write(Y.encodeStateAsUpdate(doc), resolve));
      changed();
    },
    async destroy() {
      doc.off('update', storeUpdate);
      undoManager.destroy();
      await persistence?.destroy();
      doc.destroy();
    },
  };
  // Changes to canUndo/canRedo alone (a cleared stack) also need a new snapshot.
  undoManager.on('stack-cleared', changed);
  return store;
}

function syncMap<T>(
  map: Y.Map<T>,
  before: Readonly<Record<string, T>>,
  after: Readonly<Record<string, T>>,
): void {
  for (const key of Object.keys(before)) if (!(key in after)) map.delete(key);
  for (const [key, value] of Object.entries(after)) if (before[key] !== value) map.set(key, value);
}
