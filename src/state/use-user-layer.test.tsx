import { act, renderHook } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { selectorFor } from '../model/anchor.ts';
import { compareFixture, FTO } from '../../tests/fixtures/compare-fixture.ts';
import { createAnnotationStore } from './annotation-store.ts';
import { useUserLayer } from './use-user-layer.ts';

vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

const article = compareFixture().articles.find((a) => a.meta.id === FTO);
if (!article) throw new Error('no FTO article');
const [first, second] = article.blocks.filter((b) => b.paragraphNumber !== undefined);
if (!first || !second) throw new Error('FTO has too few paragraphs');

describe('useUserLayer', () => {
  it('keeps the model, the layer and every span array when an unrelated change comes (a dismissal)', () => {
    const store = createAnnotationStore({ name: null });
    store.add({ article: FTO, selector: selectorFor(article.text, first.start, first.start + 30) });
    const id = store.add({
      article: FTO,
      selector: selectorFor(article.text, second.start, second.start + 30),
    });
    const { result } = renderHook(() => useUserLayer(store));
    const before = result.current;
    const spansOf = (blockId: string) => result.current.layer.spans.get(FTO)?.get(blockId);
    const firstSpans = spansOf(first.id);
    expect(firstSpans).toHaveLength(1);
    act(() => store.dismiss('fto-002>wz-001'));
    expect(result.current.snapshot).not.toBe(before.snapshot);
    expect(result.current.layer).toBe(before.layer);
    expect(spansOf(first.id)).toBe(firstSpans);
    // Editing the other annotation leaves the first block's spans as they were.
    act(() => store.update(id, { note: 'changed' }));
    expect(result.current.layer).not.toBe(before.layer);
    expect(spansOf(first.id)).toBe(firstSpans);
  });
});
