import { describe, expect, it } from 'vitest';
import { compareFixture, FTO } from '../../tests/fixtures/compare-fixture.ts';
import { groupResults, highlightSegments } from './group-results.ts';
import { corpusDocuments } from '../data/search-documents.ts';
import { buildSearchIndex, searchIndex } from './search-index.ts';

const corpus = compareFixture();
const index = buildSearchIndex(corpusDocuments(corpus));

describe('highlightSegments', () => {
  it('splits text at the matched words and keeps every character', () => {
    const text = 'Article 51 provides an exception for self-defense.';
    const segments = highlightSegments(text, new Set(['articl', '51']));
    expect(segments.filter((s) => s.match).map((s) => s.text)).toEqual(['Article', '51']);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });
});

describe('groupResults', () => {
  it('groups by article, best group first, and puts arguments last', () => {
    const { groups } = groupResults(searchIndex(index, 'article 51 self-defense '), corpus.articles);
    expect(groups[0]?.articleId).toBeDefined();
    expect(groups.at(-1)?.title).toBe('Arguments');
    const ids = groups.map((g) => g.articleId).filter((id) => id !== undefined);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('drops a sentence hit that lies inside a passage hit', () => {
    const { groups } = groupResults(searchIndex(index, 'exception self-defense '), corpus.articles);
    const fto = groups.find((g) => g.articleId === FTO);
    const texts = fto?.results.map((r) => `${r.kind}: ${r.segments.map((s) => s.text).join('')}`) ?? [];
    expect(texts).toContain('passage: Article 51 provides an exception for self-defense.');
    expect(texts).not.toContain('sentence: Article 51 provides an exception for self-defense.');
  });

  it('lists each paragraph once, with its best hit', () => {
    // fto-002 and the passage nested in it (fto-003) are in one paragraph: the reader goes there once.
    const hits = searchIndex(index, 'article 51 self-defense ');
    expect(hits.filter((h) => h.doc.kind === 'passage' && h.doc.articleId === FTO).length).toBeGreaterThan(1);
    const { groups, total } = groupResults(hits, corpus.articles);
    const places = groups.flatMap((g) => g.results.filter((r) => r.blockId).map((r) => r.blockId));
    expect(new Set(places).size).toBe(places.length);
    expect(total).toBe(groups.reduce((n, g) => n + g.results.length, 0));
  });

  it('shows the first results of the same list it counts, so a short list agrees with the full one', () => {
    const hits = searchIndex(index, 'article 51 self-defense ');
    const all = groupResults(hits, corpus.articles);
    const few = groupResults(hits, corpus.articles, 3);
    expect(few.total).toBe(all.total);
    expect(few.shown).toBe(3);
    const ids = (r: typeof all) => r.groups.flatMap((g) => g.results.map((x) => x.id));
    expect(ids(all)).toEqual(expect.arrayContaining(ids(few)));
    expect(all.total).toBeGreaterThan(3);
  });

  it('finds the curated Article 51 passages from the typo "artcle 51"', () => {
    const passages = searchIndex(index, 'artcle 51')
      .filter((h) => h.doc.kind === 'passage')
      .map((h) => h.doc.id);
    expect(passages).toEqual(expect.arrayContaining(['fto-002', 'fto-003', 'wz-001', 'js-002']));
  });
});
