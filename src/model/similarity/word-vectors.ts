/**
 * Word vectors for the corpus vocabulary, and SIF sentence vectors built from them.
 *
 * Steps:
 *   1. `vectorVocabulary`: the lower-case words of the texts (normalised; hyphenated words whole and in
 *      parts), the words whose vectors scripts/build-word-vectors.ts extracts.
 *   2. `encodeWordVectors` / `decodeWordVectors`: the committed file corpus/word-vectors.json keeps each
 *      unit vector quantised to signed bytes (one base64 string) with the word's frequency rank in the
 *      source vocabulary; decoding restores unit-length Float32 vectors.
 *   3. `sifVectors`: a smooth-inverse-frequency sentence vector per text (Arora et al. 2017): the
 *      average of its word vectors weighted a / (a + p(w)), p(w) estimated from the frequency rank by
 *      Zipf's law (stop words skipped), then the common component (first principal direction over all
 *      texts, by power iteration) removed, and the result L2-normalised. Linear in the total text.
 */
import { words as textWords, type Word } from '../tokenize.ts';
import { isIgnoredWord } from './analyze.ts';
import { EMPTY_VOCABULARY, type CompiledVocabulary } from './vocabulary.ts';

/** The committed file: provenance, then words, ranks and quantised vectors. */
export interface WordVectorsFile {
  source: string;
  licence: string;
  regenerate: string;
  dimensions: number;
  /** Words, sorted. */
  words: string[];
  /** 1-based frequency rank of each word in the source vocabulary (1 = most frequent). */
  ranks: number[];
  /** base64 of `words.length × dimensions` signed bytes, row by row. */
  vectors: string;
}

/** Decoded word vectors, ready for `sifVectors`. */
export interface WordVectors {
  dimensions: number;
  /** Word → unit vector. */
  vectors: ReadonlyMap<string, Float32Array>;
  /** Word → frequency rank. */
  ranks: ReadonlyMap<string, number>;
}

/** The words of `text` for vectors: each word, and a hyphenated compound whole before its parts. */
function vectorTokens(text: string): Pick<Word, 'surface' | 'word'>[] {
  const out: Pick<Word, 'surface' | 'word'>[] = [];
  const all = textWords(text);
  for (let i = 0; i < all.length; i++) {
    let j = i;
    while (all[j + 1]?.joined) j++;
    const parts = all.slice(i, j + 1);
    if (parts.length > 1) {
      const first = parts[0];
      const last = parts[parts.length - 1];
      const surface = first && last ? text.slice(first.start, last.end) : '';
      out.push({ surface, word: parts.map((p) => p.word).join('-') });
    }
    out.push(...parts.map((p) => ({ surface: p.surface, word: p.word })));
    i = j;
  }
  return out;
}

/** Lower-case words of `text` in order: a hyphenated word whole, then its parts. */
export function vectorWords(text: string): string[] {
  return vectorTokens(text).map((w) => w.word);
}

/** The distinct words of the texts, sorted: the vocabulary to extract vectors for. */
export function vectorVocabulary(texts: readonly string[]): string[] {
  const words = new Set<string>();
  for (const text of texts) for (const w of vectorWords(text)) words.add(w);
  return [...words].sort();
}

function toBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}

function fromBase64(text: string): Int8Array {
  const binary = atob(text);
  const bytes = new Int8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = (binary.charCodeAt(i) << 24) >> 24;
  return bytes;
}

/** Packs vectors into the committed file format (each scaled so its largest component is ±127). */
export function encodeWordVectors(
  entries: readonly { word: string; rank: number; vector: readonly number[] }[],
  dimensions: number,
  provenance: { source: string; licence: string; regenerate: string },
): WordVectorsFile {
  const sorted = [...entries].sort((a, b) => (a.word < b.word ? -1 : a.word > b.word ? 1 : 0));
  const bytes = new Int8Array(sorted.length * dimensions);
  sorted.forEach((e, i) => {
    const max = Math.max(...e.vector.slice(0, dimensions).map(Math.abs)) || 1;
    for (let d = 0; d < dimensions; d++)
      bytes[i * dimensions + d] = Math.round(((e.vector[d] ?? 0) / max) * 127);
  });
  return {
    ...provenance,
    dimensions,
    words: sorted.map((e) => e.word),
    ranks: sorted.map((e) => e.rank),
    vectors: toBase64(new Uint8Array(bytes.buffer)),
  };
}

/** Unpacks the committed file into unit vectors. */
export function decodeWordVectors(file: WordVectorsFile): WordVectors {
  const bytes = fromBase64(file.vectors);
  const dim = file.dimensions;
  if (bytes.length !== file.words.length * dim)
    throw new Error('word vectors: size does not match the words');
  const vectors = new Map<string, Float32Array>();
  const ranks = new Map<string, number>();
  file.words.forEach((word, i) => {
    const v = Float32Array.from(bytes.subarray(i * dim, (i + 1) * dim));
    const norm = Math.hypot(...v) || 1;
    for (let d = 0; d < dim; d++) v[d] = (v[d] ?? 0) / norm;
    vectors.set(word, v);
    ranks.set(word, file.ranks[i] ?? 1);
  });
  return { dimensions: dim, vectors, ranks };
}

/** Settings of `sifVectors`. */
export interface SifOptions {
  /** SIF smoothing `a`: smaller favours rarer words more (default 1e-3). */
  a: number;
  /** Remove the first principal direction over all texts (default true). */
  removeCommon: boolean;
}

/** Default SIF settings. */
export const DEFAULT_SIF: SifOptions = { a: 1e-3, removeCommon: true };

/** Zipf estimate of a word's probability from its frequency rank. */
function probability(rank: number): number {
  return 0.1 / rank;
}

/**
 * One unit-length SIF vector per text (all zeros when no word of it has a vector); stop words and the
 * vocabulary's filler words are skipped. The same as `finishSif` over `sifVector` of each text.
 */
export function sifVectors(
  texts: readonly string[],
  words: WordVectors,
  options: SifOptions = DEFAULT_SIF,
  vocabulary: CompiledVocabulary = EMPTY_VOCABULARY,
): Float32Array[] {
  return finishSif(
    texts.map((text) => sifVector(text, words, options, vocabulary)),
    options,
  );
}

/**
 * One text's weighted mean word vector, before the corpus-wide step (`finishSif`): it depends on
 * this text alone, so a build may keep it per article between runs.
 */
export function sifVector(
  text: string,
  words: WordVectors,
  options: SifOptions = DEFAULT_SIF,
  vocabulary: CompiledVocabulary = EMPTY_VOCABULARY,
): Float32Array {
  const dim = words.dimensions;
  const v = new Float32Array(dim);
  let total = 0;
  for (const token of vectorTokens(text)) {
    if (isIgnoredWord(token, vocabulary)) continue;
    const vector = words.vectors.get(token.word);
    if (!vector) continue;
    const weight = options.a / (options.a + probability(words.ranks.get(token.word) ?? 1));
    for (let d = 0; d < dim; d++) v[d] = (v[d] ?? 0) + weight * (vector[d] ?? 0);
    total += weight;
  }
  if (total > 0) for (let d = 0; d < dim; d++) v[d] = (v[d] ?? 0) / total;
  return v;
}

/**
 * The corpus-wide step of SIF over every text's `sifVector` (copied, not changed): removes the first
 * principal direction of all of them, then scales each to unit length. Every vector depends on every
 * text here, so a changed text changes them all (in their last bits at least).
 */
export function finishSif(raw: readonly Float32Array[], options: SifOptions = DEFAULT_SIF): Float32Array[] {
  const out = raw.map((v) => Float32Array.from(v));
  const dim = out[0]?.length ?? 0;
  if (options.removeCommon && out.length > 1) {
    const u = firstPrincipalDirection(out, dim);
    for (const v of out) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += (v[d] ?? 0) * (u[d] ?? 0);
      for (let d = 0; d < dim; d++) v[d] = (v[d] ?? 0) - dot * (u[d] ?? 0);
    }
  }
  for (const v of out) {
    const norm = Math.hypot(...v);
    if (norm > 0) for (let d = 0; d < dim; d++) v[d] = (v[d] ?? 0) / norm;
  }
  return out;
}

/** Unit top eigenvector of Σ v vᵀ by power iteration (uncentred, as in SIF). */
function firstPrincipalDirection(rows: readonly Float32Array[], dim: number): Float64Array {
  let u = new Float64Array(dim).fill(1 / Math.sqrt(dim));
  for (let iteration = 0; iteration < 30; iteration++) {
    const next = new Float64Array(dim);
    for (const v of rows) {
      let dot = 0;
      for (let d = 0; d < dim; d++) dot += (v[d] ?? 0) * (u[d] ?? 0);
      for (let d = 0; d < dim; d++) next[d] = (next[d] ?? 0) + dot * (v[d] ?? 0);
    }
    const norm = Math.hypot(...next) || 1;
    u = next.map((x) => x / norm);
  }
  return u;
}

/** Cosine of two unit vectors (0 if either is all zeros). */
export function dot(a: Float32Array, b: Float32Array): number {
  let s = 0;
  for (let d = 0; d < a.length; d++) s += (a[d] ?? 0) * (b[d] ?? 0);
  return s;
}
