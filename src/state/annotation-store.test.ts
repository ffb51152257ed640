import 'fake-indexeddb/auto';
import { IDBFactory, IDBObjectStore } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { selectorFor } from '../model/anchor.ts';
import { createAnnotationStore, type AnnotationStore } from './annotation-store.ts';
import { newUuid } from './storage-probe.ts';
import { STORE_DRAFT as draft, STORE_TEXT as text } from '../../tests/fixtures/store-draft.ts';

const stores: AnnotationStore[] = [];
const open = (name: string | null = 'test-db') => {
  const store = createAnnotationStore({ name, loadTimeout: 2_000 });
  stores.push(store);
  return store;
};
/** Lets IndexedDB transactions (fake-indexeddb runs them on timers) complete. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 50));

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

describe('the annotation store', () => {
  it('saves re-anchored selectors of an annotation and of its links', async () => {
    const store = open();
    await store.whenLoaded;
    const linked = selectorFor(text, 50, 89);
    const id = store.add({
      ...draft,
      links: [{ target: { article: 'lawfare-bombing-mexico', selector: linked } }],
    });
    const kept = store.getSnapshot().state.annotations[id];
    if (!kept) throw new Error('annotation not added');
    const moved = selectorFor(`xx${text}`, 52, 91);
    store.refreshSelectors([
      { ...kept, links: [{ target: { article: 'lawfare-bombing-mexico', selector: moved } }] },
    ]);
    expect(store.getSnapshot().state.annotations[id]?.links[0]?.target).toEqual({
      article: 'lawfare-bombing-mexico',
      selector: moved,
    });
  });

  it('merges an import that adds new links to an annotation already kept, undone in one step', async () => {
    const store = open();
    await store.whenLoaded;
    const id = store.add({ ...draft, links: [{ target: { passage: 'lf-001' } }] });
    const before = store.getSnapshot().state.annotations[id]?.links;
    store.merge(
      [],
      [],
      [{ annotation: id, links: [{ target: { passage: 'lf-001' } }, { target: { passage: 'lf-002' } }] }],
    );
    expect(store.getSnapshot().state.annotations[id]?.links.map((l) => l.target)).toEqual([
      { passage: 'lf-001' },
      { passage: 'lf-002' },
    ]);
    store.undo();
    expect(store.getSnapshot().state.annotations[id]?.links).toEqual(before);
  });

  it('keeps annotations across a reload', async () => {
    const first = open();
    await first.whenLoaded;
    expect(first.getSnapshot().storage).toEqual({ kind: 'saved' });
    const id = first.add(draft);
    first.update(id, {
      types: ['legal', 'strategic'],
      newArgument: { statement: 'Force is lawful.', type: 'legal' },
    });
    await settle();
    await first.destroy();

    const second = open();
    await second.whenLoaded;
    const [kept] = second.list();
    expect(kept?.id).toBe(id);
    expect(kept?.types).toEqual(['legal', 'strategic']);
    expect(Object.values(second.exportAll().arguments).map((a) => a.statement)).toEqual(['Force is lawful.']);
    // Loading is not an undoable step.
    expect(second.canUndo()).toBe(false);
  });

  it('undoes and redoes adds, edits and removals', async () => {
    const store = open(null);
    await store.whenLoaded;
    const id = store.add(draft);
    store.update(id, { note: 'second' });
    store.remove(id);
    expect(store.list()).toEqual([]);
    store.undo();
    expect(store.list()[0]?.note).toBe('second');
    store.undo();
    expect(store.list()[0]?.note).toBe('first');
    store.undo();
    expect(store.list()).toEqual([]);
    expect(store.canUndo()).toBe(false);
    store.redo();
    store.redo();
    expect(store.list()[0]?.note).toBe('second');
    expect(store.getSnapshot().canRedo).toBe(true);
  });

  it('merges an import as one undo step, and re-anchoring is no undo step', async () => {
    const store = open(null);
    const a = { ...draft, id: newUuid(), types: [], arguments: [], links: [], created: 'x', modified: 'x' };
    const b = { ...a, id: newUuid() };
    store.merge([a, b], []);
    expect(store.list()).toHaveLength(2);
    store.undo();
    expect(store.list()).toEqual([]);
    store.redo();
    expect(store.list()).toHaveLength(2);
    const fresh = createAnnotationStore({ name: null });
    stores.push(fresh);
    fresh.merge([a], []);
    fresh.undo();
    fresh.redo();
    fresh.refreshSelectors([{ ...a, selector: selectorFor(text, 50, 90) }]);
    expect(fresh.getSnapshot().state.annotations[a.id]?.selector.position.start).toBe(50);
    expect(fresh.getSnapshot().state.annotations[a.id]?.modified).toBe('x');
    expect(fresh.canUndo()).toBe(true);
  });

  it('notifies subscribers with a new snapshot, and keeps dismissed suggestions', () => {
    const store = open(null);
    const seen: number[] = [];
    const unsubscribe = store.subscribe(() => seen.push(store.getSnapshot().state.dismissed.length));
    const before = store.getSnapshot();
    store.dismiss('s1');
    store.dismiss('s1');
    expect(store.getSnapshot()).not.toBe(before);
    expect(store.getSnapshot().state.dismissed).toEqual(['s1']);
    unsubscribe();
    store.undismiss('s1');
    expect(seen).toEqual([1]);
  });

  it('works in memory and says so when IndexedDB refuses to open', async () => {
    class BrokenFactory extends IDBFactory {
      override open(): never {
        throw new DOMException('The user denied permission to access the database.', 'SecurityError');
      }
    }
    globalThis.indexedDB = new BrokenFactory();
    const store = open();
    await store.whenLoaded;
    const storage = store.getSnapshot().storage;
    expect(storage.kind).toBe('memory-only');
    if (storage.kind === 'memory-only') expect(storage.reason).toContain('SecurityError');
    const id = store.add(draft);
    expect(store.exportAll().annotations[id]?.note).toBe('first');
  });

  it('works in memory and says so when a write fails (quota), and saves again on retry', async () => {
    const store = open();
    await store.whenLoaded;
    const realAdd = IDBObjectStore.prototype.add;
    IDBObjectStore.prototype.add = function () {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
    };
    try {
      const id = store.add(draft);
      await settle();
      expect(store.getSnapshot().storage).toEqual({
        kind: 'memory-only',
        reason: 'the browser’s storage is full',
      });
      expect(store.exportAll().annotations[id]).toBeDefined();
    } finally {
      IDBObjectStore.prototype.add = realAdd;
    }
    await store.retrySave();
    expect(store.getSnapshot().storage).toEqual({ kind: 'saved' });
    await settle();
    await store.destroy();
    const reloaded = open();
    await reloaded.whenLoaded;
    expect(reloaded.list()).toHaveLength(1);
  });

  it('makes version 4 UUIDs', () => {
    expect(newUuid()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});
