/**
 * The search index in its serialised form: built at build time (build/search-index-file.ts writes it
 * as one hashed JSON file), read back in the search worker and turned into the queryable index by
 * `hydrateSearchIndex` (src/search/search-index.ts).
 *
 * Postings are delta-coded: per term, `[gap, tf, gap, tf, …]`, where the first gap is the first
 * document's number and each later gap the distance from the one before (documents ascend), so common
 * terms cost a digit or two per document instead of five or six.
 */
import { tokenize } from '../model/tokenize.ts';
import type { SearchDoc } from './search-documents.ts';

/** Names the layout; a reader refuses any other. */
export const SEARCH_INDEX_FORMAT = 'parallax-search-index/1';

/** The serialised index: documents, postings per term, document lengths (in tokens) and the vocabulary. */
export interface SearchIndexData {
  format: typeof SEARCH_INDEX_FORMAT;
  docs: SearchDoc[];
  /** Index terms (stems), in order of first occurrence. */
  terms: string[];
  /** Per term (same order as `terms`): delta-coded document numbers interleaved with term frequencies. */
  postings: number[][];
  /** Tokens per document. */
  docLength: number[];
  /** Distinct folded words, sorted (code unit order), for prefix lookup and typo matching. */
  words: string[];
}

/** Tokenizes every document and records its postings (a passage's note is indexed with its text). */
export function buildSearchIndexData(docs: readonly SearchDoc[]): SearchIndexData {
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
    format: SEARCH_INDEX_FORMAT,
    docs: [...docs],
    terms: [...postings.keys()],
    postings: [...postings.values()],
    docLength,
    words: [...words].sort(),
  };
}

const KINDS = new Set(['sentence', 'passage', 'argument']);

function fail(source: string, place: string, what: string): never {
  throw new Error(`${source}: ${place} ${what} (is it from another build? rebuild with npm run build)`);
}

function isStringArray(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/**
 * Checks that `value` (parsed JSON from `source`) is a search index of this format, every posting
 * pointing at a document, and returns it; otherwise throws naming `source` and the place.
 */
export function checkSearchIndexData(value: unknown, source: string): SearchIndexData {
  if (typeof value !== 'object' || value === null) fail(source, 'the file', 'is not a JSON object');
  const data = value as Record<string, unknown>;
  if (data['format'] !== SEARCH_INDEX_FORMAT)
    fail(source, '"format"', `is ${JSON.stringify(data['format'])}, not "${SEARCH_INDEX_FORMAT}"`);
  const { docs, terms, postings, docLength, words } = data;
  if (!Array.isArray(docs)) fail(source, '"docs"', 'is not a list');
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
  if (!isStringArray(terms)) fail(source, '"terms"', 'is not a list of strings');
  if (!isStringArray(words)) fail(source, '"words"', 'is not a list of strings');
  if (!Array.isArray(docLength) || docLength.length !== docs.length || !docLength.every(Number.isInteger))
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
  return value as SearchIndexData;
}
