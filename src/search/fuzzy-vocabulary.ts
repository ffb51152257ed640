/**
 * Typo-tolerant lookup of a word in the corpus vocabulary: the one module that imports fuse.js.
 *
 * Steps:
 *   1. Build once: index each vocabulary word by its letter pairs ("^s", "sh", …, "m$").
 *   2. Candidates for a query word: words within two letters of its length sharing at least half
 *      of its letter pairs (a typo or two changes only a few pairs), counted over the pair postings.
 *   3. Score the candidates with fuse.js (Bitap), keep those under the threshold, best first.
 */
import Fuse from 'fuse.js';

/** A vocabulary word close to the query word; `score` is fuse.js's: 0 is exact, 1 is unrelated. */
export interface FuzzyMatch {
  word: string;
  score: number;
}

/** Finds the vocabulary words closest to a (possibly misspelt) word. */
export interface FuzzyVocabulary {
  match: (word: string, limit?: number) => FuzzyMatch[];
}

/** The largest fuse.js score still taken for a typo. */
export const FUZZY_THRESHOLD = 0.34;

const LENGTH_SLACK = 2;

function pairs(word: string): Set<string> {
  const padded = `^${word}$`;
  const out = new Set<string>();
  for (let i = 0; i + 2 <= padded.length; i++) out.add(padded.slice(i, i + 2));
  return out;
}

/** Builds the letter-pair index over distinct words. */
export function createFuzzyVocabulary(words: Iterable<string>): FuzzyVocabulary {
  const list = [...words];
  const byPair = new Map<string, number[]>();
  list.forEach((w, i) => {
    for (const p of pairs(w)) {
      const ids = byPair.get(p);
      if (ids) ids.push(i);
      else byPair.set(p, [i]);
    }
  });
  const shared = new Uint16Array(list.length);
  return {
    match(word, limit = 5) {
      const queryPairs = pairs(word);
      const touched: number[] = [];
      for (const p of queryPairs) {
        for (const i of byPair.get(p) ?? []) {
          if (shared[i] === 0) touched.push(i);
          shared[i] = (shared[i] ?? 0) + 1;
        }
      }
      const needed = Math.max(2, Math.ceil(queryPairs.size / 2));
      const candidates: string[] = [];
      for (const i of touched) {
        const w = list[i] as string;
        if ((shared[i] ?? 0) >= needed && Math.abs(w.length - word.length) <= LENGTH_SLACK)
          candidates.push(w);
        shared[i] = 0;
      }
      if (candidates.length === 0) return [];
      const fuse = new Fuse(candidates, {
        includeScore: true,
        threshold: FUZZY_THRESHOLD,
        ignoreLocation: true,
        isCaseSensitive: true,
      });
      return fuse
        .search(word, { limit })
        .map((r) => ({ word: r.item, score: r.score ?? 1 }))
        .sort((a, b) => a.score - b.score || a.word.localeCompare(b.word));
    },
  };
}
