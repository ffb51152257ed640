/**
 * What the reader needs to suggest arguments in the annotation editor (src/model/similarity/
 * argument-recommender.ts), as its own small file the build emits and the editor loads on first use:
 * the argument statements, the curated passages with their arguments, the paragraphs around them
 * (each once; passages point to them by number) and the corpus vocabulary as data. It is kept apart
 * from the articles so the first paint never pays for it, and it holds no article but these texts.
 */
import type { Argument, Passage } from '../model/tag-layer.ts';
import type { Article } from '../model/article.ts';
import {
  buildArgumentRecommender,
  DEFAULT_RECOMMENDER_OPTIONS,
  type ArgumentRecommender,
  type RecommendableArgument,
  type RecommenderPassage,
} from '../model/similarity/argument-recommender.ts';
import { compileVocabulary, type Vocabulary } from '../model/similarity/vocabulary.ts';

/** Current version of the recommender data format. */
export const RECOMMENDER_DATA_VERSION = 2;

/** The recommender's data file. */
export interface RecommenderData {
  schemaVersion: typeof RECOMMENDER_DATA_VERSION;
  /** The corpus vocabulary (annotations/vocabulary.json) as data; absent when the corpus has none. */
  vocabulary?: Vocabulary;
  arguments: RecommendableArgument[];
  /** Curated passages that make an argument; `context` indexes `contexts`. */
  passages: { id: string; article: string; text: string; arguments: string[]; context?: number }[];
  /** Texts of the paragraphs holding those passages, each once. */
  contexts: string[];
}

/**
 * The data file for a compiled tag layer and its articles (passages without arguments left out); the
 * paragraphs only when the recommender's settings count them (today they do not: see
 * DEFAULT_RECOMMENDER_OPTIONS), so the file holds no text it does not use.
 */
export function recommenderData(
  articles: readonly Article[],
  layer: { arguments: readonly Argument[]; passages: readonly Passage[] },
  vocabulary?: Vocabulary,
): RecommenderData {
  const blocks = new Map(articles.flatMap((a) => a.blocks.map((b) => [b.id, b.text] as const)));
  const contexts: string[] = [];
  const contextOf = new Map<string, number>();
  const withContext = DEFAULT_RECOMMENDER_OPTIONS.contextWeight > 0;
  const passages = layer.passages
    .filter((p) => p.arguments.length > 0)
    .map((p) => {
      let at = contextOf.get(p.blockId);
      const text = blocks.get(p.blockId);
      if (withContext && at === undefined && text !== undefined) {
        at = contexts.push(text) - 1;
        contextOf.set(p.blockId, at);
      }
      return {
        id: p.id,
        article: p.article,
        text: p.exact,
        arguments: [...p.arguments],
        ...(at === undefined ? {} : { context: at }),
      };
    });
  return {
    schemaVersion: RECOMMENDER_DATA_VERSION,
    ...(vocabulary ? { vocabulary } : {}),
    arguments: layer.arguments.map((a) => ({ id: a.id, statement: a.statement })),
    passages,
    contexts,
  };
}

/** The data's passages as the recommender takes them, each with its paragraph's text. */
export function recommenderPassages(data: RecommenderData): RecommenderPassage[] {
  return data.passages.map((p) => {
    const context = p.context === undefined ? undefined : data.contexts[p.context];
    return {
      id: p.id,
      article: p.article,
      text: p.text,
      arguments: p.arguments,
      ...(context === undefined ? {} : { context }),
    };
  });
}

/** The recommender over the data, with its vocabulary compiled (the default settings). */
export function recommenderFromData(data: RecommenderData): ArgumentRecommender {
  const vocabulary = data.vocabulary ? compileVocabulary(data.vocabulary) : undefined;
  return buildArgumentRecommender(data.arguments, recommenderPassages(data), {}, vocabulary);
}
