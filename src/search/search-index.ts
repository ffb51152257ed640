/**
 * The search index: an inverted index ranked with BM25, reached through typo-tolerant query words.
 *
 * Steps:
 *   1. Build once (at build time, src/data/search-index-data.ts), in shards: tokenize every document,
 *      record term frequencies in postings; the manifest keeps what ranking needs of the whole corpus
 *      (documents, total length, document frequencies, the sorted distinct words). On loading, the
 *      manifest gives an empty index with the fuzzy vocabulary (fuse.js) for typos, and each shard's
 *      postings are decoded and appended as it arrives (`addSearchShard`); a query ranks what has
 *      arrived, with the whole corpus's statistics, so a result scores the same before and after.
 *   2. Expand each query word into index terms: its own stem; while it is still being typed (the
 *      last word, no trailing space) the words it begins; and only if neither exists, the closest
 *      vocabulary words by fuse.js. Expansions are cached.
 *   3. Score: per query word, a document takes its best BM25 contribution over that word's
 *      expansions; a document's score sums its words, scaled by the square of the share of query
 *      words it matches; keep the best `limit` with a small heap.
 */
import { createFuzzyVocabulary, type FuzzyVocabulary } from './fuzzy-vocabulary.ts';
import type { SearchDoc } from '../data/search-documents.ts';
import {
  buildSearchManifest,
  buildSearchShard,
  type SearchManifestData,
  type SearchShardData,
} from '../data/search-index-data.ts';
import { termOf, tokenize, type Token } from '../model/tokenize.ts';
import { topK } from './top-k.ts';

const K1 = 1.2;
const B = 0.75;
const PREFIX_WEIGHT = 0.85;
const FUZZY_WEIGHT = 0.8;
const MAX_PREFIX_TERMS = 24;
const MIN_FUZZY_LENGTH = 4;

interface Postings {
  docs: number[];
  tfs: number[];
}

/** An index over the shards loaded so far, ranked with the whole corpus's statistics. */
export interface SearchIndex {
  /** The loaded shards' documents, numbered in the order the shards were added. */
  docs: SearchDoc[];
  postings: Map<string, Postings>;
  /** Tokens per loaded document (room for every document of the corpus). */
  docLength: Float64Array;
  /** Documents in the whole corpus, their mean length, and each term's document frequency in it. */
  documents: number;
  avgLength: number;
  df: ReadonlyMap<string, number>;
  /** Shards added so far, and in all. */
  shards: { loaded: number; total: number };
  /** Distinct folded words, sorted, for prefix lookup. */
  words: readonly string[];
  fuzzy: FuzzyVocabulary;
  /** Scratch buffers reused across queries (single-threaded). */
  scratch: { total: Float64Array; word: Float64Array; matched: Uint8Array; touched: Int32Array };
  expansions: Map<string, Expansion[]>;
}

/** A query word's index term and how much a match on it counts. */
export interface Expansion {
  term: string;
  weight: number;
}

/** One ranked result: the document, its score, and the index terms it matched (for highlighting). */
export interface SearchHit {
  doc: SearchDoc;
  score: number;
  terms: ReadonlySet<string>;
}

/** An empty index for the corpus `manifest` describes (typo lookup built); shards are added as they arrive. */
export function createSearchIndex(manifest: SearchManifestData): SearchIndex {
  const n = manifest.documents;
  const df = new Map<string, number>();
  manifest.terms.forEach((term, t) => df.set(term, manifest.df[t] ?? 0));
  return {
    docs: [],
    postings: new Map(),
    docLength: new Float64Array(n),
    documents: n,
    avgLength: n > 0 ? manifest.totalLength / n : 1,
    df,
    shards: { loaded: 0, total: manifest.shards.length },
    words: manifest.words,
    fuzzy: createFuzzyVocabulary(manifest.words),
    scratch: {
      total: new Float64Array(n),
      word: new Float64Array(n),
      matched: new Uint8Array(n),
      touched: new Int32Array(n),
    },
    expansions: new Map(),
  };
}

/**
 * Appends a shard's documents and decoded postings (numbered after those already in, so every
 * term's documents still ascend). Throws if the shard does not fit the manifest's document count.
 */
export function addSearchShard(index: SearchIndex, shard: SearchShardData): void {
  const base = index.docs.length;
  if (base + shard.docs.length > index.documents)
    throw new Error(`the shard's ${shard.docs.length} documents are more than its manifest counts`);
  shard.terms.forEach((term, t) => {
    const coded = shard.postings[t] ?? [];
    let p = index.postings.get(term);
    if (!p) index.postings.set(term, (p = { docs: [], tfs: [] }));
    let d = base;
    for (let i = 0; i < coded.length; i += 2) {
      d += coded[i] as number;
      p.docs.push(d);
      p.tfs.push(coded[i + 1] as number);
    }
  });
  shard.docLength.forEach((length, i) => (index.docLength[base + i] = length));
  for (const doc of shard.docs) index.docs.push(doc);
  index.shards.loaded++;
}

/** Builds the index over `docs` in memory, as one shard (as the build does, without the files in between). */
export function buildSearchIndex(docs: readonly SearchDoc[]): SearchIndex {
  const built = buildSearchShard(docs);
  const index = createSearchIndex(buildSearchManifest([{ ...built, url: 'memory', key: 'memory' }]));
  addSearchShard(index, built.shard);
  return index;
}

function firstAtLeast(words: readonly string[], key: string): number {
  let lo = 0;
  let hi = words.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((words[mid] as string) < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The index terms a query word stands for (see step 2 above). */
export function expandWord(
  index: SearchIndex,
  token: Pick<Token, 'word' | 'term'>,
  typing: boolean,
): Expansion[] {
  const key = `${typing ? '>' : '='}${token.word}`;
  const cached = index.expansions.get(key);
  if (cached) return cached;
  const found = new Map<string, number>();
  if (index.df.has(token.term)) found.set(token.term, 1);
  if (typing && token.word.length >= 2) {
    const prefixTerms = new Set<string>();
    for (let i = firstAtLeast(index.words, token.word); i < index.words.length; i++) {
      const w = index.words[i] as string;
      if (!w.startsWith(token.word)) break;
      prefixTerms.add(termOf(w));
    }
    const df = (t: string): number => index.df.get(t) ?? 0;
    for (const t of [...prefixTerms].sort((a, b) => df(b) - df(a)).slice(0, MAX_PREFIX_TERMS)) {
      if (!found.has(t)) found.set(t, PREFIX_WEIGHT);
    }
  }
  if (found.size === 0 && token.word.length >= MIN_FUZZY_LENGTH) {
    for (const m of index.fuzzy.match(token.word, 3)) {
      const t = termOf(m.word);
      found.set(t, Math.max(found.get(t) ?? 0, FUZZY_WEIGHT * (1 - m.score)));
    }
  }
  const expansions = [...found].map(([term, weight]) => ({ term, weight }));
  if (index.expansions.size > 2000) index.expansions.clear();
  index.expansions.set(key, expansions);
  return expansions;
}

/** Ranks the documents for `query`, best first, at most `limit`. */
export function searchIndex(index: SearchIndex, query: string, limit = 40): SearchHit[] {
  const tokens = tokenize(query);
  if (tokens.length === 0) return [];
  const typingLast = !/\s$/.test(query);
  const { total, word, matched, touched } = index.scratch;
  const n = index.documents;
  let touchedCount = 0;
  const termsByWord: Expansion[][] = tokens.map((t, i) =>
    expandWord(index, t, typingLast && i === tokens.length - 1),
  );
  for (const expansions of termsByWord) {
    const wordTouched: number[] = [];
    for (const { term, weight } of expansions) {
      const p = index.postings.get(term);
      if (!p) continue;
      // The whole corpus's document frequency, so a document scores the same whatever has loaded.
      const df = index.df.get(term) ?? p.docs.length;
      const idf = Math.log(1 + (n - df + 0.5) / (df + 0.5));
      for (let j = 0; j < p.docs.length; j++) {
        const d = p.docs[j] as number;
        const tf = p.tfs[j] as number;
        const s =
          (weight * idf * tf * (K1 + 1)) /
          (tf + K1 * (1 - B + (B * (index.docLength[d] ?? 0)) / index.avgLength));
        if (word[d] === 0) wordTouched.push(d);
        if (s > (word[d] ?? 0)) word[d] = s;
      }
    }
    for (const d of wordTouched) {
      if (matched[d] === 0) touched[touchedCount++] = d;
      total[d] = (total[d] ?? 0) + (word[d] ?? 0);
      matched[d] = (matched[d] ?? 0) + 1;
      word[d] = 0;
    }
  }
  for (let i = 0; i < touchedCount; i++) {
    const d = touched[i] as number;
    const share = (matched[d] ?? 0) / tokens.length;
    total[d] = (total[d] ?? 0) * share * share;
  }
  const best = topK(touched, touchedCount, total, limit);
  const hits = best.map((d) => ({
    doc: index.docs[d] as SearchDoc,
    score: total[d] ?? 0,
    terms: matchedTerms(index, d, termsByWord),
  }));
  for (let i = 0; i < touchedCount; i++) {
    const d = touched[i] as number;
    total[d] = 0;
    matched[d] = 0;
  }
  return hits;
}

function matchedTerms(index: SearchIndex, d: number, termsByWord: readonly Expansion[][]): Set<string> {
  const terms = new Set<string>();
  for (const expansions of termsByWord) {
    for (const { term } of expansions) {
      const docs = index.postings.get(term)?.docs;
      if (docs && binaryHas(docs, d)) terms.add(term);
    }
  }
  return terms;
}

function binaryHas(sorted: readonly number[], value: number): boolean {
  const i = firstAtLeastNumber(sorted, value);
  return sorted[i] === value;
}

function firstAtLeastNumber(sorted: readonly number[], value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((sorted[mid] as number) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
