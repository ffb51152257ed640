import { describe, expect, it } from 'vitest';
import type { ArticleMeta } from './article.ts';
import { buildArticle } from './build-article.ts';
import type { RawBlock } from './edition.ts';

const meta: ArticleMeta = {
  id: 'a',
  title: 'A',
  titleSupplied: false,
  authors: [],
  source: 'a.txt',
  exclusions: [],
};
const P1 =
  'Such a use of force would, absent a change of circumstances, be hard to square with domestic or international law. Moreover, it would likely sabotage Trump’s own stated policy priorities relating to migration and could lead to retaliation against American citizens.';
const P2 =
  'In sum, even though U.S. military action in Mexico would almost certainly be unlawful, as a practical matter such illegality may not serve as an effective impediment.';
const blocks = (...texts: [RawBlock['kind'], string][]): RawBlock[] =>
  texts.map(([kind, text], i) => ({ kind, text, line: i + 1 }));

describe('buildArticle', () => {
  it('lays blocks into one canonical text with exact offsets and sentence spans', () => {
    const article = buildArticle(
      meta,
      blocks(['heading', 'Conclusion'], ['paragraph', P1], ['caption', 'IMAGE: a photo.'], ['paragraph', P2]),
    );
    expect(article.text).toBe(`Conclusion\n\n${P1}\n\nIMAGE: a photo.\n\n${P2}`);
    for (const block of article.blocks) expect(article.text.slice(block.start, block.end)).toBe(block.text);
    const [, first, caption, second] = article.blocks;
    expect(first?.paragraphNumber).toBe(1);
    expect(second?.paragraphNumber).toBe(2);
    expect(caption?.paragraphNumber).toBeUndefined();
    expect(caption?.sentences).toEqual([]);
    expect(first?.sentences.map((s) => article.text.slice(s.start, s.end))).toEqual([
      'Such a use of force would, absent a change of circumstances, be hard to square with domestic or international law.',
      'Moreover, it would likely sabotage Trump’s own stated policy priorities relating to migration and could lead to retaliation against American citizens.',
    ]);
    expect(article.wordCount).toBe(1 + P1.split(' ').length + P2.split(' ').length);
  });

  it('keeps block and sentence ids stable when other blocks change', () => {
    const before = buildArticle(meta, blocks(['paragraph', P1], ['paragraph', P2]));
    const after = buildArticle(
      meta,
      blocks(
        ['paragraph', 'A new opening paragraph.'],
        ['paragraph', P1.replace('hard', 'very hard')],
        ['paragraph', P2],
      ),
    );
    expect(after.blocks[2]?.id).toBe(before.blocks[1]?.id);
    expect(after.blocks[2]?.sentences[0]?.id).toBe(before.blocks[1]?.sentences[0]?.id);
    // The edited paragraph keeps the id of its unedited second sentence's hash, under a new block id.
    expect(after.blocks[1]?.id).not.toBe(before.blocks[0]?.id);
  });

  it('gives repeated identical blocks distinct ids', () => {
    const article = buildArticle(meta, blocks(['paragraph', P2], ['paragraph', P2]));
    expect(new Set(article.blocks.map((b) => b.id)).size).toBe(2);
  });
});
