/**
 * Keystroke-query benchmark of the search index over the real corpus and synthetic 10× and 100× corpora.
 * A synthetic copy repeats every document with about one word in eight given a copy-specific
 * suffix, so the vocabulary grows with the corpus (as a real one would) instead of staying fixed.
 * Each iteration runs one keystroke of a typed query, cycling through its prefixes, typos included,
 * with the word-expansion cache cleared at the start of each query (as for a reader typing it anew;
 * its earlier words were expanded on earlier keystrokes); the console also shows the case with no cache.
 * vitest bench prints p75/p99; the p50/p95 per keystroke are printed to the console first.
 */
import { bench, describe } from 'vitest';
import { compileCorpus } from '../src/data/compile-corpus.ts';
import { corpusDocuments, type SearchDoc } from '../src/data/search-documents.ts';
import { buildSearchIndex, searchIndex, type SearchIndex } from '../src/search/search-index.ts';
import { realCorpusFiles } from '../tests/corpus/corpus-files.ts';

const docs = corpusDocuments(compileCorpus(realCorpusFiles()).corpus);

function synthetic(times: number): SearchDoc[] {
  const out: SearchDoc[] = [...docs];
  for (let copy = 1; copy < times; copy++) {
    const suffix = copy.toString(36);
    let n = 0;
    for (const doc of docs) {
      const text = doc.text.replace(/\p{L}{5,}/gu, (w) => (++n % 8 === 0 ? `${w}${suffix}` : w));
      out.push({ ...doc, id: `${doc.id}~${copy}`, text });
    }
  }
  return out;
}

/** Every prefix of each query, as typed one key at a time. */
const KEYSTROKES = [
  'Sheinbam cooperation',
  'artcle 51 self-defense',
  'strikes on cartel labs',
  'war powers resolution',
].flatMap((q) => [...q].map((_, i) => q.slice(0, i + 1)));

function keystrokeBench(index: SearchIndex, cold = false): () => void {
  let i = 0;
  return () => {
    const query = KEYSTROKES[i++ % KEYSTROKES.length] as string;
    if (cold || query.length === 1) index.expansions.clear();
    searchIndex(index, query);
  };
}

const sizes: [string, SearchDoc[]][] = [
  ['1×', docs],
  ['10×', synthetic(10)],
  ['100×', synthetic(100)],
];

function percentiles(index: SearchIndex, cold: boolean): string {
  const run = keystrokeBench(index, cold);
  for (let i = 0; i < KEYSTROKES.length * 3; i++) run(); // warm up the JIT
  const times: number[] = [];
  for (let i = 0; i < KEYSTROKES.length * 10; i++) {
    const t0 = performance.now();
    run();
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q: number): string => (times[Math.floor(q * (times.length - 1))] ?? 0).toFixed(3);
  return `p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms`;
}

describe('search: one keystroke of a typed query', () => {
  for (const [label, corpusDocs] of sizes) {
    const index = buildSearchIndex(corpusDocs);
    console.log(`keystroke over ${label} (${corpusDocs.length} docs): ${percentiles(index, false)}`);
    console.log(`  … with no expansion cache at all: ${percentiles(index, true)}`);
    bench(`${label} corpus (${corpusDocs.length} docs, ${index.words.length} words)`, keystrokeBench(index), {
      time: 1500,
    });
  }
});

describe('search: building the index', () => {
  bench('1× corpus', () => {
    buildSearchIndex(docs);
  });
});
