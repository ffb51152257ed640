import { describe, expect, it } from 'vitest';
import { compareSearch, EMPTY_COMPARE_STATE, isPresenting, parseCompareParams } from './compare-url.ts';
import { articlesInAddress, comparePath, comparePresentationPath } from './paths.ts';

const known = {
  articleIds: new Set([
    'war-zone-military-options',
    'fto-lethal-force-legality',
    'lawfare-bombing-mexico',
    'just-security-self-sabotage',
    'five-questions-war-on-cartels',
  ]),
  typeIds: new Set(['legal', 'strategic', 'diplomatic']),
  passageIds: new Set(['fto-012']),
};
const parse = (search: string) => parseCompareParams(new URLSearchParams(search), known);

describe('compare URL state', () => {
  it('parses the full example URL', () => {
    const { state, problems } = parse(
      '?a=war-zone-military-options,fto-lethal-force-legality&types=legal,strategic&mode=focus&p=fto-012&lock=1',
    );
    expect(problems).toEqual([]);
    expect(state).toEqual({
      articles: ['war-zone-military-options', 'fto-lethal-force-legality'],
      types: ['legal', 'strategic'],
      mode: 'focus',
      layer: true,
      mine: true,
      suggested: false,
      classLayer: false,
      passage: 'fto-012',
      lock: true,
    });
  });

  it('gives defaults for an empty URL', () => {
    expect(parse('')).toEqual({ state: EMPTY_COMPARE_STATE, problems: [] });
  });

  it('round-trips through compareSearch, with readable commas and defaults left out', () => {
    const state = {
      articles: ['lawfare-bombing-mexico', 'fto-lethal-force-legality'],
      types: ['diplomatic'],
      mode: 'focus' as const,
      layer: false,
      mine: true,
      suggested: true,
      classLayer: false,
      passage: 'fto-012',
      lock: true,
    };
    const search = compareSearch(state);
    expect(search).toBe(
      '?a=lawfare-bombing-mexico,fto-lethal-force-legality&types=diplomatic&mode=focus&layers=mine,suggested&p=fto-012&lock=1',
    );
    expect(parse(search).state).toEqual(state);
    expect(comparePath(EMPTY_COMPARE_STATE)).toBe('/compare');
    expect(comparePath({ ...EMPTY_COMPARE_STATE, articles: ['lawfare-bombing-mexico'] })).toBe(
      '/compare?a=lawfare-bombing-mexico',
    );
  });

  it('names unknown articles, types, modes and passages instead of dropping them silently', () => {
    const { state, problems } = parse(
      '?a=lawfare-bombing-mexico,nyt-oped,fto-lethal-force-legality,bbc&types=legal,moral&mode=zoom&p=xyz-001',
    );
    expect(state.articles).toEqual(['lawfare-bombing-mexico', 'fto-lethal-force-legality']);
    expect(state.types).toEqual(['legal']);
    expect(state.mode).toBe('highlight');
    expect(state.passage).toBeUndefined();
    expect(problems.map((p) => [p.kind, p.values])).toEqual([
      ['unknown-articles', ['nyt-oped', 'bbc']],
      ['unknown-types', ['moral']],
      ['unknown-mode', ['zoom']],
      ['unknown-passage', ['xyz-001']],
    ]);
    expect(problems[0]?.message).toBe('No article “nyt-oped” and “bbc” in this corpus; they are not shown.');
    expect(problems[1]?.message).toContain('“moral”');
  });

  it('names a paragraph to scroll to that does not exist, when block ids are known', () => {
    const withBlocks = { ...known, blockIds: new Set(['p-0abc123']) };
    const good = parseCompareParams(
      new URLSearchParams('?a=lawfare-bombing-mexico&at=p-0abc123'),
      withBlocks,
    );
    expect(good.state.at).toBe('p-0abc123');
    expect(good.problems).toEqual([]);
    const bad = parseCompareParams(new URLSearchParams('?a=lawfare-bombing-mexico&at=p-gone'), withBlocks);
    expect(bad.state.at).toBeUndefined();
    expect(bad.problems.map((p) => [p.kind, p.message])).toEqual([
      ['unknown-block', 'No paragraph “p-gone” in these articles; the view does not scroll to it.'],
    ]);
  });

  it('opens at most five columns and drops repeats and empty entries', () => {
    const ids = [...known.articleIds];
    const { state, problems } = parse(`?a=${ids[0]},,${ids[0]},${ids.join(',')},${ids[1]}`);
    expect(state.articles).toEqual(ids);
    expect(problems).toEqual([]);
    const six = parseCompareParams(new URLSearchParams(`?a=${ids.join(',')},extra`), {
      ...known,
      articleIds: new Set([...ids, 'extra']),
    });
    expect(six.state.articles).toHaveLength(5);
    expect(six.problems[0]).toMatchObject({ kind: 'too-many-articles', values: ['extra'] });
  });

  it('keeps the layers in `layers`, leaving the default (curated and mine) out', () => {
    const all = parse('?layers=curated,mine,suggested').state;
    expect([all.layer, all.mine, all.suggested]).toEqual([true, true, true]);
    expect(compareSearch({ ...EMPTY_COMPARE_STATE, suggested: true })).toBe('?layers=curated,mine,suggested');
    expect(compareSearch({ ...EMPTY_COMPARE_STATE })).toBe('');
    const none = { ...EMPTY_COMPARE_STATE, layer: false, mine: false };
    expect(compareSearch(none)).toBe('?layers=none');
    expect(parse('?layers=none').state).toEqual(none);
    expect(parse('?layers=').state).toEqual(none);
  });

  it('shows the class layer only when `layers` names it', () => {
    const withClass = { ...EMPTY_COMPARE_STATE, classLayer: true };
    expect(compareSearch(withClass)).toBe('?layers=curated,mine,class');
    expect(parse('?layers=curated,mine,class').state).toEqual(withClass);
    expect(parse('?layers=class').state).toMatchObject({ layer: false, mine: false, classLayer: true });
    expect(parse('').state.classLayer).toBe(false);
  });

  it('still honours old links with layer=0 (curated off, mine on, no suggestions)', () => {
    const { state, problems } = parse('?a=lawfare-bombing-mexico&layer=0');
    expect(problems).toEqual([]);
    expect(state).toEqual({ ...EMPTY_COMPARE_STATE, articles: ['lawfare-bombing-mexico'], layer: false });
    expect(compareSearch(state)).toBe('?a=lawfare-bombing-mexico&layers=mine');
    // `layers` wins over the old parameter.
    expect(parse('?layer=0&layers=curated').state.layer).toBe(true);
  });

  it('names unknown layers', () => {
    const { state, problems } = parse('?layers=curated,ghosts');
    expect(state.layer).toBe(true);
    expect(state.mine).toBe(false);
    expect(problems).toEqual([expect.objectContaining({ kind: 'unknown-layers', values: ['ghosts'] })]);
  });

  it('keeps presentation mode and its step (present=1, p) through the URL, and leaves it with the step selected', () => {
    const state = {
      ...EMPTY_COMPARE_STATE,
      articles: ['lawfare-bombing-mexico', 'fto-lethal-force-legality'],
      types: ['legal'],
      argument: 'some-argument',
    };
    const presenting = comparePresentationPath(state, 'fto-012', true);
    expect(presenting).toBe(
      '/compare?a=lawfare-bombing-mexico,fto-lethal-force-legality&types=legal&p=fto-012&present=1',
    );
    const search = presenting.slice('/compare'.length);
    expect(isPresenting(new URLSearchParams(search))).toBe(true);
    const parsed = parse(search).state;
    expect(parsed).toEqual({ ...state, argument: undefined, passage: 'fto-012', present: true });
    expect(compareSearch(parsed)).toBe(search);
    // Escape: the same columns and filter, the step selected, presentation off.
    expect(comparePresentationPath(parsed, 'fto-012', false)).toBe(
      '/compare?a=lawfare-bombing-mexico,fto-lethal-force-legality&types=legal&p=fto-012',
    );
    expect(comparePresentationPath(state, undefined, true)).toBe(
      '/compare?a=lawfare-bombing-mexico,fto-lethal-force-legality&types=legal&present=1',
    );
    expect(parse('?a=lawfare-bombing-mexico&present=yes').state.present).toBeUndefined();
    expect(isPresenting(new URLSearchParams('?present=0'))).toBe(false);
  });
});

describe('articlesInAddress', () => {
  it('gives the columns of the compare view, an article page’s article, and its guide’s', () => {
    expect(
      articlesInAddress('/compare', '?a=lawfare-bombing-mexico,just-security-self-sabotage&types=legal'),
    ).toEqual(['lawfare-bombing-mexico', 'just-security-self-sabotage']);
    expect(articlesInAddress('/article/lawfare-bombing-mexico', '?types=legal')).toEqual([
      'lawfare-bombing-mexico',
    ]);
    expect(articlesInAddress('/article/lawfare-bombing-mexico/guide', '')).toEqual([
      'lawfare-bombing-mexico',
    ]);
  });

  it('gives none elsewhere, or for an article path that cannot be decoded', () => {
    expect(articlesInAddress('/', '?a=lawfare-bombing-mexico')).toEqual([]);
    expect(articlesInAddress('/search', '?q=cartel')).toEqual([]);
    expect(articlesInAddress('/compare', '')).toEqual([]);
    expect(articlesInAddress('/article/%E0%A4%A', '')).toEqual([]);
  });
});
