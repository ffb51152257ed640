/**
 * What runs in the search worker (src/search/search-worker.ts): fetches the serialised index once,
 * checks and hydrates it, then answers queries. Kept apart from the worker's wiring so it runs in
 * unit tests with any `fetch`.
 *
 * Why a worker: at 100× the index file is tens of megabytes; parsing it, decoding the postings and
 * building the typo lookup would hold the page's thread for seconds, and a broad query's posting walk
 * costs more than a frame (see ARCHITECTURE.md, Search). In the worker neither blocks a keystroke.
 */
import { checkSearchIndexData } from '../data/search-index-data.ts';
import { hydrateSearchIndex, searchIndex, type SearchHit, type SearchIndex } from './search-index.ts';

/** A message to the worker: load the index at `url` (again, after a failure), or run a query. */
export type SearchRequest =
  { type: 'load'; url: string } | { type: 'query'; id: number; query: string; limit: number };

/** A message from the worker: the index is ready, it failed to load, or a query's hits. */
export type SearchReply =
  | { type: 'ready'; documents: number }
  | { type: 'failed'; message: string }
  | { type: 'hits'; id: number; hits: SearchHit[] }
  | { type: 'query-failed'; id: number; message: string };

/** The fetch the service uses (the worker's own, or a stand-in in tests). */
export type FetchText = (
  url: string,
) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

async function loadIndex(url: string, fetchText: FetchText): Promise<SearchIndex> {
  let response;
  try {
    response = await fetchText(url);
  } catch (error) {
    throw new Error(`The search index ${url} could not be fetched (${(error as Error).message}).`, {
      cause: error,
    });
  }
  if (!response.ok)
    throw new Error(`The search index ${url} could not be fetched (HTTP ${response.status}).`);
  const text = await response.text();
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw new Error(`${url}: the search index is not valid JSON (${(error as Error).message}).`, {
      cause: error,
    });
  }
  return hydrateSearchIndex(checkSearchIndexData(parsed, url));
}

/**
 * Returns the handler for the worker's messages: `post` sends a reply. A load while one is loaded or
 * loading is answered from it; a query before the index is ready waits for it.
 */
export function createSearchService(post: (reply: SearchReply) => void, fetchText: FetchText) {
  let index: Promise<SearchIndex> | undefined;
  return async (request: SearchRequest): Promise<void> => {
    if (request.type === 'load') {
      const loading = (index ??= loadIndex(request.url, fetchText));
      try {
        const ready = await loading;
        post({ type: 'ready', documents: ready.docs.length });
      } catch (error) {
        if (index === loading) index = undefined;
        post({ type: 'failed', message: (error as Error).message });
      }
      return;
    }
    try {
      if (!index) throw new Error('The search index is not loaded.');
      const ready = await index;
      post({ type: 'hits', id: request.id, hits: searchIndex(ready, request.query, request.limit) });
    } catch (error) {
      post({ type: 'query-failed', id: request.id, message: (error as Error).message });
    }
  };
}
