/**
 * The suggestions the build adds to the compiled corpus: for each curated passage, the passages of
 * other articles that most likely make the same argument.
 *
 * Steps:
 *   1. Targets: the curated passages (each with its paragraph as context); an article without curated
 *      passages contributes its body sentences instead (each with its block as context).
 *   2. One similarity index over all of them (with the corpus vocabulary and word vectors when given),
 *      read only from the texts: never from the curated arguments or links.
 *   3. For each curated passage, `suggest` its best targets in other articles (default at most 3 per
 *      article and 10 in all), each kept as a record: target passage id (or the sentence's place),
 *      score rounded to three decimals, rank, and the shared terms in display form; a suggestion
 *      sharing only function words explains nothing and is left out (the rest are ranked 1, 2, …).
 * One index build and one bounded query per passage: linear in the corpus.
 */
import { isNonBodyKind, type Article } from '../article.ts';
import type { Passage } from '../tag-layer.ts';
import {
  buildSimilarityIndex,
  suggest,
  type SimilarityResources,
  type SimilarityUnit,
  type SuggestOptions,
} from './similarity-index.ts';

/** A suggested target that is not a curated passage: a span of an article's text. */
export interface SuggestedSpan {
  article: string;
  /** UTF-16 offsets into the article text. */
  start: number;
  end: number;
}

/** One suggestion for a curated passage. */
export interface SuggestionRecord {
  /** The suggested curated passage's id, or the span of the suggested sentence. */
  target: string | SuggestedSpan;
  /** Similarity, 0..1 (three decimals). */
  score: number;
  /** 1-based rank among the source passage's suggestions. */
  rank: number;
  /** The shared terms that weigh most, in display form ("Article 51", "self-defense"). */
  sharedTerms: string[];
}

/** Suggestions per curated passage id, best first. */
export type CorpusSuggestions = Record<string, SuggestionRecord[]>;

/** Limits of `corpusSuggestions` (defaults: 3 per other article, 10 in all, 4 shared terms). */
export type CorpusSuggestionOptions = Pick<SuggestOptions, 'perArticle' | 'limit' | 'sharedTerms'>;

/** Suggestions for every curated passage (see the steps above). */
export function corpusSuggestions(
  articles: readonly Article[],
  passages: readonly Pick<Passage, 'id' | 'article' | 'exact' | 'blockId'>[],
  resources: SimilarityResources = {},
  options: CorpusSuggestionOptions = {},
): CorpusSuggestions {
  const blockText = new Map(articles.flatMap((a) => a.blocks.map((b) => [b.id, b.text] as const)));
  const curatedArticles = new Set(passages.map((p) => p.article));
  const spans = new Map<string, SuggestedSpan>();
  const units: SimilarityUnit[] = passages.map((p) => ({
    id: p.id,
    article: p.article,
    text: p.exact,
    context: blockText.get(p.blockId),
  }));
  for (const article of articles) {
    if (curatedArticles.has(article.meta.id)) continue;
    for (const block of article.blocks) {
      if (isNonBodyKind(block.kind)) continue;
      for (const s of block.sentences) {
        const id = `sentence:${s.id}`;
        spans.set(id, { article: article.meta.id, start: s.start, end: s.end });
        units.push({
          id,
          article: article.meta.id,
          text: article.text.slice(s.start, s.end),
          context: block.text,
        });
      }
    }
  }
  const index = buildSimilarityIndex(units, {}, resources);
  const out: CorpusSuggestions = {};
  for (const p of passages) {
    out[p.id] = suggest(index, p.id, {
      perArticle: options.perArticle ?? 3,
      limit: options.limit ?? 10,
      sharedTerms: options.sharedTerms ?? 4,
    })
      .filter((s) => s.sharedTerms.length > 0)
      .map((s, k) => ({
        target: spans.get(s.target) ?? s.target,
        score: Math.round(s.score * 1000) / 1000,
        rank: k + 1,
        sharedTerms: s.sharedTerms,
      }));
  }
  return out;
}
