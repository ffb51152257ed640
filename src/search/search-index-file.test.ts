import { describe, expect, it } from 'vitest';
import { searchIndexFile } from '../../build/search-index-file.ts';
import { compileCorpus } from '../data/compile-corpus.ts';
import { corpusDocuments } from '../data/search-documents.ts';
import { checkSearchIndexData } from '../data/search-index-data.ts';
import { realCorpusFiles } from '../../tests/corpus/corpus-files.ts';
import { buildSearchIndex, hydrateSearchIndex, searchIndex, type SearchHit } from './search-index.ts';

// The real corpus with its tag layer: sentences, passages with notes, and argument statements.
const { corpus } = compileCorpus(realCorpusFiles());
const docs = corpusDocuments(corpus);
const inMemory = buildSearchIndex(docs);
const file = searchIndexFile(corpus);
const fromFile = hydrateSearchIndex(checkSearchIndexData(JSON.parse(file.source), file.fileName));

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
  it('holds every document, named by the hash of its content', () => {
    expect(fromFile.docs).toHaveLength(docs.length);
    expect(new Set(docs.map((d) => d.kind))).toEqual(new Set(['sentence', 'passage', 'argument']));
    expect(file.fileName).toMatch(/^assets\/search-index-[0-9a-f]{10}\.json$/);
    expect(searchIndexFile(corpus).fileName).toBe(file.fileName);
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
