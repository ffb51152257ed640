/**
 * The articles loaded so far, as an external store React reads with `useSyncExternalStore`: it asks
 * the loader for files, remembers failures until retried, and bumps its version whenever a file
 * arrives or fails, so hooks derive what they show (the tag index over what is loaded) once per change.
 */
import type {
  ArgumentsShard,
  ArticleData,
  ArticleSuggestions,
  CorpusManifest,
} from '../data/corpus-files.ts';
import type { CorpusLoader } from '../data/corpus-loader.ts';

/** One file's state as the reader sees it. */
export type FileLoad<T> =
  | { status: 'loading' }
  | { status: 'ready'; data: T }
  | { status: 'error'; message: string; retry: () => void };

/** An article's text, blocks and passages, loading, loaded or failed. */
export type ArticleLoad = FileLoad<ArticleData>;

/** The loaded articles and their loading, shared by every hook. */
export interface CorpusStore {
  manifest: CorpusManifest;
  subscribe: (listener: () => void) => () => void;
  /** Changes whenever a file arrives or fails or a retry starts. */
  version: () => number;
  /** Starts fetching what is not there yet (failed files wait for their retry). */
  request: (ids: readonly string[]) => void;
  requestSuggestions: (ids: readonly string[]) => void;
  article: (id: string) => ArticleLoad;
  suggestions: (id: string) => FileLoad<ArticleSuggestions>;
  /** Starts fetching the arguments shard if it is not there (a failure waits for its retry). */
  requestArguments: () => void;
  argumentsShard: () => FileLoad<ArgumentsShard>;
  /** Fetches `ids` (rejecting with the first failure, which names its article). */
  some: (ids: readonly string[]) => Promise<readonly ArticleData[]>;
  /** Every loaded article, in library order (the same array until another arrives). */
  loaded: () => readonly ArticleData[];
}

/** A store over `loader` for `manifest`'s articles. */
export function createCorpusStore(manifest: CorpusManifest, loader: CorpusLoader): CorpusStore {
  const listeners = new Set<() => void>();
  let version = 0;
  const changed = (): void => {
    version++;
    for (const listener of [...listeners]) listener();
  };
  const order = manifest.articles.map((a) => a.meta.id);
  let loadedAt = -1;
  let loadedList: readonly ArticleData[] = [];

  function files<T>(get: (id: string) => Promise<T>, peek: (id: string) => T | undefined) {
    const failed = new Map<string, string>();
    const started = new Set<string>();
    const start = (id: string): void => {
      if (peek(id) !== undefined || started.has(id) || failed.has(id)) return;
      started.add(id);
      get(id).then(
        () => {
          started.delete(id);
          changed();
        },
        (error: unknown) => {
          started.delete(id);
          failed.set(id, error instanceof Error ? error.message : String(error));
          changed();
        },
      );
    };
    const retry = (id: string): void => {
      failed.delete(id);
      start(id);
      changed();
    };
    const state = (id: string): FileLoad<T> => {
      const data = peek(id);
      if (data !== undefined) return { status: 'ready', data };
      const message = failed.get(id);
      return message === undefined
        ? { status: 'loading' }
        : { status: 'error', message, retry: () => retry(id) };
    };
    return { start, state };
  }

  const articles = files(loader.article, loader.peekArticle);
  const suggestions = files(loader.suggestions, loader.peekSuggestions);
  // One shard per corpus: the files helper keyed on one name.
  const argumentsShard = files(
    () => loader.arguments(),
    () => loader.peekArguments(),
  );
  return {
    manifest,
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
    request: (ids) => ids.forEach(articles.start),
    requestSuggestions: (ids) => ids.forEach(suggestions.start),
    article: articles.state,
    some: async (ids) => {
      try {
        return await Promise.all(ids.map(loader.article));
      } finally {
        changed();
      }
    },
    suggestions: suggestions.state,
    requestArguments: () => argumentsShard.start(''),
    argumentsShard: () => argumentsShard.state(''),
    loaded: () => {
      if (loadedAt !== version) {
        const next = order.flatMap((id) => loader.peekArticle(id) ?? []);
        const same = next.length === loadedList.length && next.every((d, i) => d === loadedList[i]);
        if (!same) loadedList = next;
        loadedAt = version;
      }
      return loadedList;
    },
  };
}
