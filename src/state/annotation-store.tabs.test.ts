import 'fake-indexeddb/auto';
import { IDBFactory } from 'fake-indexeddb';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { IndexeddbPersistence, storeState } from 'y-indexeddb';
import type { UserAnnotation } from '../model/user-annotation.ts';
import { createAnnotationStore, type AnnotationStore } from './annotation-store.ts';
import { STORE_DRAFT as draft } from '../../tests/fixtures/store-draft.ts';

const stores: AnnotationStore[] = [];
/** A tab: a store on the shared database (and tab channel) `name`. */
const tab = async (name = 'tabs-db') => {
  const store = createAnnotationStore({ name, loadTimeout: 2_000 });
  stores.push(store);
  await store.whenLoaded;
  return store;
};
/** Waits until `check` holds (tab messages and fake IndexedDB run on timers). */
async function until(check: () => boolean): Promise<void> {
  for (let i = 0; i < 100 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
  expect(check()).toBe(true);
}
/** What database `name` holds now, read as a newly opened tab would read it. */
async function storedDoc(name: string): Promise<Y.Doc> {
  const doc = new Y.Doc();
  const reader = new IndexeddbPersistence(name, doc);
  await reader.whenSynced;
  await reader.destroy();
  return doc;
}
/** Waits until what database `name` holds satisfies `check` (y-indexeddb stores on its own schedule). */
async function untilStored(name: string, check: (doc: Y.Doc) => boolean): Promise<void> {
  for (let i = 0; i < 100; i++) {
    if (check(await storedDoc(name))) return;
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  expect(check(await storedDoc(name))).toBe(true);
}

beforeEach(() => {
  globalThis.indexedDB = new IDBFactory();
});
afterEach(async () => {
  await Promise.all(stores.splice(0).map((s) => s.destroy()));
});

describe('two tabs of one browser (issue 13, item 3)', () => {
  it('see each other’s new annotations live, also in an export before any reload', async () => {
    const [a, b] = [await tab(), await tab()];
    const id = a.add(draft);
    await until(() => b.exportAll().annotations[id] !== undefined);
    expect(b.exportAll().annotations[id]?.note).toBe('first');
    // Another tab's change is not this tab's undo step.
    expect(b.canUndo()).toBe(false);
  });

  it('keep both of two concurrent edits of different fields of one annotation', async () => {
    const [a, b] = [await tab(), await tab()];
    const id = a.add(draft);
    await until(() => b.exportAll().annotations[id] !== undefined);
    // Both edit before either hears of the other's edit.
    a.update(id, { note: 'edited in tab A' });
    b.update(id, { types: ['legal', 'strategic'] });
    for (const store of [a, b]) {
      await until(() => store.exportAll().annotations[id]?.types.length === 2);
      await until(() => store.exportAll().annotations[id]?.note === 'edited in tab A');
    }
  });

  it('keep an annotation deleted in one tab deleted when the other edits it at the same time', async () => {
    const [a, b] = [await tab(), await tab()];
    const id = a.add(draft);
    await until(() => b.exportAll().annotations[id] !== undefined);
    a.remove(id);
    b.update(id, { note: 'edited in tab B' });
    await until(
      () => a.exportAll().annotations[id] === undefined && b.exportAll().annotations[id] === undefined,
    );
    // Each tab has heard all the other sent once a later change from each has reached the other
    // (a tab's messages arrive in order); the deletion must still hold then.
    const fromA = a.add({ ...draft, note: 'later in A' });
    const fromB = b.add({ ...draft, note: 'later in B' });
    await until(
      () => b.exportAll().annotations[fromA] !== undefined && a.exportAll().annotations[fromB] !== undefined,
    );
    expect(a.exportAll().annotations[id]).toBeUndefined();
    expect(b.exportAll().annotations[id]).toBeUndefined();
  });

  it('catches up a tab opened later with changes not yet stored', async () => {
    const a = await tab();
    const id = a.add(draft);
    const b = await tab();
    await until(() => b.exportAll().annotations[id] !== undefined);
  });
});

describe('stored documents of earlier releases', () => {
  it('are migrated to one nested map per annotation, so field edits merge', async () => {
    const old: UserAnnotation = {
      id: '11111111-1111-4111-8111-111111111111',
      article: draft.article,
      selector: draft.selector,
      types: ['legal'],
      arguments: [],
      links: [],
      note: 'stored long ago',
      created: '2025-01-01T00:00:00.000Z',
      modified: '2025-01-01T00:00:00.000Z',
    };
    const doc = new Y.Doc();
    const persistence = new IndexeddbPersistence('old-db', doc);
    await persistence.whenSynced;
    doc.getMap('annotations').set(old.id, old);
    await storeState(persistence, true);
    await persistence.destroy();

    const store = await tab('old-db');
    expect(store.exportAll().annotations[old.id]).toEqual(old);
    const storedNote = (doc: Y.Doc) => {
      const stored = doc.getMap('annotations').get(old.id);
      return stored instanceof Y.Map ? stored.get('note') : undefined;
    };
    await untilStored('old-db', (doc) => storedNote(doc) === 'stored long ago');
  });
});

describe('a database deleted under the open page', () => {
  it('is reported at once, and “try again” stores everything anew', async () => {
    const store = await tab('deleted-db');
    const id = store.add(draft);
    await new Promise<void>((resolve, reject) => {
      const request = indexedDB.deleteDatabase('deleted-db');
      request.onsuccess = () => resolve();
      request.onerror = () => reject(request.error ?? new Error('delete failed'));
    });
    expect(store.getSnapshot().storage.kind).toBe('memory-only');
    await store.retrySave();
    expect(store.getSnapshot().storage).toEqual({ kind: 'saved' });
    await untilStored('deleted-db', (doc) => doc.getMap('annotations').has(id));
    await store.destroy();
    const reloaded = await tab('deleted-db');
    expect(reloaded.exportAll().annotations[id]?.note).toBe('first');
  });
});
