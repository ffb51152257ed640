import { describe, expect, it } from 'vitest';
import { buildTagIndex } from '../model/tag-index.ts';
import { EMPTY_USER_STATE, type UserAnnotation } from '../model/user-annotation.ts';
import { FTO, JUST_SECURITY, WAR_ZONE, compareFixture } from '../../tests/fixtures/compare-fixture.ts';
import { annotationForm } from './annotation-form.ts';

const corpus = compareFixture();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const articles = new Map(corpus.articles.map((a) => [a.meta.id, a]));
const fto = articles.get(FTO);
if (!fto) throw new Error('fixture lacks the FTO article');
const QUOTE = 'Article 51 provides an exception for self-defense.';
const start = fto.text.indexOf(QUOTE);

const annotation: UserAnnotation = {
  id: 'u1',
  article: FTO,
  selector: {
    quote: { exact: QUOTE, prefix: '', suffix: '' },
    position: { start, end: start + QUOTE.length },
  },
  types: ['legal'],
  arguments: [],
  links: [],
  created: '2026-11-22T00:00:00.000Z',
  modified: '2026-11-22T00:00:00.000Z',
};

const base = {
  state: EMPTY_USER_STATE,
  layer: { placed: [] },
  editingId: undefined,
  selection: undefined,
  index,
  articles,
  openIds: [FTO, WAR_ZONE, JUST_SECURITY],
};

describe('annotationForm', () => {
  it('targets a valid selection and offers passages of the other open articles only', () => {
    const form = annotationForm({ ...base, selection: { article: FTO, start, end: start + QUOTE.length } });
    expect(form.target).toEqual({ article: FTO, start, end: start + QUOTE.length });
    expect(form.editing).toBeUndefined();
    expect(form.linkOptions.length).toBeGreaterThan(0);
    expect(form.linkOptions.every((o) => o.passage.article !== FTO)).toBe(true);
    expect(form.argumentOptions.map((a) => a.id)).toEqual([...index.argumentById.keys()]);
  });

  it('has no target for a refused selection', () => {
    expect(annotationForm({ ...base, selection: { problem: 'crosses-blocks' } }).target).toBeUndefined();
  });

  it('targets an edited annotation where it is placed now, and lists the reader’s arguments first', () => {
    const state = {
      ...EMPTY_USER_STATE,
      annotations: { u1: annotation },
      arguments: {
        'my-arg': { id: 'my-arg', statement: 'Mine.', type: 'legal', created: annotation.created },
      },
    };
    const placed = [
      { annotation, start: start + 2, end: start + 2 + QUOTE.length, status: 'moved' as const },
    ];
    const form = annotationForm({ ...base, state, layer: { placed }, editingId: 'u1' });
    expect(form.editing?.id).toBe('u1');
    expect(form.target).toEqual({ article: FTO, start: start + 2, end: start + 2 + QUOTE.length });
    expect(form.argumentOptions[0]).toEqual({ id: 'my-arg', statement: 'Mine.', type: 'legal', user: true });
    const orphan = annotationForm({ ...base, state, editingId: 'u1' });
    expect(orphan.target).toEqual({ article: FTO });
  });

  it('offers the selected passage first, else the first sentence of the paragraph last focused', () => {
    const passage = index.passagesByArticle.get(FTO)?.[0];
    const block = fto.blocks.find((b) => b.paragraphNumber === 3);
    if (!passage || !block) throw new Error('fixture lacks passage or paragraph');
    const focusedBlock = { article: FTO, blockId: block.id };
    const both = annotationForm({ ...base, selectedPassage: passage, focusedBlock }).quick;
    expect(both).toEqual({
      label: 'Annotate the selected passage',
      selection: { article: FTO, start: passage.start, end: passage.end },
    });
    const focused = annotationForm({ ...base, focusedBlock }).quick;
    expect(focused?.label).toBe('Annotate the first sentence of paragraph 3');
    const { start: s, end: e } = focused?.selection ?? { start: 0, end: 0 };
    expect(fto.text.slice(s, e)).toBe(
      'So far, the Mexican government has explicitly rejected these proposals.',
    );
    expect(annotationForm(base).quick).toBeUndefined();
    // Nothing to offer while the editor has a target.
    const selection = { article: FTO, start, end: start + QUOTE.length };
    expect(annotationForm({ ...base, selection, focusedBlock }).quick).toBeUndefined();
  });
});
