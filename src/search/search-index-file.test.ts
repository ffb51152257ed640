import { describe, expect, it } from 'vitest';
import { searchIndexFiles } from '../../build/search-index-file.ts';
import { corpusDocuments } from '../data/search-documents.ts';
import { checkSearchManifest, checkSearchShard } from '../data/search-index-data.ts';
import { realCompiled } from '../../tests/corpus/corpus-files.ts';
import {
  addSearchShard,
  buildSearchIndex,
  createSearchIndex,
  searchIndex,
  type SearchHit,
  type SearchIndex,
} from './search-index.ts';

// The real corpus with its tag layer: sentences, passages with notes, and argument statements (the one
// compile this test run shares, tests/fixtures/real-corpus-setup.ts).
const { corpus } = realCompiled();
const docs = corpusDocuments(corpus);
const inMemory = buildSearchIndex(docs);
const files = searchIndexFiles(corpus);
const file = files.manifest;
const manifest = checkSearchManifest(JSON.parse(file.source), file.fileName);
const shardOf = new Map(files.shards.map((f) => [f.fileName.slice('assets/'.length), f]));

/** The index from the files, its shards added in `order` (of the manifest's list). */
function fromFiles(order: readonly number[]): SearchIndex {
  const index = createSearchIndex(manifest);
  for (const i of order) {
    const f = shardOf.get(manifest.shards[i]?.url ?? '');
    if (!f) throw new Error(`shard ${i} is not written`);
    addSearchShard(index, checkSearchShard(JSON.parse(f.source), f.fileName));
  }
  return index;
}
const inOrder = manifest.shards.map((_, i) => i);
const fromFile = fromFiles(inOrder);

/** Typed words, prefixes still being typed, typos, passage notes' and argument statements' words. */
const QUERIES = [
  'Sheinbaum',
  'Sheinbam ',
  'artcle 51',
  'self-defense',
  'war powers resolution',
  'war pow',
  'fentanyl cartels',
  'sovereignty',
  'Hegseth',
  'foreign terrorist organization',
  'strikes on cartel labs',
  'c',
  'uni',
  'the',
  'zzzzqx',
];

const summary = (hits: SearchHit[]) =>
  hits.map((h) => ({ kind: h.doc.kind, id: h.doc.id, score: h.score, terms: [...h.terms].sort() }));

describe('the serialised search index (the file the build writes)', () => {
  it('holds every document in one shard per article and one of the arguments, each named by the hash of its content', () => {
    expect(fromFile.docs).toHaveLength(docs.length);
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['sentence', 'passage', 'argument']));
    expect(file.fileName).toMatch(/^assets\/search-index-[0-9a-f]{10}\.json$/);
    expect(files.shards.map((f) => f.fileName)).toEqual(
      [...corpus.articles.map((a) => a.meta.id), '_arguments'].map((key) =>
        expect.stringMatching(new RegExp(`^assets/search-part-${key}-[0-9a-f]{10}\\.json$`)),
      ),
    );
    expect(searchIndexFiles(corpus).manifest.fileName).toBe(file.fileName);
  });

  it('scores a document the same whatever shards have arrived, and in whatever order', () => {
    const reversed = fromFiles([...inOrder].reverse());
    const firstOnly = fromFiles([0]);
    const scores = (index: SearchIndex, query: string) =>
      new Map(searchIndex(index, query, 5000).map((h) => [h.doc.id, h.score]));
    let early = 0;
    for (const query of ['Sheinbaum', 'war pow', 'fentanyl cartels', 'strikes']) {
      const all = scores(fromFile, query);
      expect(scores(reversed, query)).toEqual(all);
      const some = scores(firstOnly, query);
      expect(some.size).toBeLessThan(all.size);
      for (const [id, score] of some) expect(all.get(id)).toBe(score);
      early += some.size;
    }
    expect(early).toBeGreaterThan(0);
  });

  it.each(QUERIES)('ranks "%s" exactly as the index built in memory', (query) => {
    const expected = summary(searchIndex(inMemory, query, 80));
    expect(summary(searchIndex(fromFile, query, 80))).toEqual(expected);
    if (!['zzzzqx', 'the'].includes(query)) expect(expected.length).toBeGreaterThan(0);
  });

  it('gives the same documents, text and places included', () => {
    const hits = searchIndex(fromFile, 'Sheinbaum cooperation', 20);
    const again = searchIndex(inMemory, 'Sheinbaum cooperation', 20);
    expect(hits.map((h) => h.doc)).toEqual(again.map((h) => h.doc));
  });
});
