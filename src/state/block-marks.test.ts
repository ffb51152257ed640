import { describe, expect, it } from 'vitest';
import { blockMarks, segmentView, sentenceSpans } from './block-marks.ts';

const strings = { active: 'a b', selected: 'b', linked: 'c', suggested: 'd @110-120', layer: true };

describe('blockMarks', () => {
  it('shows the active, linked, selected and suggested passages with the tag layer', () => {
    const marks = blockMarks(strings);
    expect([...marks.shown].sort()).toEqual(['a', 'b', 'c', 'd']);
    expect([...marks.suggested]).toEqual(['d']);
    expect(marks.suggestionMarks).toEqual(['d', '@110-120']);
    expect([...marks.linked]).toEqual(['c']);
  });

  it('shows only the suggested passages without it', () => {
    expect([...blockMarks({ ...strings, layer: false }).shown]).toEqual(['d']);
    expect(blockMarks({ active: '', selected: '', linked: '', suggested: '', layer: true }).shown.size).toBe(
      0,
    );
  });
});

describe('segmentView', () => {
  it('keeps the shown passages, outermost first, with their state classes and markers', () => {
    const marks = blockMarks(strings);
    expect(segmentView({ passages: ['a', 'b', 'x'], starts: ['b', 'x'] }, marks)).toEqual({
      ids: ['a', 'b'],
      state: 'is-selected is-nested',
      suggestedStart: false,
      markers: ['b'],
    });
    expect(segmentView({ passages: ['c', 'd'], starts: ['d'] }, marks)).toEqual({
      ids: ['c', 'd'],
      state: 'is-linked is-nested is-suggested',
      suggestedStart: true,
      markers: ['d'],
    });
  });

  it('draws bare suggested passages without markers when the tag layer is off', () => {
    const view = segmentView(
      { passages: ['a', 'd'], starts: ['a', 'd'] },
      blockMarks({ ...strings, layer: false }),
    );
    expect(view).toEqual({ ids: ['d'], state: 'is-suggested is-bare', suggestedStart: true, markers: [] });
  });
});

describe('sentenceSpans', () => {
  it('turns "@start-end" marks inside the block into block offsets in text order, skipping the rest', () => {
    const block = { text: 'x'.repeat(50), start: 100 };
    expect(sentenceSpans(['@130-140', 'p-1', '@100-110', '@140-160', '@90-95', '@120-120'], block)).toEqual([
      [0, 10],
      [30, 40],
    ]);
  });
});
