/**
 * Where a reader's annotations are kept: the only module that imports yjs and y-indexeddb.
 *
 * The annotations, the reader's own arguments and the dismissed suggestion ids are three `Y.Map`s
 * of one Yjs document, persisted in the browser's IndexedDB by y-indexeddb, so they survive reloads;
 * a `Y.UndoManager` over the three maps gives undo and redo. Every change goes through the pure
 * reducer in src/model/user-annotation.ts; this module only writes its result into the maps.
 *
 * Each annotation is a nested `Y.Map` of its fields (selector, types, arguments, links, note…), and
 * an edit writes only the fields that changed: two tabs (or, later, two people) editing different
 * fields of one annotation at once both keep their edit, and an edit of an annotation another tab
 * deleted stays inside the deleted map instead of bringing it back. Documents stored by earlier
 * releases, with each annotation one plain JSON value, are migrated on load (`migrate`).
 *
 * Tabs of one browser see each other's changes live: every local change is sent as a Yjs update
 * over a BroadcastChannel (tab-channel.ts), and a tab that loads asks the others for what it lacks.
 * Why this way: a BroadcastChannel is a web standard with nothing to install or run, the same
 * mechanism y-webrtc uses between tabs, while the Yjs update and state-vector functions are the ones
 * every Yjs provider uses, so a class sync server can later carry the same updates unchanged.
 *
 * Discussion plans (src/model/discussion-plan.ts) are a fourth map of the same document, one plain
 * JSON value per plan, under the same undo manager, so undo and redo cover them too.
 *
 * Nothing is dropped silently: when storage is missing or blocked (private mode, disabled site
 * data), a write fails (quota) or the database is deleted under the open page, the store keeps
 * working in memory and its status becomes "memory-only" with the reason, so the UI can say "Your
 * annotations are only in memory: export them"; `retrySave` reopens storage when needed and writes
 * the whole document again.
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
import {
  planReducer,
  type DiscussionPlan,
  type PlanAction,
  type PlanStep,
  type PlanTarget,
  type PlansState,
} from '../model/discussion-plan.ts';
import { describeStorageError as describe, newUuid, probeStorage } from './storage-probe.ts';
import { openTabChannel, type TabChannel } from './tab-channel.ts';

/** Whether the annotations are safely stored. */
export type StorageStatus =
  | { kind: 'loading' }
  | { kind: 'saved' }
  /** Storage is unavailable or failed: the annotations live only in this tab until exported. */
  | { kind: 'memory-only'; reason: string };

/** What a render needs, as one immutable value (replaced on every change). */
export interface AnnotationSnapshot {
  state: UserAnnotationState;
  /** The reader's discussion plans, by id. */
  plans: PlansState;
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
  /** Starts a plan named `name` with these steps (each gets a new id); returns its id. */
  createPlan(name: string, steps?: readonly Omit<PlanStep, 'id'>[]): string;
  /** Changes one plan (rename, add, edit, move or remove a step, delete it) as one undoable step. */
  changePlan(change: PlanChange): void;
  /** Adds plans read from a file or a link (a plan whose id is taken by a different plan gets a new id). */
  importPlans(plans: readonly DiscussionPlan[]): void;
  /** Everything kept, as plain data (for export). */
  exportAll(): UserAnnotationState;
  /** Resolves when stored annotations have been loaded (or storage found unusable). */
  whenLoaded: Promise<void>;
  /** Tries to write the whole document again after a storage failure. */
  retrySave(): Promise<void>;
  /** Stops persisting and releases the database. */
  destroy(): Promise<void>;
}

/** A change to one plan, as the UI asks for it (the store adds the time and new step ids). */
export type PlanChange =
  | { kind: 'rename'; plan: string; name: string }
  | { kind: 'add-step'; plan: string; target: PlanTarget }
  | { kind: 'edit-step'; plan: string; step: string; prompt?: string; note?: string }
  | { kind: 'move-step'; plan: string; step: string; to: number }
  | { kind: 'remove-step'; plan: string; step: string }
  | { kind: 'delete'; plan: string };

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

const LOCAL = Symbol('local edit');
const REANCHOR = Symbol('re-anchor');
const MIGRATE = Symbol('migration');
const OTHER_TAB = Symbol('other tab');

/** The fields of an annotation, each one entry of its nested map. */
const FIELDS = [
  'id',
  'article',
  'selector',
  'types',
  'arguments',
  'links',
  'note',
  'created',
  'modified',
] as const satisfies readonly (keyof UserAnnotation)[];

/** An annotation as stored: a nested map of its fields, or (stored by earlier releases) one JSON value. */
type StoredAnnotation = Y.Map<unknown> | UserAnnotation;

/** A nested map holding `annotation`'s fields (to be inserted into the document). */
function annotationMap(annotation: UserAnnotation): Y.Map<unknown> {
  return new Y.Map<unknown>(FIELDS.flatMap((f) => (annotation[f] === undefined ? [] : [[f, annotation[f]]])));
}

/** Writes into `map` the fields of `next` that differ from what it holds; returns nothing. */
function writeFields(map: Y.Map<unknown>, next: UserAnnotation): void {
  for (const field of FIELDS) {
    const value = next[field];
    if (value === undefined) {
      if (map.has(field)) map.delete(field);
    } else if (JSON.stringify(map.get(field)) !== JSON.stringify(value)) map.set(field, value);
  }
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

/** Creates the store and starts loading what IndexedDB holds. */
export function createAnnotationStore(options: StoreOptions): AnnotationStore {
  const now = options.now ?? (() => new Date().toISOString());
  const newId = options.newId ?? newUuid;
  const doc = new Y.Doc();
  const annotations = doc.getMap<StoredAnnotation>('annotations');
  const argumentsMap = doc.getMap<UserArgument>('arguments');
  const dismissed = doc.getMap<true>('dismissed');
  const plansMap = doc.getMap<DiscussionPlan>('plans');
  const undoManager = new Y.UndoManager([annotations, argumentsMap, dismissed, plansMap], {
    trackedOrigins: new Set([LOCAL]),
    captureTimeout: 0,
  });
  const listeners = new Set<() => void>();
  let storage: StorageStatus = options.name === null ? { kind: 'saved' } : { kind: 'loading' };
  let persistence: IndexeddbPersistence | undefined;
  let writesFailed = false;
  /** Annotations read from nested maps, reused while none of their field values changed. */
  const readCache = new Map<string, { fields: unknown[]; annotation: UserAnnotation }>();
  let snapshot = buildSnapshot();

  /** One annotation as plain data; the same object as last time when no field changed. */
  function readAnnotation(key: string, value: StoredAnnotation): UserAnnotation | undefined {
    if (!(value instanceof Y.Map)) return isAnnotation(value) ? value : undefined;
    const fields = FIELDS.map((f) => value.get(f));
    const cached = readCache.get(key);
    if (cached && cached.fields.every((v, i) => v === fields[i])) return cached.annotation;
    const plain = Object.fromEntries(
      FIELDS.flatMap((f, i) => (fields[i] === undefined ? [] : [[f, fields[i]]])),
    );
    if (!isAnnotation(plain)) return undefined;
    readCache.set(key, { fields, annotation: plain });
    return plain;
  }

  function readState(): UserAnnotationState {
    const out: Record<string, UserAnnotation> = {};
    annotations.forEach((value, key) => {
      const annotation = readAnnotation(key, value);
      if (annotation) out[key] = annotation;
    });
    const args: Record<string, UserArgument> = {};
    argumentsMap.forEach((value, key) => {
      args[key] = value;
    });
    return { annotations: out, arguments: args, dismissed: [...dismissed.keys()] };
  }

  function readPlans(): PlansState {
    return Object.fromEntries(plansMap.entries());
  }

  function buildSnapshot(): AnnotationSnapshot {
    return {
      state: readState(),
      plans: readPlans(),
      canUndo: undoManager.canUndo(),
      canRedo: undoManager.canRedo(),
      storage,
    };
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
    watchDeletion(persistence);
  }

  /** When the database is deleted under the open page (site data cleared), say so at once. */
  function watchDeletion(current: IndexeddbPersistence): void {
    current.db?.addEventListener('versionchange', () => {
      current.db?.close();
      if (persistence === current) persistence = undefined;
      fail('the browser deleted their storage (site data was cleared); “Try saving again” stores them anew');
    });
  }

  /** Turns annotations stored as one JSON value (earlier releases) into nested maps of their fields. */
  function migrate(): void {
    const old = [...annotations.entries()].filter(
      (entry): entry is [string, UserAnnotation] => !(entry[1] instanceof Y.Map) && isAnnotation(entry[1]),
    );
    if (old.length === 0) return;
    doc.transact(() => {
      for (const [key, value] of old) annotations.set(key, annotationMap(value));
    }, MIGRATE);
  }

  // Live between tabs: local changes go out, other tabs' changes come in (not undoable here).
  const channel: TabChannel | undefined =
    options.name === null
      ? undefined
      : openTabChannel(`${options.name}:tabs`, (message) => {
          if (message.kind === 'update') Y.applyUpdate(doc, message.update, OTHER_TAB);
          else channel?.post({ kind: 'update', update: Y.encodeStateAsUpdate(doc, message.stateVector) });
        });
  const broadcast = (update: Uint8Array, origin: unknown): void => {
    if (origin !== OTHER_TAB && origin !== persistence) channel?.post({ kind: 'update', update });
  };
  doc.on('update', broadcast);

  const whenLoaded =
    options.name === null
      ? Promise.resolve()
      : load(options.name).then(
          () => {
            if (storage.kind === 'loading') storage = { kind: 'saved' };
            migrate();
            undoManager.clear();
            channel?.post({ kind: 'hello', stateVector: Y.encodeStateVector(doc) });
            changed();
          },
          (error: unknown) => {
            fail(`storage is unavailable (${describe(error)})`);
            migrate();
            channel?.post({ kind: 'hello', stateVector: Y.encodeStateVector(doc) });
          },
        );

  doc.on('update', changed);

  function dispatch(action: UserAnnotationAction, origin: symbol = LOCAL): void {
    const before = readState();
    const after = userAnnotationReducer(before, action);
    if (after === before) return;
    doc.transact(() => {
      for (const key of Object.keys(before.annotations)) {
        if (!(key in after.annotations)) annotations.delete(key);
      }
      for (const [key, next] of Object.entries(after.annotations)) {
        if (before.annotations[key] === next) continue;
        const stored = annotations.get(key);
        if (stored instanceof Y.Map) writeFields(stored, next);
        else annotations.set(key, annotationMap(next));
      }
      syncMap(argumentsMap, before.arguments, after.arguments);
      const keep = new Set(after.dismissed);
      for (const key of [...dismissed.keys()]) if (!keep.has(key)) dismissed.delete(key);
      for (const key of keep) if (!dismissed.has(key)) dismissed.set(key, true);
    }, origin);
  }

  function dispatchPlan(action: PlanAction): void {
    const before = readPlans();
    const after = planReducer(before, action);
    if (after !== before) doc.transact(() => syncMap(plansMap, before, after), LOCAL);
  }

  function planAction(change: PlanChange): PlanAction {
    const at = now();
    return change.kind === 'add-step'
      ? { kind: 'add-step', plan: change.plan, step: { id: newId(), target: change.target }, now: at }
      : change.kind === 'delete'
        ? change
        : { ...change, now: at };
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
          if (current instanceof Y.Map) {
            current.set('selector', u.selector);
            current.set('links', u.links);
          } else if (current) {
            annotations.set(u.id, annotationMap({ ...current, selector: u.selector, links: u.links }));
          }
        }
      }, REANCHOR);
    },
    dismiss: (suggestion) => dispatch({ kind: 'dismiss', suggestion }),
    undismiss: (suggestion) => dispatch({ kind: 'undismiss', suggestion }),
    undo: () => void undoManager.undo(),
    redo: () => void undoManager.redo(),
    canUndo: () => undoManager.canUndo(),
    canRedo: () => undoManager.canRedo(),
    createPlan(name, steps = []) {
      const id = newId();
      dispatchPlan({
        kind: 'create',
        id,
        name,
        now: now(),
        steps: steps.map((s) => ({ ...s, id: newId() })),
      });
      return id;
    },
    changePlan: (change) => dispatchPlan(planAction(change)),
    importPlans: (plans) => dispatchPlan({ kind: 'import', plans, newId }),
    exportAll: () => readState(),
    whenLoaded,
    async retrySave() {
      if (options.name === null) return;
      if (!persistence?.db) {
        // The database was deleted or never opened: open it anew, then write everything kept here.
        try {
          await load(options.name);
        } catch (error) {
          fail(`storage is still unavailable (${describe(error)})`);
          return;
        }
      }
      writesFailed = false;
      storage = { kind: 'saved' };
      await new Promise<void>((resolve) => write(Y.encodeStateAsUpdate(doc), resolve));
      changed();
    },
    async destroy() {
      doc.off('update', storeUpdate);
      doc.off('update', broadcast);
      channel?.close();
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
