/**
 * Hooks giving state and components the corpus as it loads: the manifest at once, each article's
 * text and passages when asked for (`ArticleLoad`: loading, ready, or a named error with retry), the
 * tag index over the articles loaded so far, and suggestions per article while the layer is on.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ArticleSuggestions, CorpusManifest } from '../data/corpus-files.ts';
import { loadedTagLayer } from '../data/corpus-files.ts';
import { corpusLoader, corpusManifest } from '../data/corpus.ts';
import type { Article } from '../model/article.ts';
import type { CorpusSuggestions } from '../model/similarity/corpus-suggestions.ts';
import { buildTagIndex, type TagIndex } from '../model/tag-index.ts';
import type { TagLayer } from '../model/tag-layer.ts';
import { createCorpusStore, type ArticleLoad, type CorpusStore, type FileLoad } from './corpus-store.ts';

export type { ArticleLoad, FileLoad } from './corpus-store.ts';

let store: CorpusStore | undefined;

/** The one store of loaded articles (made on first use). */
function corpusStore(): CorpusStore {
  store ??= createCorpusStore(corpusManifest(), corpusLoader());
  return store;
}

/** The loaded part of the corpus: what the compare view, search and exports read. */
export interface LoadedCorpus {
  /** Loaded articles, in library order. */
  articles: readonly Article[];
  byId: ReadonlyMap<string, Article>;
  /** The manifest's taxonomy, arguments, relations and links with the loaded articles' passages. */
  tagLayer: TagLayer;
  /** Lookups over the loaded articles (cross-references between loaded passages). */
  index: TagIndex;
}

const derived = new WeakMap<object, LoadedCorpus>();

function loadedCorpus(s: CorpusStore): LoadedCorpus {
  const loaded = s.loaded();
  let corpus = derived.get(loaded);
  if (!corpus) {
    const articles = loaded.map((d) => d.article);
    const tagLayer = loadedTagLayer(s.manifest, loaded);
    corpus = {
      articles,
      byId: new Map(articles.map((a) => [a.meta.id, a])),
      tagLayer,
      index: buildTagIndex(articles, tagLayer),
    };
    derived.set(loaded, corpus);
  }
  return corpus;
}

/** Re-renders when any file arrives or fails. */
function useStoreVersion(): number {
  const s = corpusStore();
  return useSyncExternalStore(s.subscribe, s.version, s.version);
}

/** The manifest: article citation data and counts, taxonomy, arguments, relations, links. */
export function useManifest(): CorpusManifest {
  return corpusStore().manifest;
}

/** Asks for `ids` and gives each one's load (ids not in the manifest end as a named error). */
export function useArticleLoads(ids: readonly string[]): ReadonlyMap<string, ArticleLoad> {
  const s = corpusStore();
  const version = useStoreVersion();
  const key = ids.join('\n');
  useEffect(() => s.request(key === '' ? [] : key.split('\n')), [s, key]);
  return useMemo(
    () => new Map((key === '' ? [] : key.split('\n')).map((id) => [id, s.article(id)])),
    // The version is what changes when a load does.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [s, key, version],
  );
}

/** One article's load. */
export function useArticleData(id: string): ArticleLoad {
  return useArticleLoads([id]).get(id) ?? { status: 'loading' };
}

/** Asks for `ids` and gives what is loaded (of every article asked for so far) and each of `ids`' load. */
export function useLoadedCorpus(
  ids: readonly string[],
): LoadedCorpus & { loads: ReadonlyMap<string, ArticleLoad> } {
  const loads = useArticleLoads(ids);
  useStoreVersion();
  const corpus = loadedCorpus(corpusStore());
  return useMemo(() => ({ ...corpus, loads }), [corpus, loads]);
}

/** Every article with the tag layer, fetched first if need be (for exports and imports, which read them all). */
export async function loadFullCorpus(): Promise<LoadedCorpus> {
  const s = corpusStore();
  await s.all();
  return loadedCorpus(s);
}

/** The tag index over the articles loaded so far. */
export function useTagIndex(): TagIndex {
  useStoreVersion();
  return loadedCorpus(corpusStore()).index;
}

/** Every article, for what needs them all (search, exports and imports): loading until all are in. */
export function useFullCorpus(on = true): {
  status: 'loading' | 'ready' | 'error';
  corpus: LoadedCorpus;
  /** The failed articles' messages, each naming its article. */
  errors: string[];
  retry: () => void;
} {
  const manifest = useManifest();
  const ids = useMemo(() => (on ? manifest.articles.map((a) => a.meta.id) : []), [manifest, on]);
  const { loads } = useLoadedCorpus(ids);
  // The shared object (one per loaded set), so what is keyed on it (the search index) is built once.
  const corpus = loadedCorpus(corpusStore());
  const failed = [...loads.values()].filter((l) => l.status === 'error');
  const status =
    failed.length > 0 ? 'error' : corpus.articles.length === manifest.articles.length ? 'ready' : 'loading';
  return {
    status: on ? status : 'loading',
    corpus,
    errors: failed.map((l) => l.message),
    retry: () => failed.forEach((l) => l.retry()),
  };
}

/** The suggestions of `articleIds`' passages, fetched only while `on` (empty until they arrive). */
export function useArticleSuggestions(
  articleIds: readonly string[],
  on: boolean,
): { suggestions: CorpusSuggestions; loads: ReadonlyMap<string, FileLoad<ArticleSuggestions>> } {
  const s = corpusStore();
  const version = useStoreVersion();
  const key = on ? articleIds.join('\n') : '';
  useEffect(() => s.requestSuggestions(key === '' ? [] : key.split('\n')), [s, key]);
  return useMemo(() => {
    const loads = new Map((key === '' ? [] : key.split('\n')).map((id) => [id, s.suggestions(id)]));
    const suggestions: CorpusSuggestions = {};
    for (const load of loads.values())
      if (load.status === 'ready') Object.assign(suggestions, load.data.suggestions);
    return { suggestions, loads };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [s, key, version]);
}
