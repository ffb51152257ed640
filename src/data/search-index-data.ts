/**
 * The search index in its serialised form, in shards: built at build time (build/search-index-file.ts
 * writes each as a hashed JSON file), streamed into the search worker and appended to the queryable
 * index (src/search/search-index.ts) as they arrive.
 *
 * - A **shard** is the index of one group of documents (an article's sentences and passages, or the
 *   argument statements): its documents, postings per term and document lengths. It is a pure
 *   function of that group's documents (`buildSearchShard`), so the build can cache it by them.
 * - The **manifest** (fetched first) lists the shards' URLs and holds what ranking needs of the whole
 *   corpus, so results over some shards score exactly as over all: the number of documents, their
 *   total length, each term's document frequency, and the sorted vocabulary (prefixes and typos).
 *   It grows with the vocabulary, not with the number of articles.
 *
 * Postings are delta-coded: per term, `[gap, tf, gap, tf, …]`, where the first gap is the first
 * document's number and each later gap the distance from the one before (documents ascend), so common
 * terms cost a digit or two per document instead of five or six.
 */
import { tokenize } from '../model/tokenize.ts';
import type { SearchDoc } from './search-documents.ts';

/** Names the shard layout; a reader refuses any other. */
export const SEARCH_SHARD_FORMAT = 'parallax-search-shard/1';
/** Names the manifest layout. */
export const SEARCH_MANIFEST_FORMAT = 'parallax-search-manifest/2';

/** One shard: documents, postings per term, document lengths (in tokens). */
export interface SearchShardData {
  format: typeof SEARCH_SHARD_FORMAT;
  docs: SearchDoc[];
  /** Index terms (stems), in order of first occurrence. */
  terms: string[];
  /** Per term (same order as `terms`): delta-coded document numbers interleaved with term frequencies. */
  postings: number[][];
  /** Tokens per document. */
  docLength: number[];
}

/** A shard as the build keeps it: the file's data and its distinct folded words (for the manifest). */
export interface BuiltSearchShard {
  shard: SearchShardData;
  /** Distinct folded words of its documents, sorted. */
  words: string[];
}

/** What ranking needs of the whole corpus, and where the shards are. */
export interface SearchManifestData {
  format: typeof SEARCH_MANIFEST_FORMAT;
  /**
   * Each shard's URL, number of documents and key (its article's id, or `_arguments` for the argument
   * statements), in library order; a reader fetches the shards of the articles it has open first.
   */
  shards: { url: string; docs: number; key: string }[];
  /** Documents in all shards. */
  documents: number;
  /** Tokens in all documents. */
  totalLength: number;
  /** Every index term of every shard, and (same order) how many documents hold it. */
  terms: string[];
  df: number[];
  /** Distinct folded words of every shard, sorted (code unit order), for prefix lookup and typo matching. */
  words: string[];
}

/** Tokenizes every document and records its postings (a passage's note is indexed with its text). */
export function buildSearchShard(docs: readonly SearchDoc[]): BuiltSearchShard {
  const postings = new Map<string, number[]>();
  const last = new Map<string, number>();
  const docLength: number[] = [];
  const words = new Set<string>();
  docs.forEach((doc, d) => {
    const tokens = doc.note ? [...tokenize(doc.text), ...tokenize(doc.note)] : tokenize(doc.text);
    const tf = new Map<string, number>();
    for (const t of tokens) {
      tf.set(t.term, (tf.get(t.term) ?? 0) + 1);
      words.add(t.word);
    }
    for (const [term, n] of tf) {
      let p = postings.get(term);
      if (!p) postings.set(term, (p = []));
      p.push(d - (last.get(term) ?? 0), n);
      last.set(term, d);
    }
    docLength.push(tokens.length);
  });
  return {
    shard: {
      format: SEARCH_SHARD_FORMAT,
      docs: [...docs],
      terms: [...postings.keys()],
      postings: [...postings.values()],
      docLength,
    },
    words: [...words].sort(),
  };
}

/** The manifest over `shards` (each with the URL its file is served at and its group's key), in that order. */
export function buildSearchManifest(
  shards: readonly (BuiltSearchShard & { url: string; key: string })[],
): SearchManifestData {
  const df = new Map<string, number>();
  const words = new Set<string>();
  let documents = 0;
  let totalLength = 0;
  for (const { shard, words: own } of shards) {
    documents += shard.docs.length;
    for (const length of shard.docLength) totalLength += length;
    // Each posting pair is one document holding the term.
    shard.terms.forEach((term, t) =>
      df.set(term, (df.get(term) ?? 0) + (shard.postings[t]?.length ?? 0) / 2),
    );
    for (const w of own) words.add(w);
  }
  return {
    format: SEARCH_MANIFEST_FORMAT,
    shards: shards.map((s) => ({ url: s.url, docs: s.shard.docs.length, key: s.key })),
    documents,
    totalLength,
    terms: [...df.keys()],
    df: [...df.values()],
    words: [...words].sort(),
  };
}

const KINDS = new Set(['sentence', 'passage', 'argument']);
/** Ceilings at the entrance: far past the 100× corpus (97,100 documents, ~10⁴ terms) yet finite. */
const MAX_DOCS = 5_000_000;
const MAX_TERMS = 5_000_000;

function fail(source: string, place: string, what: string): never {
  throw new Error(`${source}: ${place} ${what} (is it from another build? rebuild with npm run build)`);
}

function isStringArray(value: unknown, max: number): value is string[] {
  return Array.isArray(value) && value.length <= max && value.every((v) => typeof v === 'string');
}

function isCountArray(value: unknown, length: number): value is number[] {
  return Array.isArray(value) && value.length === length && value.every((v) => Number.isInteger(v) && v >= 0);
}

function record(value: unknown, source: string, format: string): Record<string, unknown> {
  if (typeof value !== 'object' || value === null) fail(source, 'the file', 'is not a JSON object');
  const data = value as Record<string, unknown>;
  if (data['format'] !== format)
    fail(source, '"format"', `is ${JSON.stringify(data['format'])}, not "${format}"`);
  return data;
}

/**
 * Checks that `value` (parsed JSON from `source`) is a search shard of this format, every posting
 * pointing at one of its documents, and returns it; otherwise throws naming `source` and the place.
 */
export function checkSearchShard(value: unknown, source: string): SearchShardData {
  const data = record(value, source, SEARCH_SHARD_FORMAT);
  const { docs, terms, postings, docLength } = data;
  if (!Array.isArray(docs) || docs.length > MAX_DOCS) fail(source, '"docs"', 'is not a list');
  docs.forEach((doc: unknown, i) => {
    const d = doc as Partial<Record<keyof SearchDoc, unknown>> | null;
    if (
      typeof d !== 'object' ||
      d === null ||
      !KINDS.has(d.kind as string) ||
      typeof d.id !== 'string' ||
      typeof d.text !== 'string'
    )
      fail(source, `"docs"[${i}]`, 'is not a search document (kind, id, text)');
  });
  if (!isStringArray(terms, MAX_TERMS)) fail(source, '"terms"', 'is not a list of strings');
  if (!isCountArray(docLength, docs.length))
    fail(source, '"docLength"', `is not ${docs.length} whole numbers`);
  if (!Array.isArray(postings) || postings.length !== terms.length)
    fail(source, '"postings"', `is not ${terms.length} lists`);
  postings.forEach((list: unknown, t) => {
    if (!Array.isArray(list) || list.length % 2 !== 0)
      fail(source, `"postings"[${t}]`, 'is not gap/tf pairs');
    let d = 0;
    for (let i = 0; i < list.length; i += 2) {
      const gap: unknown = list[i];
      const tf: unknown = list[i + 1];
      if (!Number.isInteger(gap) || !Number.isInteger(tf) || (tf as number) < 1)
        fail(source, `"postings"[${t}][${i}]`, 'is not a whole gap and count');
      d += gap as number;
      if ((i > 0 && (gap as number) < 1) || d < 0 || d >= docs.length)
        fail(source, `"postings"[${t}][${i}]`, `points outside the ${docs.length} documents`);
    }
  });
  return value as SearchShardData;
}

/** Checks that `value` (parsed JSON from `source`) is a search manifest; otherwise throws naming `source` and the place. */
export function checkSearchManifest(value: unknown, source: string): SearchManifestData {
  const data = record(value, source, SEARCH_MANIFEST_FORMAT);
  const { shards, documents, totalLength, terms, df, words } = data;
  if (!Array.isArray(shards) || shards.length > MAX_DOCS) fail(source, '"shards"', 'is not a list');
  let sum = 0;
  shards.forEach((s: unknown, i) => {
    const shard = s as { url?: unknown; docs?: unknown; key?: unknown } | null;
    if (
      typeof shard?.url !== 'string' ||
      typeof shard.key !== 'string' ||
      !Number.isInteger(shard.docs) ||
      (shard.docs as number) < 0
    )
      fail(source, `"shards"[${i}]`, 'is not a shard (url, docs, key)');
    sum += shard.docs as number;
  });
  if (documents !== sum) fail(source, '"documents"', `is not the shards' ${sum} documents`);
  if (!Number.isInteger(totalLength) || (totalLength as number) < 0)
    fail(source, '"totalLength"', 'is not a whole number');
  if (!isStringArray(terms, MAX_TERMS)) fail(source, '"terms"', 'is not a list of strings');
  if (!isCountArray(df, terms.length)) fail(source, '"df"', `is not ${terms.length} whole numbers`);
  if (!isStringArray(words, MAX_TERMS)) fail(source, '"words"', 'is not a list of strings');
  return value as SearchManifestData;
}
