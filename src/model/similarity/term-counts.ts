/**
 * The counting half of the similarity index's build (similarity-index.ts): each unit's term
 * frequencies, the terms' numbers and display forms, and the impact-ordered postings, in typed arrays.
 *
 * Passages of one paragraph share their context, and the analyses share one token array per context:
 * each distinct context is folded once into its (term, display form) pairs with their counts, in
 * order of first occurrence, so a unit costs its own tokens plus its context's distinct pairs rather
 * than every context token again (at 100× a paragraph's ~150 tokens were walked once per passage).
 * Everything comes out as the token-by-token walk gave it: terms numbered in order of first
 * occurrence, display forms counted and first seen in the same order, and each frequency summed in
 * the same order (own tokens' 1s, then the context's `contextWeight`s one by one), so the same bits.
 */
import type { Token } from './analyze.ts';

/** One unit's terms: term numbers ascending and their frequencies (context terms at `contextWeight`). */
export interface TermCounts {
  ids: Int32Array;
  tf: Float64Array;
}

/** The terms of all units: numbers, display-form counts, phrase flags, and each unit's counts. */
export interface CountedTerms {
  /** Term key → term number (in order of first occurrence). */
  termIds: Map<string, number>;
  /** Term number → display form → occurrences (forms in order of first occurrence). */
  displayCounts: Map<string, number>[];
  /** Term number → whether its first occurrence was a multi-word term or name. */
  isPhrase: boolean[];
  counts: TermCounts[];
  /** Unit → its length: own tokens plus `contextWeight` × context tokens. */
  lengths: number[];
}

/** A context's distinct (term, display form) pairs in order of first occurrence, with their counts. */
interface FoldedContext {
  ids: number[];
  displays: string[];
  counts: number[];
}

/** Counts the terms of each unit's analysis (own tokens at 1, context tokens at `contextWeight`). */
export function countTerms(
  analyses: readonly { tokens: readonly Token[]; context: readonly Token[] }[],
  contextWeight: number,
): CountedTerms {
  const termIds = new Map<string, number>();
  const displayCounts: Map<string, number>[] = [];
  const isPhrase: boolean[] = [];
  // Scratch per term number: the unit's frequency so far, and the last unit that touched it.
  const tfOf: number[] = [];
  const lastUnit: number[] = [];
  const termOf = (t: Token): number => {
    let id = termIds.get(t.key);
    if (id === undefined) {
      id = termIds.size;
      termIds.set(t.key, id);
      displayCounts.push(new Map());
      isPhrase.push(t.phrase);
      tfOf.push(0);
      lastUnit.push(-1);
    }
    return id;
  };
  const folded = new Map<readonly Token[], FoldedContext>();
  const fold = (context: readonly Token[]): FoldedContext => {
    let f = folded.get(context);
    if (f) return f;
    f = { ids: [], displays: [], counts: [] };
    const at = new Map<string, number>();
    for (const t of context) {
      const id = termOf(t);
      const pair = `${id}\u0001${t.display}`;
      const k = at.get(pair);
      if (k === undefined) {
        at.set(pair, f.ids.length);
        f.ids.push(id);
        f.displays.push(t.display);
        f.counts.push(1);
      } else f.counts[k] = (f.counts[k] ?? 0) + 1;
    }
    folded.set(context, f);
    return f;
  };
  const counts: TermCounts[] = [];
  const lengths: number[] = [];
  const touched: number[] = [];
  analyses.forEach(({ tokens, context }, unit) => {
    touched.length = 0;
    const touch = (id: number, display: string, occurrences: number) => {
      const dc = displayCounts[id];
      if (dc) dc.set(display, (dc.get(display) ?? 0) + occurrences);
      if (lastUnit[id] !== unit) {
        lastUnit[id] = unit;
        touched.push(id);
      }
    };
    for (const t of tokens) {
      const id = termOf(t);
      touch(id, t.display, 1);
      tfOf[id] = (tfOf[id] ?? 0) + 1;
    }
    const f = context.length > 0 ? fold(context) : undefined;
    for (let k = 0; f && k < f.ids.length; k++) {
      const id = f.ids[k] ?? 0;
      const occurrences = f.counts[k] ?? 0;
      touch(id, f.displays[k] ?? '', occurrences);
      // One addition per occurrence, as the token walk summed them (not occurrences × weight).
      let x = tfOf[id] ?? 0;
      for (let c = 0; c < occurrences; c++) x += contextWeight;
      tfOf[id] = x;
    }
    const ids = Int32Array.from(touched).sort();
    counts.push({ ids, tf: Float64Array.from(ids, (id) => tfOf[id] ?? 0) });
    for (const id of ids) tfOf[id] = 0;
    lengths.push(tokens.length + contextWeight * context.length);
  });
  return { termIds, displayCounts, isPhrase, counts, lengths };
}

/** Each term's postings: the units holding it, highest weight first (ties: lower unit first), at most `max`. */
export function impactPostings(
  vectors: readonly { terms: Int32Array; weights: Float64Array }[],
  termCount: number,
  max: number,
): { postings: Int32Array[]; postingWeights: Float64Array[] } {
  // All (term, unit, weight) entries grouped by term, units ascending within a term.
  const offsets = new Int32Array(termCount + 1);
  for (const v of vectors) for (const t of v.terms) offsets[t + 1] = (offsets[t + 1] ?? 0) + 1;
  for (let t = 0; t < termCount; t++) offsets[t + 1] = (offsets[t + 1] ?? 0) + (offsets[t] ?? 0);
  const fill = offsets.slice(0, termCount);
  const total = offsets[termCount] ?? 0;
  const units = new Int32Array(total);
  const weights = new Float64Array(total);
  vectors.forEach((v, u) => {
    for (let k = 0; k < v.terms.length; k++) {
      const t = v.terms[k] ?? 0;
      const at = fill[t] ?? 0;
      units[at] = u;
      weights[at] = v.weights[k] ?? 0;
      fill[t] = at + 1;
    }
  });
  const postings: Int32Array[] = [];
  const postingWeights: Float64Array[] = [];
  for (let t = 0; t < termCount; t++) {
    const start = offsets[t] ?? 0;
    const order = Array.from({ length: (offsets[t + 1] ?? 0) - start }, (_, i) => start + i);
    // Within a term, a lower entry index is a lower unit: the tie-break of the build's order.
    order.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
    const kept = order.slice(0, max);
    postings.push(Int32Array.from(kept, (i) => units[i] ?? 0));
    postingWeights.push(Float64Array.from(kept, (i) => weights[i] ?? 0));
  }
  return { postings, postingWeights };
}
