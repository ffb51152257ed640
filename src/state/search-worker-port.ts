/**
 * The reader's search port: a module Web Worker running src/search/search-worker.ts (why a worker:
 * see src/search/search-service.ts), and the absolute URL of the index file it fetches.
 */
import { searchIndexUrl } from '../data/search-index-url.ts';
import type { SearchReply } from '../search/search-service.ts';
import type { SearchPort } from './search-engine.ts';

/** Starts the search worker. */
export function startSearchWorker(): SearchPort {
  const worker = new Worker(new URL('../search/search-worker.ts', import.meta.url), {
    type: 'module',
    name: 'search',
  });
  return {
    post: (request) => worker.postMessage(request),
    listen(onReply, onStop) {
      worker.addEventListener('message', (event: MessageEvent<SearchReply>) => onReply(event.data));
      // A worker script that fails to load or throws reports here, not through a reply.
      worker.addEventListener('error', (event) => {
        event.preventDefault();
        onStop(`The search worker stopped (${event.message || 'its script could not be loaded'}).`);
      });
    },
    terminate: () => worker.terminate(),
  };
}

/** The index file's absolute URL (a worker resolves relative URLs against its own script). */
export function searchIndexHref(): string {
  return new URL(searchIndexUrl(), document.baseURI).href;
}
