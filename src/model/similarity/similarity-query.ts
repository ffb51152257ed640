/**
 * Queries a built similarity index (similarity-index.ts builds it; its header gives the steps and the
 * reasons for the work budgets): `candidates` walks the postings within the budget, `suggest` rescores
 * the best of them (first order, then the neighbourhood overlap) and explains them, `suggestAll` does it
 * for every unit. Kept apart from the build so each file does one job: build the index, or read it.
 */
import { dot } from './word-vectors.ts';
import type { Neighbourhood, SimilarityIndex, UnitVector } from './similarity-index.ts';

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
  const count = collect(index, positionOf(index, unitId));
  return Array.from(index.found.subarray(0, count));
}

/**
 * `candidates` of unit `q` into `index.found` (its first entries; returns how many), with their
 * partial scores in `index.partial` (at 2u + 1). Integers and typed arrays only: this loop is the build's
 * hottest (every unit's query walks up to `maxCandidateWork` postings).
 */
function collect(index: SimilarityIndex, q: number): number {
  const vector = index.vectors[q];
  if (!vector) return 0;
  const { partial, found, articleOf, postings, postingWeights } = index;
  const article = articleOf[q];
  const stamp = ++index.stamp;
  let count = 0;
  let budget = index.options.maxCandidateWork;
  for (const k of walkOrder(index, vector)) {
    const term = vector.terms[k] ?? 0;
    const units = postings[term];
    const weights = postingWeights[term];
    if (!units || !weights) continue;
    const qw = vector.weights[k] ?? 0;
    const visit = Math.min(units.length, budget);
    budget -= visit;
    for (let p = 0; p < visit; p++) {
      const u = units[p] ?? 0;
      if (u === q) continue;
      // A unit's stamp and partial score side by side: one cache line per posting visited.
      const at = 2 * u;
      if (partial[at] !== stamp) {
        partial[at] = stamp;
        partial[at + 1] = 0;
        if (articleOf[u] !== article) found[count++] = u;
      }
      partial[at + 1] = (partial[at + 1] ?? 0) + qw * (weights[p] ?? 0);
    }
    if (budget <= 0) break;
  }
  return count;
}

/**
 * Positions (into the query vector) of its selective terms in walking order: term order when all
 * their postings fit the budget, otherwise highest query weight first, so a capped walk keeps the
 * terms that weigh most.
 */
function walkOrder(index: SimilarityIndex, vector: UnitVector): number[] {
  const order: number[] = [];
  let work = 0;
  const { terms, weights } = vector;
  for (let k = 0; k < terms.length; k++) {
    const term = terms[k] ?? 0;
    if (!index.selective[term]) continue;
    order.push(k);
    work += index.postings[term]?.length ?? 0;
  }
  if (work <= index.options.maxCandidateWork) return order;
  return order.sort((a, b) => (weights[b] ?? 0) - (weights[a] ?? 0) || a - b);
}

/**
 * The `k` units of the first `count` of `found` with the highest partial score (ties: lower position
 * first; `partial` as `collect` leaves it), in no particular order: a min-heap of size k, O(n log k), where sorting all candidates was
 * O(n log n).
 */
function bestByPartial(found: Int32Array, count: number, partial: Float64Array, k: number): Int32Array {
  if (count <= k) return found.slice(0, count);
  // worse(a, b): a ranks below b (lower partial score, or equal score and higher position).
  const worse = (a: number, b: number) => {
    const pa = partial[2 * a + 1] ?? 0;
    const pb = partial[2 * b + 1] ?? 0;
    return pa < pb || (pa === pb && a > b);
  };
  const heap = new Int32Array(k);
  let size = 0;
  const siftDown = (i: number) => {
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < size && worse(heap[l] ?? 0, heap[m] ?? 0)) m = l;
      if (r < size && worse(heap[r] ?? 0, heap[m] ?? 0)) m = r;
      if (m === i) return;
      const t = heap[i] ?? 0;
      heap[i] = heap[m] ?? 0;
      heap[m] = t;
      i = m;
    }
  };
  for (let f = 0; f < count; f++) {
    const u = found[f] ?? 0;
    if (size < k) {
      heap[size++] = u;
      for (let i = size - 1; i > 0;) {
        const parent = (i - 1) >> 1;
        if (!worse(heap[i] ?? 0, heap[parent] ?? 0)) break;
        const t = heap[i] ?? 0;
        heap[i] = heap[parent] ?? 0;
        heap[parent] = t;
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

/**
 * `compare(a, b)` without the shared terms, for many b against one query whose weights are spread
 * in `queryWeights` (term number → weight, 0 elsewhere): the same products added in the same order
 * (b's terms ascending; a term b lacks in the query adds an exact 0), so the same bits.
 */
function cosineWithQuery(queryWeights: Float64Array, b: UnitVector): number {
  const { terms, weights } = b;
  let dot = 0;
  for (let j = 0; j < terms.length; j++) dot += (queryWeights[terms[j] ?? 0] ?? 0) * (weights[j] ?? 0);
  return Math.min(1, dot);
}

/** Units and scores, position by position. */
interface Scored {
  units: Int32Array;
  scores: Float64Array;
}

/** First-order scores of the best `rescore` candidates of unit `q` (term cosine fused with SIF cosine). */
function firstOrder(
  index: SimilarityIndex,
  q: number,
  rescore: number,
  rescored?: (found: Int32Array) => void,
): Scored {
  const qv = index.vectors[q];
  if (!qv) return { units: new Int32Array(0), scores: new Float64Array(0) };
  const found = bestByPartial(index.found, collect(index, q), index.partial, rescore);
  rescored?.(found);
  const qs = index.semantic?.[q];
  const w = index.options.vectorWeight;
  const { queryWeights } = index;
  for (let k = 0; k < qv.terms.length; k++) queryWeights[qv.terms[k] ?? 0] = qv.weights[k] ?? 0;
  const units = new Int32Array(found.length);
  const scores = new Float64Array(found.length);
  let n = 0;
  for (const u of found) {
    const v = index.vectors[u];
    if (!v) continue;
    // queryWeights[t] * w is the same product as compare's a.weights[i] * b.weights[j].
    let score = cosineWithQuery(queryWeights, v);
    const us = index.semantic?.[u];
    if (qs && us) score = Math.max(0, (score + w * dot(qs, us)) / (1 + w));
    if (score > 0) {
      units[n] = u;
      scores[n++] = score;
    }
  }
  for (let k = 0; k < qv.terms.length; k++) queryWeights[qv.terms[k] ?? 0] = 0;
  return { units: units.slice(0, n), scores: scores.slice(0, n) };
}

/** How many candidates a neighbourhood's query rescores. */
function neighbourhoodRescore(index: SimilarityIndex): number {
  return Math.max(100, 3 * index.options.secondOrderNeighbours);
}

/** `firstOrder`, kept per unit when asked at the neighbourhood's depth (asked twice per unit otherwise). */
function firstOrderCached(index: SimilarityIndex, q: number, rescore: number): Scored {
  const secondOrder = index.options.secondOrderWeight > 0 && index.options.secondOrderNeighbours > 0;
  if (!secondOrder || rescore !== neighbourhoodRescore(index)) return firstOrder(index, q, rescore);
  const kept = index.firstOrders[q];
  if (kept) return kept;
  const scored = firstOrder(index, q, rescore, (found) => {
    index.rescored[q] = found;
  });
  index.firstOrders[q] = scored;
  return scored;
}

/** Positions 0..n-1 ordered by `scores` descending, then by `units` ascending. */
function bestFirst(units: Int32Array, scores: Float64Array): Int32Array {
  const order = new Int32Array(units.length);
  for (let i = 0; i < order.length; i++) order[i] = i;
  return order.sort((a, b) => (scores[b] ?? 0) - (scores[a] ?? 0) || (units[a] ?? 0) - (units[b] ?? 0));
}

/** Unit `u`'s `secondOrderNeighbours` best first-order neighbours, as a unit-length score vector (cached). */
function neighbourhood(index: SimilarityIndex, u: number): Neighbourhood {
  let n = index.neighbourhoods[u];
  if (n) return n;
  const k = index.options.secondOrderNeighbours;
  const { units, scores } = firstOrderCached(index, u, neighbourhoodRescore(index));
  const top = bestFirst(units, scores).subarray(0, k);
  const topScores = Array.from(top, (i) => scores[i] ?? 0);
  const norm = Math.hypot(...topScores) || 1;
  n = {
    units: Int32Array.from(top, (i) => units[i] ?? 0),
    weights: Float64Array.from(topScores, (s) => s / norm),
  };
  index.neighbourhoods[u] = n;
  return n;
}

/**
 * Cosine of neighbourhood `a` with `b`: how far two units are near the same third units. `a`'s units
 * are marked in `slot` (1 + place in a); the products are added in a's order, as a Map walk of `a`
 * looking each unit up in `b` did, with an exact 0 for a unit b lacks.
 */
function overlap(a: Neighbourhood, b: Neighbourhood, slot: Int32Array, from: Float64Array): number {
  from.fill(0);
  for (let j = 0; j < b.units.length; j++) {
    const at = slot[b.units[j] ?? 0] ?? 0;
    if (at > 0) from[at - 1] = b.weights[j] ?? 0;
  }
  let s = 0;
  for (let i = 0; i < a.units.length; i++) s += (a.weights[i] ?? 0) * (from[i] ?? 0);
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
  const first = firstOrderCached(index, q, options.rescore ?? Math.max(100, 3 * limit));
  const units = first.units;
  let scores = first.scores;
  const lambda = index.options.secondOrderWeight;
  if (lambda > 0 && index.options.secondOrderNeighbours > 0) {
    const qn = neighbourhood(index, q);
    const slot = index.neighbourSlot;
    const from = new Float64Array(qn.units.length);
    scores = new Float64Array(units.length);
    // Every neighbourhood is computed before the query's own is marked (computing one may not mark).
    const neighbourhoods = Array.from(units, (u) => neighbourhood(index, u));
    qn.units.forEach((u, i) => (slot[u] = i + 1));
    neighbourhoods.forEach((n, i) => {
      scores[i] = ((first.scores[i] ?? 0) + lambda * overlap(qn, n, slot, from)) / (1 + lambda);
    });
    for (const u of qn.units) slot[u] = 0;
  }
  const order = bestFirst(units, scores);
  const perArticleCount = new Map<number, number>();
  const result: Suggestion[] = [];
  for (const i of order) {
    if (result.length >= limit) break;
    const score = scores[i] ?? 0;
    if (!(score >= minScore)) continue;
    const unit = units[i] ?? 0;
    const target = index.units[unit];
    const v = index.vectors[unit];
    if (!target || !v) continue;
    const article = index.articleOf[unit] ?? 0;
    const count = perArticleCount.get(article) ?? 0;
    if (count >= perArticle) continue;
    perArticleCount.set(article, count + 1);
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
