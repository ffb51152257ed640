import { describe, expect, it } from 'vitest';
import { createAnnotationStore } from './annotation-store.ts';
import { createDeferredAnnotationStore, type StoreFactory } from './deferred-annotation-store.ts';
import { STORE_DRAFT as draft } from '../../tests/fixtures/store-draft.ts';

/** A factory that counts its calls and hands out the in-memory store when released. */
function heldFactory() {
  let release: () => void = () => undefined;
  const gate = new Promise<void>((resolve) => (release = resolve));
  const calls = { count: 0 };
  const factory: StoreFactory = async () => {
    calls.count++;
    await gate;
    return createAnnotationStore;
  };
  return { factory, calls, release };
}

describe('the annotation store loaded after the first paint', () => {
  it('answers as a loading store, and fetches nothing until asked', async () => {
    const { factory, calls } = heldFactory();
    const store = createDeferredAnnotationStore(factory, { name: null });
    expect(store.getSnapshot().storage).toEqual({ kind: 'loading' });
    expect(store.getSnapshot().state.annotations).toEqual({});
    expect(store.list()).toEqual([]);
    expect(store.canUndo()).toBe(false);
    const unsubscribe = store.subscribe(() => undefined);
    unsubscribe();
    await Promise.resolve();
    expect(calls.count).toBe(0);
    expect(store.arrived()).toBe(false);
  });

  it('keeps a change made before the store arrives: replayed in order, with the ids it gave', async () => {
    const { factory, calls, release } = heldFactory();
    const store = createDeferredAnnotationStore(factory, { name: null });
    let notified = 0;
    store.subscribe(() => notified++);
    const first = store.add(draft);
    const second = store.add({
      ...draft,
      note: 'second',
      newArgument: { statement: 'A new argument', type: 'legal' },
    });
    store.update(first, { note: 'first, edited' });
    const plan = store.createPlan('Week 3');
    store.remove(second);
    store.undo(); // brings the second back
    expect(calls.count).toBe(1); // the first change started the load; the rest waited for it
    expect(store.getSnapshot().state.annotations).toEqual({});

    release();
    await store.load();
    expect(store.arrived()).toBe(true);
    expect(notified).toBeGreaterThan(0);
    const kept = store.getSnapshot().state.annotations;
    expect(Object.keys(kept).sort()).toEqual([first, second].sort());
    expect(kept[first]?.note).toBe('first, edited');
    expect(kept[second]?.arguments).toHaveLength(1);
    expect(kept[second]?.arguments[0]).not.toBe(first);
    expect(store.getSnapshot().plans[plan]?.name).toBe('Week 3');
    expect(store.getSnapshot().storage).toEqual({ kind: 'saved' });
    await store.whenLoaded;
  });

  it('keeps the waiting changes when the store’s code fails to arrive, and replays them when a later change fetches it', async () => {
    let fail = true;
    let calls = 0;
    const factory: StoreFactory = async () => {
      calls++;
      if (fail) throw new Error('Failed to fetch dynamically imported module');
      return createAnnotationStore;
    };
    const store = createDeferredAnnotationStore(factory, { name: null });
    const first = store.add(draft);
    await expect(store.load()).rejects.toThrow('Failed to fetch');
    expect(store.arrived()).toBe(false);
    fail = false;
    const second = store.add({ ...draft, note: 'second' });
    await store.load();
    expect(calls).toBe(2);
    expect(
      store
        .list()
        .map((a) => a.id)
        .sort(),
    ).toEqual([first, second].sort());
  });

  it('forwards to the store once it has arrived, and tells subscribers of every change', async () => {
    const { factory, release } = heldFactory();
    const store = createDeferredAnnotationStore(factory, { name: null });
    release();
    await store.load();
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.list().length));
    const id = store.add(draft);
    expect(store.list().map((a) => a.id)).toEqual([id]);
    expect(store.canUndo()).toBe(true);
    store.undo();
    expect(store.list()).toEqual([]);
    unsubscribe();
    store.redo();
    expect(store.list()).toHaveLength(1);
    expect(seen.at(-1)).toBe(0);
  });
});
