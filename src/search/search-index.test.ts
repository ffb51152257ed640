import { describe, expect, it } from 'vitest';
import { compileCorpus } from '../data/compile-corpus.ts';
import { realCorpusFiles } from '../../tests/corpus/corpus-files.ts';
import { corpusDocuments } from '../data/search-documents.ts';
import { matchRanges } from './match-ranges.ts';
import { buildSearchIndex, expandWord, searchIndex } from './search-index.ts';
import { tokenize } from '../model/tokenize.ts';

// The real articles without the tag layer, which curators are still writing (passages: group-results.test.ts).
const { corpus } = compileCorpus({ ...realCorpusFiles(), annotations: [] });
const index = buildSearchIndex(corpusDocuments(corpus));

const highlighted = (text: string, terms: ReadonlySet<string>): string[] =>
  matchRanges(text, terms).map(([s, e]) => text.slice(s, e));

describe('tokenize', () => {
  it('folds, stems and drops stop words, keeping offsets', () => {
    const text = 'The strikes on Mexico’s cartels';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['strike', 'mexico', 'cartel']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual(['strikes', 'Mexico’s', 'cartels']);
  });
});

describe('searchIndex over the real corpus', () => {
  it('indexes every body sentence of the five articles', () => {
    expect(index.docs.filter((d) => d.kind === 'sentence').length).toBeGreaterThan(450);
  });

  it('finds Sheinbaum from the typo "Sheinbam"', () => {
    const hits = searchIndex(index, 'Sheinbam ');
    expect(hits.length).toBeGreaterThan(3);
    for (const hit of hits.slice(0, 5)) expect(hit.doc.text).toMatch(/Sheinbaum/);
    expect(highlighted(hits[0]!.doc.text, hits[0]!.terms)).toContain('Sheinbaum');
  });

  it('finds the Article 51 sentences from "artcle 51"', () => {
    const hits = searchIndex(index, 'artcle 51');
    const top = hits.slice(0, 4).map((h) => h.doc.text);
    for (const text of top) expect(text).toMatch(/Article 51/);
    const articles = new Set(hits.filter((h) => /Article 51/.test(h.doc.text)).map((h) => h.doc.articleId));
    expect(articles).toEqual(
      new Set(['fto-lethal-force-legality', 'just-security-self-sabotage', 'war-zone-military-options']),
    );
  });

  it('treats "strikes" and "strike" as one term', () => {
    const plural = searchIndex(index, 'strikes ', 200).map((h) => h.doc.id);
    const singular = searchIndex(index, 'strike ', 200).map((h) => h.doc.id);
    expect(plural).toEqual(singular);
    const texts = plural.map((id) => index.docs.find((d) => d.id === id)!.text);
    expect(texts.some((t) => /\bstrike\b/i.test(t))).toBe(true);
    expect(texts.some((t) => /\bstrikes\b/i.test(t))).toBe(true);
  });

  it('completes the word being typed, but not a finished one', () => {
    expect(expandWord(index, { word: 'sovereig', term: 'sovereig' }, true).map((e) => e.term)).toContain(
      'sovereignti',
    );
    const hits = searchIndex(index, 'sovereig');
    expect(hits[0]?.doc.text).toMatch(/sovereign/i);
    expect(searchIndex(index, 'sovereig ')).not.toEqual([]); // the typo path still finds "sovereign"
  });

  it('ranks sentences matching every query word above those matching one', () => {
    const hits = searchIndex(index, 'war powers resolution ');
    expect(hits[0]?.doc.text).toMatch(/War Powers Resolution/);
  });

  it('returns nothing for an empty or stop-word query', () => {
    expect(searchIndex(index, '')).toEqual([]);
    expect(searchIndex(index, 'the and of ')).toEqual([]);
  });
});
