/**
 * Hooks giving state and components the corpus as it loads: the manifest at once, each article's
 * text, passages and layer slice when asked for (`ArticleLoad`: loading, ready, or a named error
 * with retry), the tag index over the articles loaded so far, suggestions per article while the
 * layer is on, and the arguments shard for the views listing every argument.
 */
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import type { ArgumentsShard, ArticleSuggestions, CorpusManifest } from '../data/corpus-files.ts';
import { argumentsTagLayer, loadedTagLayer } from '../data/corpus-files.ts';
import type { MergedLayer } from '../data/layer-shards.ts';
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
  /** The manifest's taxonomy, the loaded articles' passages and their layer slices merged. */
  tagLayer: TagLayer;
  /** The merged slices with the article of every passage they or the loaded articles name. */
  layer: MergedLayer;
  /** Lookups over the loaded articles (cross-references between loaded passages). */
  index: TagIndex;
}

const derived = new WeakMap<object, LoadedCorpus>();

function loadedCorpus(s: CorpusStore): LoadedCorpus {
  const loaded = s.loaded();
  let corpus = derived.get(loaded);
  if (!corpus) {
    const articles = loaded.map((d) => d.article);
    const { tagLayer, merged } = loadedTagLayer(s.manifest, loaded);
    corpus = {
      articles,
      byId: new Map(articles.map((a) => [a.meta.id, a])),
      tagLayer,
      layer: merged,
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

/** The manifest: article citation data and counts, taxonomy. */
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

/**
 * Every article with the tag layer (the arguments shard's arguments, contrasts and links), fetched
 * first if need be: for what reads any article (an import, whose annotations may target any text).
 */
export async function loadFullCorpus(): Promise<LoadedCorpus> {
  return loadCorpusFor(
    corpusStore().manifest.articles.map((a) => a.meta.id),
    [],
  );
}

/**
 * The articles `articleIds`, those holding `passageIds`, and the arguments shard, fetched first if
 * need be (rejecting with the first failure, which names its file): what an export of annotations
 * in those articles and linked to those passages reads. A passage is found through the loaded
 * articles' layer slices; one they do not name means fetching every article, since only its own
 * article's file says where it is.
 */
export async function loadCorpusFor(
  articleIds: readonly string[],
  passageIds: readonly string[],
): Promise<LoadedCorpus> {
  const s = corpusStore();
  const loader = corpusLoader();
  const [shard] = await Promise.all([loader.arguments(), s.some(articleIds)]);
  let known = loadedCorpus(s).layer.passageArticles;
  const near = passageIds.flatMap((id) => known.get(id) ?? []);
  await s.some(near);
  known = loadedCorpus(s).layer.passageArticles;
  if (passageIds.some((id) => !known.has(id))) await s.some(s.manifest.articles.map((a) => a.meta.id));
  const corpus = loadedCorpus(s);
  return {
    ...corpus,
    tagLayer: {
      ...corpus.tagLayer,
      arguments: shard.layer.arguments,
      relations: shard.layer.relations,
      links: shard.layer.links,
    },
  };
}

/** The tag index over the articles loaded so far. */
export function useTagIndex(): TagIndex {
  useStoreVersion();
  return loadedCorpus(corpusStore()).index;
}

/** The arguments shard, fetched once `on` (loading, ready, or a named error with retry). */
export function useArgumentsShard(on = true): FileLoad<ArgumentsShard> {
  const s = corpusStore();
  useStoreVersion();
  useEffect(() => {
    if (on) s.requestArguments();
  }, [s, on]);
  return s.argumentsShard();
}

/**
 * The arguments views' tag layer: every argument, contrast and link and the passages the contrasts
 * quote (the arguments shard), with the passages of `articleIds` (fetched); undefined until the shard
 * has arrived. `load` is the shard's own state (a named error with retry when it failed).
 */
export function useArgumentsLayer(articleIds: readonly string[] = NO_IDS): {
  load: FileLoad<ArgumentsShard>;
  tagLayer: TagLayer | undefined;
  loads: ReadonlyMap<string, ArticleLoad>;
} {
  const manifest = useManifest();
  const load = useArgumentsShard();
  const { loads } = useLoadedCorpus(articleIds);
  const loaded = corpusStore().loaded();
  const shard = load.status === 'ready' ? load.data : undefined;
  const tagLayer = useMemo(
    () => (shard ? argumentsTagLayer(manifest, shard, loaded) : undefined),
    [manifest, shard, loaded],
  );
  return { load, tagLayer, loads };
}

const NO_IDS: readonly string[] = [];

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
