/**
 * Queries a built similarity index (similarity-index.ts builds it; its header gives the steps and the
 * reasons for the work budgets): `candidates` walks the postings within the budget, `suggest` rescores
 * the best of them (first order, then the neighbourhood overlap) and explains them, `suggestAll` does it
 * for every unit. Kept apart from the build so each file does one job: build the index, or read it.
 */
import { dot } from './word-vectors.ts';
import type { SimilarityIndex, UnitVector } from './similarity-index.ts';

/** One suggested unit. */
export interface Suggestion {
  /** The suggested unit's id. */
  target: string;
  article: string;
  /** Cosine similarity of the weighted term vectors, 0..1. */
  score: number;
  /** 1-based rank among this query's suggestions. */
  rank: number;
  /** The shared terms that weigh most, in display form ("Article 51", "self-defense"). */
  sharedTerms: string[];
}

/** Limits for `suggest`. */
export interface SuggestOptions {
  /** At most this many suggestions per other article (default 3). */
  perArticle?: number;
  /** At most this many suggestions in all (default 10). */
  limit?: number;
  /** Drop suggestions scoring below this (default 0). */
  minScore?: number;
  /** Shared terms listed per suggestion (default 5). */
  sharedTerms?: number;
  /**
   * Candidates rescored exactly, best partial scores first (default max(100, 3 × limit); all when
   * the limit is unbounded). The partial score counts selective terms only.
   */
  rescore?: number;
}

function positionOf(index: SimilarityIndex, unitId: string): number {
  const at = index.position.get(unitId);
  if (at === undefined) throw new Error(`unknown similarity unit "${unitId}"`);
  return at;
}

/**
 * Positions of the units scored for `unitId`: units of other articles reached through the postings
 * of its selective terms, within the query's work budget. Only these are ever scored.
 */
export function candidates(index: SimilarityIndex, unitId: string): number[] {
  const q = positionOf(index, unitId);
  const article = index.units[q]?.article;
  const stamp = ++index.stamp;
  const found: number[] = [];
  const vector = index.vectors[q];
  if (!vector) return found;
  let budget = index.options.maxCandidateWork;
  for (const k of walkOrder(index, vector)) {
    const term: number = vector.terms[k] ?? 0;
    const units: Int32Array = index.postings[term] ?? new Int32Array(0);
    const weights: Float64Array = index.postingWeights[term] ?? new Float64Array(0);
    const qw: number = vector.weights[k] ?? 0;
    const visit = Math.min(units.length, budget);
    budget -= visit;
    for (let p = 0; p < visit; p++) {
      const u = units[p] ?? 0;
      if (u === q) continue;
      if (index.seen[u] !== stamp) {
        index.seen[u] = stamp;
        index.partial[u] = 0;
        if (index.units[u]?.article !== article) found.push(u);
      }
      index.partial[u] = (index.partial[u] ?? 0) + qw * (weights[p] ?? 0);
    }
    if (budget <= 0) break;
  }
  return found;
}

/**
 * Positions (into the query vector) of its selective terms in walking order: term order when all
 * their postings fit the budget, otherwise highest query weight first, so a capped walk keeps the
 * terms that weigh most.
 */
function walkOrder(index: SimilarityIndex, vector: UnitVector): number[] {
  const order: number[] = [];
  let work = 0;
  vector.terms.forEach((term, k) => {
    if (!index.selective[term]) return;
    order.push(k);
    work += index.postings[term]?.length ?? 0;
  });
  if (work <= index.options.maxCandidateWork) return order;
  return order.sort((a, b) => (vector.weights[b] ?? 0) - (vector.weights[a] ?? 0) || a - b);
}

/**
 * The `k` units of `found` with the highest partial score (ties: lower position first), in no
 * particular order: a min-heap of size k, O(n log k), where sorting all candidates was O(n log n).
 */
function bestByPartial(found: readonly number[], partial: Float64Array, k: number): number[] {
  if (found.length <= k) return [...found];
  // worse(a, b): a ranks below b (lower partial score, or equal score and higher position).
  const worse = (a: number, b: number) => {
    const pa = partial[a] ?? 0;
    const pb = partial[b] ?? 0;
    return pa < pb || (pa === pb && a > b);
  };
  const heap: number[] = [];
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(heap[l] ?? 0, heap[m] ?? 0)) m = l;
      if (r < heap.length && worse(heap[r] ?? 0, heap[m] ?? 0)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m] ?? 0, heap[i] ?? 0];
      i = m;
    }
  };
  for (const u of found) {
    if (heap.length < k) {
      heap.push(u);
      for (let i = heap.length - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] ?? 0, heap[parent] ?? 0)) break;
        [heap[i], heap[parent]] = [heap[parent] ?? 0, heap[i] ?? 0];
        i = parent;
      }
    } else if (worse(heap[0] ?? 0, u)) {
      heap[0] = u;
      siftDown(0);
    }
  }
  return heap;
}

/** Cosine of two normalised vectors, and their shared term numbers with each product. */
function compare(a: UnitVector, b: UnitVector, shared?: { term: number; w: number }[]): number {
  let i = 0;
  let j = 0;
  let dot = 0;
  while (i < a.terms.length && j < b.terms.length) {
    const x = a.terms[i] ?? 0;
    const y = b.terms[j] ?? 0;
    if (x === y) {
      const w = (a.weights[i] ?? 0) * (b.weights[j] ?? 0);
      dot += w;
      shared?.push({ term: x, w });
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return Math.min(1, dot);
}

/** First-order scores of the best `rescore` candidates of unit `q` (term cosine fused with SIF cosine). */
function firstOrder(
  index: SimilarityIndex,
  q: number,
  rescore: number,
  rescored?: (found: readonly number[]) => void,
): { unit: number; score: number }[] {
  const qv = index.vectors[q];
  const id = index.units[q]?.id;
  if (!qv || id === undefined) return [];
  const found = bestByPartial(candidates(index, id), index.partial, rescore);
  rescored?.(found);
  const qs = index.semantic?.[q];
  const w = index.options.vectorWeight;
  const scored: { unit: number; score: number }[] = [];
  for (const u of found) {
    const v = index.vectors[u];
    if (!v) continue;
    let score = compare(qv, v);
    const us = index.semantic?.[u];
    if (qs && us) score = Math.max(0, (score + w * dot(qs, us)) / (1 + w));
    if (score > 0) scored.push({ unit: u, score });
  }
  return scored;
}

/** How many candidates a neighbourhood's query rescores. */
function neighbourhoodRescore(index: SimilarityIndex): number {
  return Math.max(100, 3 * index.options.secondOrderNeighbours);
}

/** `firstOrder`, kept per unit when asked at the neighbourhood's depth (asked twice per unit otherwise). */
function firstOrderCached(
  index: SimilarityIndex,
  q: number,
  rescore: number,
): { unit: number; score: number }[] {
  const secondOrder = index.options.secondOrderWeight > 0 && index.options.secondOrderNeighbours > 0;
  if (!secondOrder || rescore !== neighbourhoodRescore(index)) return firstOrder(index, q, rescore);
  const kept = index.firstOrders[q];
  if (kept) return Array.from(kept.units, (unit, i) => ({ unit, score: kept.scores[i] ?? 0 }));
  const scored = firstOrder(index, q, rescore, (found) => {
    index.rescored[q] = Int32Array.from(found);
  });
  index.firstOrders[q] = {
    units: Int32Array.from(scored, (x) => x.unit),
    scores: Float64Array.from(scored, (x) => x.score),
  };
  return scored;
}

/** Unit `u`'s `secondOrderNeighbours` best first-order neighbours, as a unit-length score vector (cached). */
function neighbourhood(index: SimilarityIndex, u: number): Map<number, number> {
  let n = index.neighbourhoods[u];
  if (n) return n;
  const k = index.options.secondOrderNeighbours;
  const top = firstOrderCached(index, u, neighbourhoodRescore(index))
    .sort((a, b) => b.score - a.score || a.unit - b.unit)
    .slice(0, k);
  const norm = Math.hypot(...top.map((x) => x.score)) || 1;
  n = new Map(top.map((x) => [x.unit, x.score / norm]));
  index.neighbourhoods[u] = n;
  return n;
}

/** Cosine of two neighbourhoods: how far two units are near the same third units. */
function overlap(a: Map<number, number>, b: Map<number, number>): number {
  let s = 0;
  for (const [unit, w] of a) s += w * (b.get(unit) ?? 0);
  return s;
}

/** Units of other articles most similar to `unitId`, best first. */
export function suggest(index: SimilarityIndex, unitId: string, options: SuggestOptions = {}): Suggestion[] {
  const perArticle = options.perArticle ?? 3;
  const limit = options.limit ?? 10;
  const minScore = options.minScore ?? 0;
  const q = positionOf(index, unitId);
  const qv = index.vectors[q];
  if (!qv) return [];
  let scored = firstOrderCached(index, q, options.rescore ?? Math.max(100, 3 * limit));
  const lambda = index.options.secondOrderWeight;
  if (lambda > 0 && index.options.secondOrderNeighbours > 0) {
    const qn = neighbourhood(index, q);
    scored = scored.map(({ unit, score }) => ({
      unit,
      score: (score + lambda * overlap(qn, neighbourhood(index, unit))) / (1 + lambda),
    }));
  }
  scored = scored.filter((x) => x.score >= minScore);
  scored.sort((a, b) => b.score - a.score || a.unit - b.unit);
  const perArticleCount = new Map<string, number>();
  const result: Suggestion[] = [];
  for (const { unit, score } of scored) {
    if (result.length >= limit) break;
    const target = index.units[unit];
    const v = index.vectors[unit];
    if (!target || !v) continue;
    const count = perArticleCount.get(target.article) ?? 0;
    if (count >= perArticle) continue;
    perArticleCount.set(target.article, count + 1);
    const shared: { term: number; w: number }[] = [];
    compare(qv, v, shared);
    shared.sort((a, b) => b.w - a.w);
    const explained = shared.filter((x) => !index.unexplaining[x.term]);
    result.push({
      target: target.id,
      article: target.article,
      score,
      rank: result.length + 1,
      sharedTerms: explained.slice(0, options.sharedTerms ?? 5).map((s) => index.display[s.term] ?? ''),
    });
  }
  return result;
}

/** `suggest` for every unit of the index, keyed by unit id. */
export function suggestAll(index: SimilarityIndex, options: SuggestOptions = {}): Map<string, Suggestion[]> {
  return new Map(index.units.map((u) => [u.id, suggest(index, u.id, options)]));
}
