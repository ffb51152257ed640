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
 *
 * `incrementalSuggestions` is the same computation for a build that kept its previous run: each
 * article's analysis is asked of the caller (who may have kept it), and the passages whose inputs
 * are unchanged take their previous suggestions (suggestion-reuse.ts); the result is identical.
 */
import { isNonBodyKind, type Article } from '../article.ts';
import type { Passage } from '../tag-layer.ts';
import {
  reusable,
  suggestionState,
  termHashes,
  unitSignatures,
  type HashText,
  SUGGESTION_STATE_FORMAT,
  type SuggestionState,
} from './suggestion-reuse.ts';
import {
  analyzeUnits,
  buildSimilarityIndex,
  type SimilarityIndex,
  type UnitAnalysis,
  type SimilarityResources,
  type SimilarityUnit,
} from './similarity-index.ts';
import { suggest, type SuggestOptions } from './similarity-query.ts';

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
  const { units, spans } = suggestionUnits(articles, passages);
  const index = buildSimilarityIndex(units, {}, resources);
  return suggestFor(index, passages, spans, options, () => false, {});
}

/** What `incrementalSuggestions` needs beyond the corpus. */
export interface IncrementalInput {
  /** The previous build's state (suggestion-reuse.ts), if kept. */
  previous?: SuggestionState;
  /** Names the resources (vocabulary, word vectors) and anything else the caller knows changes every score. */
  resourcesKey: string;
  hash: HashText;
  /** One article's units analysed (`compute`), or what the caller kept of the same units before. */
  analysis: (
    article: string,
    units: readonly SimilarityUnit[],
    compute: () => UnitAnalysis[],
  ) => UnitAnalysis[];
}

/** What `incrementalSuggestions` did: its result, the state for the next build, and what it recomputed. */
export interface IncrementalResult {
  suggestions: CorpusSuggestions;
  state: SuggestionState;
  /** Passages whose suggestions were computed (the others were reused). */
  recomputed: string[];
}

/** `corpusSuggestions`, reusing what the previous build computed from unchanged inputs (same result). */
export function incrementalSuggestions(
  articles: readonly Article[],
  passages: readonly Pick<Passage, 'id' | 'article' | 'exact' | 'blockId'>[],
  resources: SimilarityResources,
  input: IncrementalInput,
  options: CorpusSuggestionOptions = {},
): IncrementalResult {
  const { units, spans } = suggestionUnits(articles, passages);
  const byArticle = new Map<string, SimilarityUnit[]>();
  for (const unit of units) {
    const list = byArticle.get(unit.article);
    if (list) list.push(unit);
    else byArticle.set(unit.article, [unit]);
  }
  const analysed = new Map<string, UnitAnalysis[]>();
  for (const [article, list] of byArticle)
    analysed.set(
      article,
      input.analysis(article, list, () => analyzeUnits(list, {}, resources)),
    );
  const next = new Map<string, number>();
  const analyses = units.map((unit) => {
    const at = next.get(unit.article) ?? 0;
    next.set(unit.article, at + 1);
    const found = analysed.get(unit.article)?.[at];
    if (!found) throw new Error(`no analysis of similarity unit "${unit.id}"`);
    return found;
  });
  const index = buildSimilarityIndex(units, {}, resources, analyses);
  const global = input.hash(JSON.stringify([index.options, options, input.resourcesKey, units.length]));
  const unitKey = (u: number) => {
    const unit = units[u];
    const span = unit ? spans.get(unit.id) : undefined;
    return JSON.stringify([unit?.id, unit?.article, span?.start ?? null, span?.end ?? null]);
  };
  const current = {
    global,
    units: units.map((_, u) => unitKey(u)),
    signatures: unitSignatures(index, input.hash),
    terms: termHashes(index, input.hash),
  };
  const reuse = reusable(
    input.previous,
    index,
    current,
    passages.map((p) => p.id),
  );
  const recomputed: string[] = [];
  const suggestions = suggestFor(
    index,
    passages,
    spans,
    options,
    (id) => {
      if (reuse.passages.has(id)) return true;
      recomputed.push(id);
      return false;
    },
    input.previous?.suggestions ?? {},
  );
  const state = suggestionState(index, global, unitKey, current, suggestions, {
    state: input.previous ?? emptyState(),
    queryReusable: reuse.queryReusable,
  });
  return { suggestions, state, recomputed };
}

function emptyState(): SuggestionState {
  return {
    format: SUGGESTION_STATE_FORMAT,
    global: '',
    units: [],
    signatures: [],
    terms: {},
    rescored: [],
    scored: [],
    suggestions: {},
  };
}

/** The units of the index: curated passages (with their paragraph), then uncurated articles' sentences. */
function suggestionUnits(
  articles: readonly Article[],
  passages: readonly Pick<Passage, 'id' | 'article' | 'exact' | 'blockId'>[],
): { units: SimilarityUnit[]; spans: Map<string, SuggestedSpan> } {
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
  return { units, spans };
}

/** Each passage's suggestions: `reuse(id)` takes them from `previous`, otherwise they are computed on `index`. */
function suggestFor(
  index: SimilarityIndex,
  passages: readonly Pick<Passage, 'id'>[],
  spans: ReadonlyMap<string, SuggestedSpan>,
  options: CorpusSuggestionOptions,
  reuse: (id: string) => boolean,
  previous: CorpusSuggestions,
): CorpusSuggestions {
  const out: CorpusSuggestions = {};
  for (const p of passages) {
    const kept = previous[p.id];
    if (reuse(p.id) && kept) {
      out[p.id] = kept;
      continue;
    }
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
