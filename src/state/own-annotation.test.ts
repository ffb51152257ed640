import { describe, expect, it } from 'vitest';
import { compareFixture, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { selectorFor } from '../model/anchor.ts';
import { buildTagIndex } from '../model/tag-index.ts';
import type { UserAnnotation } from '../model/user-annotation.ts';
import { userLayerOf } from '../model/user-layer.ts';
import { ownAnnotationView } from './own-annotation.ts';

const corpus = compareFixture();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const articles = new Map(corpus.articles.map((a) => [a.meta.id, a]));
const fto = articles.get(FTO);
const passage = corpus.tagLayer.passages.find((p) => p.article === FTO);
const target = corpus.tagLayer.passages.find((p) => p.article === WAR_ZONE);
if (!fto || !passage || !target) throw new Error('fixture incomplete');
const ID = '77777777-7777-4777-8777-777777777777';
const annotation: UserAnnotation = {
  id: ID,
  article: FTO,
  selector: selectorFor(fto.text, passage.start, passage.end),
  types: ['legal'],
  arguments: ['88888888-8888-4888-8888-888888888888'],
  links: [{ target: { passage: target.id } }],
  note: 'mine',
  created: 'x',
  modified: 'x',
};
const sources = (annotations: Record<string, UserAnnotation>, loaded = true) => ({
  annotations,
  userArguments: {
    '88888888-8888-4888-8888-888888888888': {
      id: '88888888-8888-4888-8888-888888888888',
      statement: 'My claim.',
      type: 'legal',
    },
  },
  layer: userLayerOf(Object.values(annotations), corpus.articles),
  index,
  articles,
  loaded,
});

describe('the own annotation selected', () => {
  it('is placed in its block, marks its linked passage and lists its argument and link', () => {
    const { view, problem } = ownAnnotationView(ID, sources({ [ID]: annotation }));
    expect(problem).toBeUndefined();
    expect(view?.placed).toMatchObject({ blockId: passage.blockId, start: passage.start, end: passage.end });
    expect(view?.quote).toBe(passage.exact);
    expect(view?.marks.selected).toEqual({ passage: ID, blockId: passage.blockId, article: FTO });
    expect(view?.marks.linked).toEqual([target.id]);
    expect(view?.arguments).toEqual([
      { id: '88888888-8888-4888-8888-888888888888', statement: 'My claim.', questions: [], yours: true },
    ]);
    expect(view?.links).toEqual([{ kind: 'passage', key: '0', passage: target }]);
    expect(view?.announcement).toMatch(/^Selected: your annotation in .+\. 1 link\.$/);
  });

  it('names an id this browser does not keep, once its annotations are loaded', () => {
    expect(ownAnnotationView(ID, sources({}, false))).toEqual({});
    const { view, problem } = ownAnnotationView(ID, sources({}));
    expect(view).toBeUndefined();
    expect(problem).toMatchObject({ kind: 'unknown-annotation', values: [ID] });
    expect(problem?.message).toContain('kept in this browser');
    expect(ownAnnotationView(undefined, sources({}))).toEqual({});
  });
});
