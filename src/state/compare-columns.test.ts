import { describe, expect, it } from 'vitest';
import { buildTagIndex } from '../model/tag-index.ts';
import { compareFixture, FTO, JUST_SECURITY, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { compareColumns, visibleColumn } from './compare-columns.ts';
import { MAX_COLUMNS } from './compare-url.ts';

const corpus = compareFixture();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const byId = new Map(corpus.articles.map((a) => [a.meta.id, a]));
const ids = (articles: readonly { meta: { id: string } }[]) => articles.map((a) => a.meta.id);

describe('compareColumns', () => {
  it('keeps the open articles in column order and the closed ones in library order', () => {
    const columns = compareColumns(corpus.articles, byId, [WAR_ZONE, FTO], index);
    expect(ids(columns.open)).toEqual([WAR_ZONE, FTO]);
    expect(ids(columns.closed)).toEqual(ids(corpus.articles).filter((id) => id !== WAR_ZONE && id !== FTO));
    expect(columns.full).toBe(false);
  });

  it('counts each open article’s passages per claim type, in column order', () => {
    const { counts } = compareColumns(corpus.articles, byId, [FTO, JUST_SECURITY], index);
    expect(counts.map((c) => c.article.meta.id)).toEqual([FTO, JUST_SECURITY]);
    // Fixture: FTO has four legal passages (fto-003 is also strategic); Just Security one diplomatic, one legal.
    expect(counts[0]?.counts.get('legal')).toBe(4);
    expect(counts[0]?.counts.get('strategic')).toBe(1);
    expect(counts[1]?.counts.get('diplomatic')).toBe(1);
  });

  it('is full at the column limit, and skips ids it does not know', () => {
    const all = ids(corpus.articles).slice(0, MAX_COLUMNS);
    expect(compareColumns(corpus.articles, byId, all, index).full).toBe(true);
    expect(ids(compareColumns(corpus.articles, byId, ['nope', FTO], index).open)).toEqual([FTO]);
  });

  it('lists an open article whose text has not arrived as pending, in column order, not as open', () => {
    const some = new Map([...byId].filter(([id]) => id === FTO));
    const columns = compareColumns(corpus.articles, some, [WAR_ZONE, FTO, JUST_SECURITY, 'nope'], index);
    expect(ids(columns.open)).toEqual([FTO]);
    expect(columns.pending).toEqual([WAR_ZONE, JUST_SECURITY]);
    expect(ids(columns.closed)).not.toContain(WAR_ZONE);
  });
});

describe('visibleColumn', () => {
  it('prefers the chosen tab, then the selection’s article, then the first column, each only if open', () => {
    expect(visibleColumn([FTO, WAR_ZONE], WAR_ZONE, FTO)).toBe(WAR_ZONE);
    expect(visibleColumn([FTO, WAR_ZONE], JUST_SECURITY, WAR_ZONE)).toBe(WAR_ZONE);
    expect(visibleColumn([FTO, WAR_ZONE], undefined, JUST_SECURITY)).toBe(FTO);
    expect(visibleColumn([], undefined, undefined)).toBeUndefined();
  });
});
