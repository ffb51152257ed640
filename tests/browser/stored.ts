/** Waits for the reader's own annotations to reach IndexedDB, instead of a fixed wait before a reload. */
import type { Page } from 'playwright-core';

/** The app's annotation database (`DEFAULT_DB_NAME` in src/state/use-annotations.ts). */
const ANNOTATION_DB = 'parallax-annotations';
/** The object store y-indexeddb appends each document update to. */
const UPDATES_STORE = 'updates';

/**
 * Resolves once every annotation write the page has started is committed. The app starts a write
 * (a read-write transaction on the updates store) as each edit happens; IndexedDB runs a read-only
 * transaction on the same store only after every read-write one created before it has finished, so
 * when ours completes the edits shown on screen are on disk and survive a reload.
 */
export async function annotationsStored(page: Page): Promise<void> {
  await page.evaluate(
    async ({ name, store }) => {
      const db = await new Promise<IDBDatabase>((resolve, reject) => {
        const request = indexedDB.open(name);
        request.onsuccess = () => resolve(request.result);
        request.onerror = () => reject(request.error ?? new Error(`cannot open ${name}`));
      });
      try {
        await new Promise<void>((resolve, reject) => {
          const transaction = db.transaction(store, 'readonly');
          transaction.oncomplete = () => resolve();
          transaction.onerror = () => reject(transaction.error ?? new Error(`cannot read ${store}`));
          transaction.objectStore(store).count();
        });
      } finally {
        db.close();
      }
    },
    { name: ANNOTATION_DB, store: UPDATES_STORE },
  );
}
