import { describe, expect, it } from 'vitest';
import { compareFixture, FTO } from '../../tests/fixtures/compare-fixture.ts';
import { segmentBlock } from './segments.ts';

const corpus = compareFixture();
const fto = corpus.articles.find((a) => a.meta.id === FTO);
const passages = corpus.tagLayer.passages;
/** Paragraph 7 of the FTO article: "Under the United Nations Charter, …" with nested passages. */
const block = fto?.blocks.find((b) => b.paragraphNumber === 7);

describe('segmentBlock', () => {
  it('tiles the block text exactly, in order, with no empty segment', () => {
    if (!block) throw new Error('fixture block missing');
    const segments = segmentBlock(block, passages);
    expect(segments.map((s) => s.text).join('')).toBe(block.text);
    expect(segments.every((s) => s.end > s.start && s.text === block.text.slice(s.start, s.end))).toBe(true);
    expect(segments[0]?.start).toBe(0);
    expect(segments.at(-1)?.end).toBe(block.text.length);
  });

  it('covers nested passages with both ids, outermost first, and marks where each starts', () => {
    if (!block) throw new Error('fixture block missing');
    const segments = segmentBlock(block, passages);
    const nested = segments.find((s) => s.text === 'Article 51 provides an exception for self-defense.');
    expect(nested?.passages).toEqual(['fto-002', 'fto-003']);
    expect(nested?.starts).toEqual(['fto-002', 'fto-003']);
    const rest = segments.find((s) => s.text.startsWith(' If the United States were to use force'));
    expect(rest?.passages).toEqual(['fto-002']);
    expect(rest?.starts).toEqual([]);
    const first = segments.find((s) => s.text.startsWith('Under the United Nations Charter'));
    expect(first?.passages).toEqual(['fto-001']);
    // The space between two sentences belongs to no passage.
    expect(segments.find((s) => s.text === ' ')?.passages).toEqual([]);
    // The tail after the last passage is untagged text.
    expect(segments.at(-1)?.text).toBe(' (the Art. 42 path is unavailable as a practical matter).');
  });

  it('handles partly overlapping passages and clips passages straddling the block', () => {
    const text = 'Article 51 provides an exception for self-defense.';
    const b = { text, start: 100, end: 100 + text.length };
    const segments = segmentBlock(b, [
      { id: 'a', start: 100, end: 120 }, // "Article 51 provides "
      { id: 'b', start: 111, end: 130 }, // "provides an excepti"
      { id: 'c', start: 90, end: 105 }, // starts before the block
      { id: 'd', start: 300, end: 320 }, // elsewhere
    ]);
    expect(segments.map((s) => [s.text, s.passages])).toEqual([
      ['Artic', ['a', 'c']],
      ['le 51 ', ['a']],
      ['provides ', ['a', 'b']],
      ['an excepti', ['b']],
      ['on for self-defense.', []],
    ]);
    expect(segments.find((s) => s.text === 'provides ')?.starts).toEqual(['b']);
  });

  it('returns the whole block as one untagged segment when no passage falls in it', () => {
    if (!block) throw new Error('fixture block missing');
    expect(segmentBlock(block, [])).toEqual([
      { start: 0, end: block.text.length, text: block.text, passages: [], starts: [] },
    ]);
  });
});
