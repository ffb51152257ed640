/**
 * What runs in the search worker (src/search/search-worker.ts): fetches the search manifest, then
 * streams the shards into the index (a few at a time, each checked and appended as it arrives,
 * progress posted), and answers queries over what has arrived, saying how much that is. Kept apart
 * from the worker's wiring so it runs in unit tests with any `fetch`.
 *
 * Why a worker: at 100× the index is tens of megabytes; parsing it, decoding the postings and
 * building the typo lookup would hold the page's thread for seconds, and a broad query's posting walk
 * costs more than a frame (see ARCHITECTURE.md, Search). In the worker neither blocks a keystroke.
 * Why shards: the first results come after the manifest and the first shards instead of after the
 * whole index (9.7 MB gzip at 100×), and each article's shard is cached by the build and the browser.
 */
import { checkSearchManifest, checkSearchShard } from '../data/search-index-data.ts';
import {
  addSearchShard,
  createSearchIndex,
  searchIndex,
  type SearchHit,
  type SearchIndex,
} from './search-index.ts';

/** Shards fetched at once: enough to keep the connection busy, few enough that the first ones arrive soon. */
const PARALLEL_SHARDS = 4;

/**
 * A message to the worker: load the index whose manifest is at `url` (again, after a failure), the
 * shards of the articles in `first` before the others; or run a query.
 */
export type SearchRequest =
  | { type: 'load'; url: string; first?: readonly string[] }
  | { type: 'query'; id: number; query: string; limit: number };

/** How much of the index a query searched: shards loaded, of all. */
export interface SearchCoverage {
  loaded: number;
  total: number;
}

/** A message from the worker: shards arriving, the index complete, a failure, or a query's hits. */
export type SearchReply =
  | ({ type: 'progress' } & SearchCoverage)
  | { type: 'ready'; documents: number }
  | { type: 'failed'; message: string }
  | { type: 'hits'; id: number; hits: SearchHit[]; coverage: SearchCoverage }
  | { type: 'query-failed'; id: number; message: string };

/** A shard as the manifest names it: its URL and its group's key (an article id, or `_arguments`). */
type ShardRef = { url: string; key: string };

/**
 * The shards' URLs in the order to fetch them: those whose key is in `first` (the articles the
 * reader has open), in that order, then the rest in the manifest's order. So the first results come
 * from what the reader is reading; every query still ranks with the whole corpus's statistics, and
 * equal scores are ordered by arrival, which parallel fetching never fixed anyway.
 */
export function fetchOrder(shards: readonly ShardRef[], first: readonly string[]): string[] {
  const rank = new Map(first.map((key, i) => [key, i]));
  return shards
    .map((shard, i) => ({ url: shard.url, order: rank.get(shard.key) ?? first.length + i }))
    .sort((a, b) => a.order - b.order)
    .map((s) => s.url);
}

/** The fetch the service uses (the worker's own, or a stand-in in tests). */
export type FetchText = (
  url: string,
) => Promise<{ ok: boolean; status: number; text: () => Promise<string> }>;

async function fetchJson(url: string, what: string, fetchText: FetchText): Promise<unknown> {
  let response;
  try {
    response = await fetchText(url);
  } catch (error) {
    throw new Error(`The ${what} ${url} could not be fetched (${(error as Error).message}).`, {
      cause: error,
    });
  }
  if (!response.ok) throw new Error(`The ${what} ${url} could not be fetched (HTTP ${response.status}).`);
  const text = await response.text();
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new Error(`${url}: the ${what} is not valid JSON (${(error as Error).message}).`, {
      cause: error,
    });
  }
}

/**
 * Returns the handler for the worker's messages: `post` sends a reply. A load fetches the manifest
 * (once) and every shard not yet in (so "Try again" after a failed shard fetches only what is
 * missing); a query waits for the manifest, then ranks the shards in so far.
 */
export function createSearchService(post: (reply: SearchReply) => void, fetchText: FetchText) {
  let loaded: { url: string; state: Promise<{ index: SearchIndex; shards: ShardRef[] }> } | undefined;
  /** Shard URLs appended to the index, or on their way. */
  const taken = new Set<string>();

  const openManifest = async (url: string): Promise<{ index: SearchIndex; shards: ShardRef[] }> => {
    const manifest = checkSearchManifest(await fetchJson(url, 'search index', fetchText), url);
    return { index: createSearchIndex(manifest), shards: manifest.shards };
  };

  const loadShards = async (index: SearchIndex, manifestUrl: string, shards: string[]): Promise<void> => {
    const queue = shards.filter((u) => !taken.has(u));
    let failure: Error | undefined;
    const fetchSome = async (): Promise<void> => {
      for (let url = queue.shift(); url !== undefined && !failure; url = queue.shift()) {
        taken.add(url);
        // Shard URLs are relative to the manifest's (a worker resolves against its own script).
        const href = new URL(url, manifestUrl).href;
        try {
          addSearchShard(
            index,
            checkSearchShard(await fetchJson(href, 'search index part', fetchText), href),
          );
        } catch (error) {
          taken.delete(url);
          failure ??= error as Error;
          return;
        }
        post({ type: 'progress', ...index.shards });
      }
    };
    await Promise.all(Array.from({ length: PARALLEL_SHARDS }, fetchSome));
    if (failure) throw failure;
  };

  return async (request: SearchRequest): Promise<void> => {
    if (request.type === 'load') {
      if (loaded?.url !== request.url) {
        loaded = { url: request.url, state: openManifest(request.url) };
        taken.clear();
      }
      const current = loaded;
      try {
        const { index, shards } = await current.state;
        post({ type: 'progress', ...index.shards });
        await loadShards(index, current.url, fetchOrder(shards, request.first ?? []));
        post({ type: 'ready', documents: index.docs.length });
      } catch (error) {
        // A manifest that failed is fetched again next time; shards that arrived are kept.
        if (
          loaded === current &&
          !(await current.state.then(
            () => true,
            () => false,
          ))
        )
          loaded = undefined;
        post({ type: 'failed', message: (error as Error).message });
      }
      return;
    }
    try {
      if (!loaded) throw new Error('The search index is not loaded.');
      const { index } = await loaded.state;
      post({
        type: 'hits',
        id: request.id,
        hits: searchIndex(index, request.query, request.limit),
        coverage: { ...index.shards },
      });
    } catch (error) {
      post({ type: 'query-failed', id: request.id, message: (error as Error).message });
    }
  };
}
