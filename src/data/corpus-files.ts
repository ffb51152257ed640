/**
 * The compiled corpus cut into the files the reader loads on demand: one small manifest (article
 * citation data and counts, the taxonomy, the arguments with their passage ids, contrasts and links;
 * no texts and no quotes), one file per article (its text, blocks and passages), and one file per
 * article of its passages' suggestions. The build plugin writes them; the loader reads them.
 */
import type { Article, ArticleMeta } from '../model/article.ts';
import type { CorpusSuggestions } from '../model/similarity/corpus-suggestions.ts';
import type {
  Argument,
  ClaimType,
  ContrastRelation,
  Passage,
  PassageLink,
  TagLayer,
} from '../model/tag-layer.ts';
import type { CompiledCorpus } from './compiled-corpus.ts';

/** Version of the manifest and per-article file format; the loader refuses any other. */
export const CORPUS_FILES_SCHEMA_VERSION = 1;

/** What the library and the arguments index know of an article without its text. */
export interface ArticleSummary {
  meta: ArticleMeta;
  /** Words in body blocks. */
  wordCount: number;
  /** Body paragraphs. */
  paragraphCount: number;
  /** Ids of its curated passages, in reading order (so a passage id names its article). */
  passages: string[];
}

/** The first load: everything but texts, quotes and suggestions. */
export interface CorpusManifest {
  schemaVersion: typeof CORPUS_FILES_SCHEMA_VERSION;
  /** In library order. */
  articles: ArticleSummary[];
  taxonomy: ClaimType[];
  arguments: Argument[];
  relations: ContrastRelation[];
  links: PassageLink[];
}

/** One article's file: its text, blocks and curated passages. */
export interface ArticleData {
  schemaVersion: typeof CORPUS_FILES_SCHEMA_VERSION;
  article: Article;
  /** Its curated passages, in the compiled layer's order. */
  passages: Passage[];
}

/** One article's suggestions file: the suggestions of its curated passages, by passage id. */
export interface ArticleSuggestions {
  schemaVersion: typeof CORPUS_FILES_SCHEMA_VERSION;
  article: string;
  suggestions: CorpusSuggestions;
}

/** The compiled corpus as its manifest and per-article files, articles in library order. */
export interface SplitCorpus {
  manifest: CorpusManifest;
  articles: ArticleData[];
  suggestions: ArticleSuggestions[];
}

/** Cuts `corpus` into the manifest and per-article files (nothing is left out or repeated but ids). */
export function splitCorpus(corpus: CompiledCorpus): SplitCorpus {
  const { tagLayer } = corpus;
  const passagesOf = new Map<string, Passage[]>();
  for (const p of tagLayer.passages) {
    const list = passagesOf.get(p.article);
    if (list) list.push(p);
    else passagesOf.set(p.article, [p]);
  }
  const summaries = corpus.articles.map((article): ArticleSummary => {
    const passages = [...(passagesOf.get(article.meta.id) ?? [])].sort(
      (a, b) => a.start - b.start || b.end - a.end,
    );
    return {
      meta: article.meta,
      wordCount: article.wordCount,
      paragraphCount: article.blocks.filter((b) => b.paragraphNumber !== undefined).length,
      passages: passages.map((p) => p.id),
    };
  });
  return {
    manifest: {
      schemaVersion: CORPUS_FILES_SCHEMA_VERSION,
      articles: summaries,
      taxonomy: tagLayer.taxonomy,
      arguments: tagLayer.arguments,
      relations: tagLayer.relations,
      links: tagLayer.links,
    },
    articles: corpus.articles.map((article) => ({
      schemaVersion: CORPUS_FILES_SCHEMA_VERSION,
      article,
      passages: passagesOf.get(article.meta.id) ?? [],
    })),
    suggestions: corpus.articles.map((article) => {
      const suggestions: CorpusSuggestions = {};
      for (const p of passagesOf.get(article.meta.id) ?? []) {
        const records = corpus.suggestions[p.id];
        if (records) suggestions[p.id] = records;
      }
      return { schemaVersion: CORPUS_FILES_SCHEMA_VERSION, article: article.meta.id, suggestions };
    }),
  };
}

/** Passage id → article id, from the manifest alone. */
export function passageArticles(manifest: CorpusManifest): ReadonlyMap<string, string> {
  return new Map(manifest.articles.flatMap((a) => a.passages.map((p) => [p, a.meta.id] as const)));
}

/** The tag layer of the loaded articles: the manifest's taxonomy, arguments and relations, their passages. */
export function loadedTagLayer(manifest: CorpusManifest, loaded: readonly ArticleData[]): TagLayer {
  return {
    taxonomy: manifest.taxonomy,
    arguments: manifest.arguments,
    relations: manifest.relations,
    links: manifest.links,
    passages: loaded.flatMap((d) => d.passages),
  };
}

/**
 * The articles holding what `passageId` is linked to (its arguments' articles, its explicit links'
 * and contrasts' other ends, with a contrasted argument's articles), from the manifest alone: what
 * the selection's panel needs loaded to list its cross-references. Its own article comes first.
 */
export function linkedArticleIds(
  manifest: CorpusManifest,
  articleOf: ReadonlyMap<string, string>,
  passageId: string,
): string[] {
  const own = articleOf.get(passageId);
  if (own === undefined) return [];
  const args = new Map(manifest.arguments.map((a) => [a.id, a]));
  const mine = new Set(manifest.arguments.filter((a) => a.passages.includes(passageId)).map((a) => a.id));
  const out = new Set([own]);
  const addEnd = (end: { argument: string } | { passage: string }): void => {
    if ('passage' in end) {
      const article = articleOf.get(end.passage);
      if (article !== undefined) out.add(article);
    } else for (const article of args.get(end.argument)?.articles ?? []) out.add(article);
  };
  const touches = (end: { argument: string } | { passage: string }): boolean =>
    'passage' in end ? end.passage === passageId : mine.has(end.argument);
  for (const id of mine) for (const article of args.get(id)?.articles ?? []) out.add(article);
  for (const link of manifest.links) {
    if (link.source === passageId) addEnd({ passage: link.target });
    if (link.target === passageId) addEnd({ passage: link.source });
  }
  for (const relation of manifest.relations) {
    if (touches(relation.source)) addEnd(relation.target);
    if (touches(relation.target)) addEnd(relation.source);
  }
  return [...out];
}
