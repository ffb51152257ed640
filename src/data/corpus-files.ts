/**
 * The compiled corpus cut into the files the reader loads on demand: one small manifest (article
 * citation data and counts, the taxonomy; nothing per argument or per passage, so it stays near the
 * same size whatever the corpus's), one file per article (its text, blocks, passages and the slice of
 * the tag layer they take part in), one file per article of its passages' suggestions, and one
 * arguments shard (every argument and contrast, and the passages the disagreements quote) for the
 * arguments views. The build plugin writes them; the loader reads them.
 */
import type { Article, ArticleMeta } from '../model/article.ts';
import type { CorpusSuggestions } from '../model/similarity/corpus-suggestions.ts';
import type { ClaimType, Passage, TagLayer } from '../model/tag-layer.ts';
import type { CompiledCorpus } from './compiled-corpus.ts';
import {
  articleLayer,
  argumentsShardLayer,
  mergeArticleLayers,
  type ArgumentsLayer,
  type ArticleLayer,
  type MergedLayer,
} from './layer-shards.ts';

/**
 * Version of the manifest and per-article file format; the loader refuses any other. 3: an article
 * file's passages carry neither their quote nor their article (`ArticleFile`).
 */
export const CORPUS_FILES_SCHEMA_VERSION = 3;

/** What the library and the arguments index know of an article without its text. */
export interface ArticleSummary {
  meta: ArticleMeta;
  /** Words in body blocks. */
  wordCount: number;
  /** Body paragraphs. */
  paragraphCount: number;
  /** Its curated passages. */
  passageCount: number;
}

/** The first load: article citation data and counts, the taxonomy. */
export interface CorpusManifest {
  schemaVersion: typeof CORPUS_FILES_SCHEMA_VERSION;
  /** In library order. */
  articles: ArticleSummary[];
  taxonomy: ClaimType[];
  /** How many arguments the corpus has (the arguments shard holds them). */
  argumentCount: number;
}

/** One article's file: its text, blocks, curated passages and their part of the tag layer. */
export interface ArticleData {
  schemaVersion: typeof CORPUS_FILES_SCHEMA_VERSION;
  article: Article;
  /** Its curated passages, in the compiled layer's order. */
  passages: Passage[];
  layer: ArticleLayer;
}

/**
 * An article's file as written: its passages without what the file already holds, their `exact` quote
 * (its text from `start` to `end`) and their `article` (the file's), so the first load does not carry
 * each quote twice (5 KiB gzip of the compare view's two files at 1×: a quote further than gzip's 32 KB
 * window from its paragraph is stored again). `articleFile` writes it, `articleFromFile` reads it back.
 */
export interface ArticleFile extends Omit<ArticleData, 'passages'> {
  passages: Omit<Passage, 'exact' | 'article'>[];
}

/** The file written for `data`. */
export function articleFile(data: ArticleData): ArticleFile {
  return {
    ...data,
    passages: data.passages.map(({ exact: _exact, article: _article, ...rest }) => rest),
  };
}

/** The article's data from its file: each passage's quote cut from the text, its article the file's. */
export function articleFromFile(file: ArticleFile): ArticleData {
  const { text, meta } = file.article;
  return {
    ...file,
    passages: file.passages.map((p) => ({ ...p, article: meta.id, exact: text.slice(p.start, p.end) })),
  };
}

/** One article's suggestions file: the suggestions of its curated passages, by passage id. */
export interface ArticleSuggestions {
  schemaVersion: typeof CORPUS_FILES_SCHEMA_VERSION;
  article: string;
  suggestions: CorpusSuggestions;
}

/** The arguments views' file: every argument, contrast and link, and the passages contrasts quote. */
export interface ArgumentsShard {
  schemaVersion: typeof CORPUS_FILES_SCHEMA_VERSION;
  layer: ArgumentsLayer;
}

/** The compiled corpus as its manifest and files, articles in library order. */
export interface SplitCorpus {
  manifest: CorpusManifest;
  articles: ArticleData[];
  suggestions: ArticleSuggestions[];
  arguments: ArgumentsShard;
}

/** Cuts `corpus` into the manifest and its files (nothing is left out; only layer entries repeat across slices). */
export function splitCorpus(corpus: CompiledCorpus): SplitCorpus {
  const { tagLayer } = corpus;
  const passagesOf = new Map<string, Passage[]>();
  for (const p of tagLayer.passages) {
    const list = passagesOf.get(p.article);
    if (list) list.push(p);
    else passagesOf.set(p.article, [p]);
  }
  const articleOf = new Map(tagLayer.passages.map((p) => [p.id, p.article]));
  return {
    manifest: {
      schemaVersion: CORPUS_FILES_SCHEMA_VERSION,
      articles: corpus.articles.map((article) => ({
        meta: article.meta,
        wordCount: article.wordCount,
        paragraphCount: article.blocks.filter((b) => b.paragraphNumber !== undefined).length,
        passageCount: passagesOf.get(article.meta.id)?.length ?? 0,
      })),
      taxonomy: tagLayer.taxonomy,
      argumentCount: tagLayer.arguments.length,
    },
    articles: corpus.articles.map((article) => {
      const passages = passagesOf.get(article.meta.id) ?? [];
      return {
        schemaVersion: CORPUS_FILES_SCHEMA_VERSION,
        article,
        passages,
        layer: articleLayer(tagLayer, passages, articleOf),
      };
    }),
    suggestions: corpus.articles.map((article) => {
      const suggestions: CorpusSuggestions = {};
      for (const p of passagesOf.get(article.meta.id) ?? []) {
        const records = corpus.suggestions[p.id];
        if (records) suggestions[p.id] = records;
      }
      return { schemaVersion: CORPUS_FILES_SCHEMA_VERSION, article: article.meta.id, suggestions };
    }),
    arguments: { schemaVersion: CORPUS_FILES_SCHEMA_VERSION, layer: argumentsShardLayer(tagLayer) },
  };
}

/** The loaded part of the tag layer, with each named passage's article (loaded articles' own included). */
export interface LoadedLayer {
  tagLayer: TagLayer;
  merged: MergedLayer;
}

/** The tag layer of the loaded articles: the manifest's taxonomy, their slices merged, their passages. */
export function loadedTagLayer(manifest: CorpusManifest, loaded: readonly ArticleData[]): LoadedLayer {
  const merged = mergeArticleLayers(loaded.map((d) => d.layer));
  const passageArticles = new Map(merged.passageArticles);
  for (const d of loaded) for (const p of d.passages) passageArticles.set(p.id, p.article);
  return {
    tagLayer: {
      taxonomy: manifest.taxonomy,
      arguments: merged.arguments,
      relations: merged.relations,
      links: merged.links,
      passages: loaded.flatMap((d) => d.passages),
    },
    merged: { ...merged, passageArticles },
  };
}

/**
 * The arguments views' tag layer: the shard's arguments, contrasts, links and quoted passages, with
 * the passages of the articles loaded (the focus view's argument's articles), each passage once.
 */
export function argumentsTagLayer(
  manifest: CorpusManifest,
  shard: ArgumentsShard,
  loaded: readonly ArticleData[],
): TagLayer {
  const passages = loaded.flatMap((d) => d.passages);
  const have = new Set(passages.map((p) => p.id));
  return {
    taxonomy: manifest.taxonomy,
    ...shard.layer,
    passages: [...passages, ...shard.layer.passages.filter((p) => !have.has(p.id))],
  };
}
