import { describe, expect, it } from 'vitest';
import {
  compareFixture,
  DISPUTE_NOTE,
  FTO,
  JUST_SECURITY,
  WAR_ZONE,
} from '../../tests/fixtures/compare-fixture.ts';
import { linkedIds } from './cross-index.ts';
import {
  annotationMarks,
  buildTagIndex,
  selectionMarks,
  stepThrough,
  typeAbbreviation,
} from './tag-index.ts';

const corpus = compareFixture();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);

describe('the cross-reference index', () => {
  it('links passages making one argument in other articles, both ways', () => {
    expect(linkedIds(index.cross, 'fto-002')).toEqual(['js-002', 'wz-001']);
    expect(linkedIds(index.cross, 'wz-001')).toEqual(['fto-002', 'js-002']);
    expect(index.cross.get('fto-004')).toEqual([
      { passage: 'js-001', kind: 'same-argument', argument: 'mexico-rejects' },
    ]);
  });

  it('expands argument contrasts to passage pairs, telling each side the other side’s argument', () => {
    expect(index.cross.get('wz-002')).toEqual([
      { passage: 'fto-005', kind: 'contrasts', argument: 'congress-limits', note: DISPUTE_NOTE },
    ]);
    expect(index.cross.get('fto-005')).toEqual([
      { passage: 'wz-002', kind: 'contrasts', argument: 'article-ii-power', note: DISPUTE_NOTE },
    ]);
  });

  it('has no entry for an unlinked passage', () => {
    expect(index.cross.get('wz-003')).toBeUndefined();
  });
});

describe('the tag index', () => {
  it('groups passages by block and segments only tagged blocks', () => {
    const fto = corpus.articles.find((a) => a.meta.id === FTO);
    const p7 = fto?.blocks.find((b) => b.paragraphNumber === 7);
    expect(index.passagesByBlock.get(p7?.id ?? '')?.map((p) => p.id)).toEqual([
      'fto-001',
      'fto-002',
      'fto-003',
    ]);
    expect(index.segmentsByBlock.has(p7?.id ?? '')).toBe(true);
    expect(index.segmentsByBlock.size).toBe(new Set(corpus.tagLayer.passages.map((p) => p.blockId)).size);
  });

  it('summarises each paragraph for the overview strip', () => {
    const cells = index.overviewByArticle.get(FTO) ?? [];
    expect(cells).toHaveLength(12);
    expect(cells.find((c) => c.paragraphNumber === 7)).toMatchObject({
      types: ['legal', 'strategic'],
      crossReferences: 2,
    });
    expect(cells.find((c) => c.paragraphNumber === 11)).toMatchObject({
      types: ['legal', 'political'],
      crossReferences: 1,
    });
    expect(cells.find((c) => c.paragraphNumber === 1)).toMatchObject({ types: [], crossReferences: 0 });
  });

  it('derives type markers from the labels', () => {
    expect(index.taxonomy.map(typeAbbreviation)).toEqual([
      'LEG',
      'OPE',
      'DIP',
      'POL',
      'STR',
      'HUM',
      'ECO',
      'HIS',
    ]);
  });
});

describe('selection marks', () => {
  it('marks the selected block and the blocks of linked passages', () => {
    const marks = selectionMarks(index, 'fto-002');
    expect(marks.selected).toMatchObject({ passage: 'fto-002', article: FTO });
    expect(marks.linked).toEqual(['js-002', 'wz-001']);
    const js = index.passageById.get('js-002');
    const wz = index.passageById.get('wz-001');
    expect(marks.linkedByBlock.get(js?.blockId ?? '')).toBe('js-002');
    expect(marks.linkedByBlock.get(wz?.blockId ?? '')).toBe('wz-001');
    expect([js?.article, wz?.article]).toEqual([JUST_SECURITY, WAR_ZONE]);
  });

  it('marks nothing for no selection or an unknown id', () => {
    expect(selectionMarks(index, undefined)).toEqual({ linkedByBlock: new Map(), linked: [] });
    expect(selectionMarks(index, 'nope').selected).toBeUndefined();
  });

  it('marks a reader’s own annotation: its block, and its links’ curated passages in link order', () => {
    const wz = index.passageById.get('wz-001');
    const js = index.passageById.get('js-002');
    const own = { id: '11111111-1111-4111-8111-111111111111', blockId: 'b-own', article: FTO };
    const marks = annotationMarks(index, own, [
      { target: { passage: 'wz-001' } },
      { target: { url: 'https://example.org/' } },
      { target: { passage: 'js-002' }, note: 'same point' },
      { target: { passage: 'wz-001' } },
      { target: { passage: 'gone-009' } },
      {
        target: {
          article: WAR_ZONE,
          selector: { quote: { exact: 'x', prefix: '', suffix: '' }, position: { start: 0, end: 1 } },
        },
      },
    ]);
    expect(marks.selected).toEqual({ passage: own.id, blockId: 'b-own', article: FTO });
    expect(marks.linked).toEqual(['wz-001', 'js-002']);
    expect(marks.linkedByBlock.get(wz?.blockId ?? '')).toBe('wz-001');
    expect(marks.linkedByBlock.get(js?.blockId ?? '')).toBe('js-002');
    expect(marks.linkedByBlock.size).toBe(2);
  });

  it('marks an own annotation that lost its text only by its links', () => {
    const marks = annotationMarks(index, undefined, [{ target: { passage: 'wz-001' } }]);
    expect(marks.selected).toBeUndefined();
    expect(marks.linked).toEqual(['wz-001']);
    expect(annotationMarks(index, undefined, [])).toEqual({ linkedByBlock: new Map(), linked: [] });
  });

  it('steps through ids, wrapping at either end', () => {
    expect(stepThrough(['a', 'b', 'c'], undefined, 1)).toBe('a');
    expect(stepThrough(['a', 'b', 'c'], undefined, -1)).toBe('c');
    expect(stepThrough(['a', 'b', 'c'], 'c', 1)).toBe('a');
    expect(stepThrough(['a', 'b', 'c'], 'a', -1)).toBe('c');
    expect(stepThrough([], 'a', 1)).toBeUndefined();
  });
});
