/**
 * The suggestion step of a compile with a cache (Node only: the build plugin and the CLI). Three
 * layers, each read back only when its inputs are exactly those it was computed from:
 *   1. the whole result, keyed by everything the engine reads (`suggestionsKey`): nothing changed;
 *   2. each article's analysis (its units' terms and SIF vectors), keyed by its units' texts and the
 *      resources: only changed articles are analysed again;
 *   3. the previous build's state (src/model/similarity/suggestion-reuse.ts): passages whose query
 *      inputs are unchanged take their previous suggestions; the rest are computed.
 * The result is always the one a compile without a cache gives (tests/build/rebuild.test.ts).
 */
import type { Article } from '../model/article.ts';
import type { Passage } from '../model/tag-layer.ts';
import {
  corpusSuggestions,
  incrementalSuggestions,
  type CorpusSuggestions,
} from '../model/similarity/corpus-suggestions.ts';
import type { Token } from '../model/similarity/analyze.ts';
import type {
  SimilarityResources,
  SimilarityUnit,
  UnitAnalysis,
} from '../model/similarity/similarity-index.ts';
import { SUGGESTION_STATE_FORMAT, type SuggestionState } from '../model/similarity/suggestion-reuse.ts';
import { cached, suggestionsKey, type CompileCache } from './compile-cache.ts';
import { sha256 } from './disk-cache.ts';

/** Where the previous build's suggestion state is kept (one slot: each build replaces it). */
const STATE_KEY = JSON.stringify(['suggestion-state']);

/** What the suggestion step computed rather than read back. */
export interface SuggestionWork {
  /** Articles whose units were analysed. */
  analysed: string[];
  /** Passages whose suggestions were computed (all of them without a cache or a usable state). */
  recomputed: string[];
}

/** The corpus's suggestions, computing only what `cache` does not hold (same result as without it). */
export function cachedSuggestions(
  articles: readonly Article[],
  passages: readonly Passage[],
  resources: SimilarityResources,
  files: { wordVectors?: string; vocabulary?: string },
  cache: CompileCache | undefined,
): { suggestions: CorpusSuggestions; work: SuggestionWork } {
  if (!cache) {
    const suggestions = corpusSuggestions(articles, passages, resources);
    return {
      suggestions,
      work: { analysed: articles.map((a) => a.meta.id), recomputed: passages.map((p) => p.id) },
    };
  }
  const work: SuggestionWork = { analysed: [], recomputed: [] };
  const key = suggestionsKey(articles, passages, files.wordVectors, files.vocabulary);
  const suggestions = cached(cache, key, () => {
    const resourcesKey = sha256(JSON.stringify([files.wordVectors ?? null, files.vocabulary ?? null]));
    const result = incrementalSuggestions(articles, passages, resources, {
      previous: readState(cache),
      resourcesKey,
      hash: sha256,
      analysis: (article, units, compute) => {
        const analysisKey = JSON.stringify([
          'analysis',
          resourcesKey,
          article,
          units.map((u) => [u.id, u.text, u.context ?? null]),
        ]);
        const stored = cache.get(analysisKey);
        const read = stored === undefined ? undefined : decodeAnalyses(stored, units);
        if (read) return read;
        work.analysed.push(article);
        const computed = compute();
        cache.set(analysisKey, encodeAnalyses(computed));
        return computed;
      },
    });
    work.recomputed = result.recomputed;
    cache.set(STATE_KEY, JSON.stringify(result.state));
    return result.suggestions;
  });
  return { suggestions, work };
}

/** The previous build's state, or undefined when there is none or it is not one. */
function readState(cache: CompileCache): SuggestionState | undefined {
  const text = cache.get(STATE_KEY);
  if (text === undefined) return undefined;
  try {
    const state = JSON.parse(text) as Partial<SuggestionState> | null;
    return state?.format === SUGGESTION_STATE_FORMAT && Array.isArray(state.units)
      ? (state as SuggestionState)
      : undefined;
  } catch {
    return undefined;
  }
}

/** A token as one string: key, display form and phrase flag, separated by U+0001. */
function encodeToken(t: Token): string {
  return `${t.key}\u0001${t.display}\u0001${t.phrase ? 1 : 0}`;
}

function decodeToken(text: string): Token | undefined {
  const [key, display, phrase] = text.split('\u0001');
  return key === undefined || display === undefined ? undefined : { key, display, phrase: phrase === '1' };
}

/** One article's analyses as JSON: contexts once each, SIF vectors as base64 of their float32 bytes. */
function encodeAnalyses(list: readonly UnitAnalysis[]): string {
  const contexts: string[][] = [];
  const contextAt = new Map<Token[], number>();
  const units = list.map((a) => {
    let at = contextAt.get(a.context);
    if (at === undefined) {
      at = contexts.push(a.context.map(encodeToken)) - 1;
      contextAt.set(a.context, at);
    }
    const sif = a.sif ? Buffer.from(Float32Array.from(a.sif).buffer).toString('base64') : null;
    return [a.tokens.map(encodeToken), at, sif];
  });
  return JSON.stringify({ contexts, units });
}

/** The analyses of `units` read back, or undefined when the text is not what `encodeAnalyses` wrote for them. */
function decodeAnalyses(text: string, units: readonly SimilarityUnit[]): UnitAnalysis[] | undefined {
  try {
    const data = JSON.parse(text) as { contexts: string[][]; units: [string[], number, string | null][] };
    if (data.units.length !== units.length) return undefined;
    // Equal tokens decoded once and shared (as analyzeUnits shares them).
    const shared = new Map<string, Token | undefined>();
    const tokens = (list: string[]) => {
      const out = list.map((text) => {
        if (shared.has(text)) return shared.get(text);
        const t = decodeToken(text);
        shared.set(text, t);
        return t;
      });
      return out.every((t) => t !== undefined) ? (out as Token[]) : undefined;
    };
    const contexts = data.contexts.map(tokens);
    const out: UnitAnalysis[] = [];
    for (const [own, at, sif] of data.units) {
      const mine = tokens(own);
      const context = contexts[at];
      if (!mine || !context) return undefined;
      const bytes = sif === null ? undefined : Buffer.from(sif, 'base64');
      const vector = bytes
        ? Array.from(new Float32Array(bytes.buffer, bytes.byteOffset, bytes.byteLength / 4))
        : undefined;
      out.push({ tokens: mine, context, ...(vector ? { sif: vector } : {}) });
    }
    return out;
  } catch {
    return undefined;
  }
}
