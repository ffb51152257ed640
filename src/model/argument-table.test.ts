import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from './article.ts';
import { argumentRows, argumentTypeCounts, shortTitle } from './argument-table.ts';
import { EMPTY_TAG_LAYER, type Argument, type TagLayer } from './tag-layer.ts';

const arg = (id: string, statement: string, type: string, articles: string[]): Argument => ({
  id,
  statement,
  type,
  questions: [],
  passages: [],
  articles,
});
const color = { light: '#000000', dark: '#ffffff' };
const layer: TagLayer = {
  ...EMPTY_TAG_LAYER,
  taxonomy: [
    { id: 'legal', label: 'Legal', description: '', color },
    { id: 'diplomatic', label: 'Diplomatic', description: '', color },
  ],
  arguments: [
    arg('b', 'Only Congress can declare war.', 'legal', ['x']),
    arg('c', 'Mexico rejects US military action on its soil.', 'diplomatic', ['x', 'y', 'z']),
    arg('a', 'Article 51 is the likely legal basis.', 'legal', ['x', 'y']),
  ],
};

describe('argumentRows', () => {
  it('sorts by number of articles, then statement', () => {
    expect(argumentRows(layer, { sort: 'articles' }).map((r) => r.argument.id)).toEqual(['c', 'a', 'b']);
  });
  it('sorts by statement and by type in taxonomy order', () => {
    expect(argumentRows(layer, { sort: 'statement' }).map((r) => r.argument.id)).toEqual(['a', 'c', 'b']);
    expect(argumentRows(layer, { sort: 'type' }).map((r) => r.argument.id)).toEqual(['a', 'b', 'c']);
  });
  it('filters by primary type and joins the claim type', () => {
    const rows = argumentRows(layer, { type: 'diplomatic', sort: 'articles' });
    expect(rows.map((r) => [r.argument.id, r.type?.label, r.articleCount])).toEqual([['c', 'Diplomatic', 3]]);
  });
  it('counts arguments per type', () => {
    expect(argumentTypeCounts(layer).map((c) => [c.type.id, c.count])).toEqual([
      ['legal', 2],
      ['diplomatic', 1],
    ]);
  });
});

describe('shortTitle', () => {
  const meta = (title: string): ArticleMeta => ({
    id: 'x',
    title,
    titleSupplied: false,
    authors: [],
    source: '',
    exclusions: [],
  });
  it('keeps a short title, cuts a long one, drops editorial brackets', () => {
    expect(shortTitle(meta('What Would Bombing Mexico Accomplish?'))).toBe('What Would Bombing Mexico…');
    expect(shortTitle(meta('[The FTO designation and the legality of lethal force]'))).toBe(
      'The FTO designation and…',
    );
    expect(shortTitle(meta('Five questions'))).toBe('Five questions');
  });
});
