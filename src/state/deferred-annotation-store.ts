/**
 * The reader's annotation store, loaded after the page's first paint: the store itself (Yjs,
 * y-indexeddb, lib0: a quarter of the compare view's script) is a chunk of its own, so a first load
 * shows the articles and the curated layer without fetching or running it, and the reader's own
 * annotations join when it arrives, exactly as they already join when IndexedDB answers.
 *
 * Until the store has arrived, this stand-in answers as the store does while IndexedDB is loading:
 * nothing kept yet, storage "loading" (so nothing is declared lost or unanchored, and a student's
 * share is not withdrawn). Nothing is lost: a change asked for before then (an annotation added, a
 * plan created, an undo…) starts loading the store at once and is replayed on it, in order, when it
 * arrives, with the id it was given here, so a caller that kept the id finds the annotation or plan.
 */
import type { UserAnnotationState } from '../model/user-annotation.ts';
import type { AnnotationSnapshot, AnnotationStore, StoreOptions } from './annotation-store.ts';
import { newUuid } from './storage-probe.ts';

/** How the stand-in gets the real store (a dynamic import of annotation-store.ts in the app). */
export type StoreFactory = () => Promise<(options: StoreOptions) => AnnotationStore>;

/** The annotation store, plus the means to load it. */
export interface DeferredAnnotationStore extends AnnotationStore {
  /**
   * Starts loading the real store unless it is loading or here; resolves with it once it has arrived,
   * rejects if its code could not be fetched (a later call tries again).
   */
  load(): Promise<AnnotationStore>;
  /** Whether the real store has arrived. */
  arrived(): boolean;
}

const EMPTY_STATE: UserAnnotationState = { annotations: {}, arguments: {}, dismissed: [] };

const WAITING: AnnotationSnapshot = {
  state: EMPTY_STATE,
  plans: {},
  canUndo: false,
  canRedo: false,
  storage: { kind: 'loading' },
};

/**
 * A store that loads the real one (`factory`, created with `options`) on the first `load()` or the
 * first change, and forwards everything to it once it has arrived.
 */
export function createDeferredAnnotationStore(
  factory: StoreFactory,
  options: StoreOptions,
): DeferredAnnotationStore {
  const baseId = options.newId ?? newUuid;
  // Ids handed out here for changes still waiting; the real store takes them, in order, as the ids
  // of the annotations and plans those changes create (add and createPlan ask for their id first).
  const reserved: string[] = [];
  const newId = () => reserved.shift() ?? baseId();
  const listeners = new Set<() => void>();
  const waiting: { run: (store: AnnotationStore) => void; ids: string[] }[] = [];
  let real: AnnotationStore | undefined;
  let loading: Promise<AnnotationStore> | undefined;
  let resolveLoaded: () => void = () => undefined;
  const whenLoaded = new Promise<void>((resolve) => (resolveLoaded = resolve));

  function load(): Promise<AnnotationStore> {
    loading ??= factory().then((create) => {
      const store = create({ ...options, newId });
      for (const change of waiting.splice(0)) {
        reserved.push(...change.ids);
        change.run(store);
        reserved.length = 0;
      }
      real = store;
      const notify = () => {
        for (const listener of [...listeners]) listener();
      };
      store.subscribe(notify);
      void store.whenLoaded.then(resolveLoaded);
      notify();
      return store;
    });
    // A failed fetch of the store's code (the network, a new deploy) is not kept: the waiting changes
    // stay queued, and the next change or `load()` fetches it again and replays them.
    loading.catch(() => (loading = undefined));
    return loading;
  }

  /** Runs `run` on the real store now, or keeps it (with the ids it will create) until it arrives. */
  function change(run: (store: AnnotationStore) => void, ids: string[] = []): void {
    if (real) {
      run(real);
      return;
    }
    waiting.push({ run, ids });
    void load();
  }

  /** Gives the id a change creates: the real store's own once it is here, otherwise one kept for it. */
  function creating(create: (store: AnnotationStore) => string): string {
    if (real) return create(real);
    const id = baseId();
    change((store) => void create(store), [id]);
    return id;
  }

  return {
    load,
    arrived: () => real !== undefined,
    subscribe(listener) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
    getSnapshot: () => real?.getSnapshot() ?? WAITING,
    list: () => real?.list() ?? [],
    add: (draft) => creating((store) => store.add(draft)),
    update: (id, patch) => change((store) => store.update(id, patch)),
    remove: (id) => change((store) => store.remove(id)),
    merge: (annotations, args, links) => change((store) => store.merge(annotations, args, links)),
    refreshSelectors: (updates) => change((store) => store.refreshSelectors(updates)),
    dismiss: (suggestion) => change((store) => store.dismiss(suggestion)),
    undismiss: (suggestion) => change((store) => store.undismiss(suggestion)),
    undo: () => change((store) => store.undo()),
    redo: () => change((store) => store.redo()),
    canUndo: () => real?.canUndo() ?? false,
    canRedo: () => real?.canRedo() ?? false,
    createPlan: (name, steps) => creating((store) => store.createPlan(name, steps)),
    changePlan: (planChange) => change((store) => store.changePlan(planChange)),
    importPlans: (plans) => change((store) => store.importPlans(plans)),
    exportAll: () => real?.exportAll() ?? EMPTY_STATE,
    whenLoaded,
    retrySave: async () => (await load()).retrySave(),
    destroy: async () => {
      if (loading) await (await loading).destroy();
    },
  };
}
