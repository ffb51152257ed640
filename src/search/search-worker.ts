/**
 * The search worker's entry (started by src/state/search-worker-engine.ts as a module worker): wires
 * the search service to the worker's messages. Why a worker: see src/search/search-service.ts.
 */
import { createSearchService, type SearchReply, type SearchRequest } from './search-service.ts';

const handle = createSearchService(
  (reply: SearchReply) => postMessage(reply),
  (url) => fetch(url),
);

addEventListener('message', (event: MessageEvent<SearchRequest>) => {
  void handle(event.data);
});
