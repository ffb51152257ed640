/**
 * Fetches the files of the manifest on demand (per article: text and layer slice, suggestions; the
 * arguments shard), each once: a file being fetched or fetched is shared by every caller; a failure
 * is not kept, so asking again retries. Every file is checked at the entrance (format version, the
 * article it claims to be, the shape and size of its parts) and a failure names the file (the
 * article by title and id, or the arguments shard) and the cause.
 */
// zod's tree-shakable build: this module is on the compare view's first load, and full zod is ~22 KB gzip.
import { z } from 'zod/mini';
import {
  CORPUS_FILES_SCHEMA_VERSION,
  articleFromFile,
  type ArgumentsShard,
  type ArticleData,
  type ArticleFile,
  type ArticleSuggestions,
  type CorpusManifest,
} from './corpus-files.ts';
import { articleLayerSchema, argumentsLayerSchema } from './layer-shard-schema.ts';

/** Where each article's files are: article id → URL. */
export interface CorpusFileUrls {
  articles: Readonly<Record<string, string>>;
  suggestions: Readonly<Record<string, string>>;
  /** The arguments shard. */
  arguments: string;
}

/** Fetches a URL and parses its JSON; rejects on a network failure or an unsuccessful response. */
export type FetchJson = (url: string) => Promise<unknown>;

/** The on-demand article files, cached. */
export interface CorpusLoader {
  /** The article's text, blocks and passages. */
  article: (id: string) => Promise<ArticleData>;
  /** The article's file if it has arrived, else undefined. */
  peekArticle: (id: string) => ArticleData | undefined;
  /** The suggestions of the article's passages. */
  suggestions: (id: string) => Promise<ArticleSuggestions>;
  /** The article's suggestions if they have arrived. */
  peekSuggestions: (id: string) => ArticleSuggestions | undefined;
  /** Every argument, contrast and link, with the passages the contrasts quote. */
  arguments: () => Promise<ArgumentsShard>;
  /** The arguments shard if it has arrived. */
  peekArguments: () => ArgumentsShard | undefined;
}

// The files are written by our own build, so the check is of the envelope and the shape of its parts
// (a stale cached file from another build, or a proxy's error page, fails here and is named).
const envelope = z.looseObject({ schemaVersion: z.number() });
const articleFile = z.object({
  article: z.looseObject({
    meta: z.looseObject({ id: z.string(), title: z.string() }),
    text: z.string(),
    blocks: z.array(z.looseObject({ id: z.string(), text: z.string() })),
  }),
  passages: z.array(
    z.looseObject({ id: z.string(), start: z.number(), end: z.number(), blockId: z.string() }),
  ),
  layer: articleLayerSchema,
});
const argumentsFile = z.object({ layer: argumentsLayerSchema });
/** The one key the arguments shard is cached under (there is one per corpus). */
const ARGUMENTS = 'arguments';
const suggestionsFile = z.object({
  article: z.string(),
  suggestions: z.record(z.string(), z.array(z.unknown())),
});

/** The default `FetchJson`: the browser's fetch, refusing a response that is not 2xx. */
export async function fetchJson(url: string): Promise<unknown> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`HTTP ${response.status} ${response.statusText}`.trim());
  return (await response.json()) as unknown;
}

/** Files already in hand (a test's fixture): peeked and returned without fetching. */
export interface LoadedFiles {
  articles?: readonly ArticleData[];
  suggestions?: readonly ArticleSuggestions[];
  arguments?: ArgumentsShard;
}

/** A loader for `manifest`'s articles at `urls`, fetching with `fetch`; `initial` files need no fetch. */
export function createCorpusLoader(
  manifest: CorpusManifest,
  urls: CorpusFileUrls,
  fetch: FetchJson = fetchJson,
  initial: LoadedFiles = {},
): CorpusLoader {
  const titles = new Map(manifest.articles.map((a) => [a.meta.id, a.meta.title]));
  const name = (id: string): string => {
    const title = titles.get(id);
    return title === undefined ? `“${id}”` : `“${title}” (${id})`;
  };
  const malformed = (error: {
    issues: readonly { path: readonly PropertyKey[]; message: string }[];
  }): Error => {
    const issue = error.issues[0];
    const where = issue && issue.path.length > 0 ? ` at ${issue.path.map(String).join('.')}` : '';
    return new Error(`the file is malformed${where} (${issue?.message ?? ''})`);
  };

  function cached<T>(
    describe: (id: string) => string,
    where: Readonly<Record<string, string>>,
    check: (id: string, value: unknown) => T,
    known: Iterable<readonly [string, T]>,
  ): { get: (id: string) => Promise<T>; peek: (id: string) => T | undefined } {
    const done = new Map<string, T>(known);
    const pending = new Map<string, Promise<T>>();
    const get = (id: string): Promise<T> => {
      const ready = done.get(id);
      if (ready !== undefined) return Promise.resolve(ready);
      const inFlight = pending.get(id);
      if (inFlight) return inFlight;
      const url = where[id];
      const promise = (async () => {
        try {
          if (url === undefined) throw new Error('it is not in this corpus');
          const value = check(id, await fetch(url));
          done.set(id, value);
          return value;
        } catch (error) {
          const cause = error instanceof Error ? error.message : String(error);
          throw new Error(`${describe(id)} could not be loaded: ${cause}`, { cause: error });
        } finally {
          pending.delete(id);
        }
      })();
      pending.set(id, promise);
      return promise;
    };
    return { get, peek: (id) => done.get(id) };
  }

  const versionOf = (value: unknown): void => {
    const parsed = envelope.safeParse(value);
    if (!parsed.success) throw new Error('the file is not a Parallax corpus file');
    if (parsed.data.schemaVersion !== CORPUS_FILES_SCHEMA_VERSION)
      throw new Error(
        `the file has schemaVersion ${parsed.data.schemaVersion}, this reader expects ${CORPUS_FILES_SCHEMA_VERSION}; reload the page`,
      );
  };
  const articles = cached(
    (id) => `The text of ${name(id)}`,
    urls.articles,
    (id, value): ArticleData => {
      versionOf(value);
      const parsed = articleFile.safeParse(value);
      if (!parsed.success) throw malformed(parsed.error);
      if (parsed.data.article.meta.id !== id)
        throw new Error(`the file holds “${parsed.data.article.meta.id}”`);
      return articleFromFile(value as ArticleFile);
    },
    (initial.articles ?? []).map((d) => [d.article.meta.id, d] as const),
  );
  const suggestions = cached(
    (id) => `The suggestions of ${name(id)}`,
    urls.suggestions,
    (id, value): ArticleSuggestions => {
      versionOf(value);
      const parsed = suggestionsFile.safeParse(value);
      if (!parsed.success) throw malformed(parsed.error);
      if (parsed.data.article !== id) throw new Error(`the file holds “${parsed.data.article}”`);
      return value as ArticleSuggestions;
    },
    (initial.suggestions ?? []).map((d) => [d.article, d] as const),
  );
  const argumentsShard = cached(
    () => `The arguments file (${urls.arguments})`,
    { [ARGUMENTS]: urls.arguments },
    (_id, value): ArgumentsShard => {
      versionOf(value);
      const parsed = argumentsFile.safeParse(value);
      if (!parsed.success) throw malformed(parsed.error);
      return value as ArgumentsShard;
    },
    initial.arguments ? [[ARGUMENTS, initial.arguments] as const] : [],
  );
  return {
    arguments: () => argumentsShard.get(ARGUMENTS),
    peekArguments: () => argumentsShard.peek(ARGUMENTS),
    article: articles.get,
    peekArticle: articles.peek,
    suggestions: suggestions.get,
    peekSuggestions: suggestions.peek,
  };
}
