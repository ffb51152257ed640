/**
 * The search engine of the reader: requests to the search service over a port (a Web Worker in the
 * reader, src/state/search-worker-port.ts), replies routed back to their promises. The port is started
 * on the first load, so nothing of search runs or downloads before the reader asks for it; if it
 * stops, every open request fails and the next request starts a new one (loading the index again).
 */
import type { SearchHit } from '../search/search-index.ts';
import type { SearchCoverage, SearchReply, SearchRequest } from '../search/search-service.ts';
import type { SearchEngine } from './search-client.ts';

/** Where requests go and replies come from. */
export interface SearchPort {
  post: (request: SearchRequest) => void;
  /** Calls `onReply` with each reply, and `onStop` if the other side stops (its script failed). */
  listen: (onReply: (reply: SearchReply) => void, onStop: (message: string) => void) => void;
  terminate: () => void;
}

interface Waiting<T> {
  resolve: (value: T) => void;
  reject: (error: Error) => void;
}

/** A search engine over ports from `start`, loading the index at `indexUrl()`. */
export function portSearchEngine(start: () => SearchPort, indexUrl: () => string): SearchEngine {
  let port: SearchPort | undefined;
  let loading: (Waiting<void> & { progress?: (coverage: SearchCoverage) => void }) | undefined;
  const queries = new Map<number, Waiting<SearchHit[]>>();
  let nextId = 0;
  let loadedFrom: string | undefined;

  const stop = (message: string): void => {
    const error = new Error(message);
    loading?.reject(error);
    loading = undefined;
    for (const q of queries.values()) q.reject(error);
    queries.clear();
    port?.terminate();
    port = undefined;
  };
  const onReply = (reply: SearchReply): void => {
    if (reply.type === 'progress') {
      loading?.progress?.({ loaded: reply.loaded, total: reply.total });
      return;
    }
    if (reply.type === 'ready' || reply.type === 'failed') {
      if (reply.type === 'ready') loading?.resolve();
      else loading?.reject(new Error(reply.message));
      loading = undefined;
      return;
    }
    const q = queries.get(reply.id);
    queries.delete(reply.id);
    if (reply.type === 'hits') q?.resolve(reply.hits);
    else q?.reject(new Error(reply.message));
  };
  const send = (request: SearchRequest): void => {
    if (!port) {
      port = start();
      port.listen(onReply, stop);
      // A port started again after a stop loads the index before answering queries.
      if (request.type === 'query' && loadedFrom !== undefined) port.post({ type: 'load', url: loadedFrom });
    }
    port.post(request);
  };

  return {
    load: (progress, first) =>
      new Promise<void>((resolve, reject) => {
        loading = { resolve, reject, ...(progress ? { progress } : {}) };
        loadedFrom = indexUrl();
        send({ type: 'load', url: loadedFrom, ...(first?.length ? { first } : {}) });
      }),
    query: (query, limit) =>
      new Promise<SearchHit[]>((resolve, reject) => {
        const id = ++nextId;
        queries.set(id, { resolve, reject });
        send({ type: 'query', id, query, limit });
      }),
  };
}
