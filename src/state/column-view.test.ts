import { describe, expect, it } from 'vitest';
import { groupBlocks } from '../model/block-groups.ts';
import { columnItems } from '../model/claim-filter.ts';
import { buildTagIndex, selectionMarks } from '../model/tag-index.ts';
import { compareFixture, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { columnMarks, foldHolding } from './column-view.ts';

const corpus = compareFixture();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const passage = (id: string) => index.passageById.get(id)!;

describe('columnMarks', () => {
  it('marks the selection in its own column and only the linked passages elsewhere', () => {
    // fto-002 and wz-001 make the same argument (self-defense-exception).
    const marks = selectionMarks(index, 'fto-002');
    const fto = columnMarks(marks, FTO, index.passageById);
    expect(fto.scrollTo).toBe('fto-002');
    expect(fto.selectedBlock).toBe(passage('fto-002').blockId);
    expect(fto.marked.split(' ')).toContain(passage('fto-002').blockId);
    expect(fto.marked.split(' ')).not.toContain(passage('wz-001').blockId);

    const wz = columnMarks(marks, WAR_ZONE, index.passageById);
    expect(wz.scrollTo).toBe('wz-001');
    expect(wz.selectedBlock).toBeUndefined();
    expect(wz.marked).toBe(passage('wz-001').blockId);
  });

  it('marks nothing without a selection', () => {
    expect(columnMarks(selectionMarks(index, undefined), FTO, index.passageById)).toEqual({
      scrollTo: undefined,
      selectedBlock: undefined,
      marked: '',
    });
  });
});

describe('foldHolding', () => {
  it('finds the fold hiding a block, and nothing for a shown block', () => {
    const article = corpus.articles.find((a) => a.meta.id === FTO)!;
    const tagged = passage('fto-001').blockId;
    const items = columnItems(groupBlocks(article.blocks), {
      mode: 'focus',
      types: new Set(['diplomatic']),
      activeBlocks: new Set([passage('fto-004').blockId]),
      forced: new Set(),
      expanded: new Set(),
    });
    const key = foldHolding(items, tagged);
    expect(items.find((i) => i.key === key)?.kind).toBe('fold');
    expect(foldHolding(items, passage('fto-004').blockId)).toBeUndefined();
  });
});
