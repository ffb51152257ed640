import { describe, expect, it } from 'vitest';
import { realArticle } from '../../tests/corpus/real-articles.ts';
import {
  articleOffset,
  blockAt,
  blockContaining,
  paragraphNumberAt,
  selectionRange,
  textBetween,
} from './article-offsets.ts';

const article = realArticle('war-zone-military-options');
const paragraph = (n: number) => {
  const block = article.blocks.find((b) => b.paragraphNumber === n);
  if (!block) throw new Error(`no paragraph ${n}`);
  return block;
};

describe('block points to article offsets', () => {
  it('maps an offset within a block to the same text in the article', () => {
    const block = paragraph(3);
    const offset = block.text.indexOf('All options');
    const at = articleOffset(article, { blockId: block.id, offset });
    expect(at).toBeDefined();
    expect(article.text.slice(at, (at ?? 0) + 11)).toBe('All options');
  });

  it('refuses unknown blocks and offsets beyond a block', () => {
    const block = paragraph(3);
    expect(articleOffset(article, { blockId: 'nope', offset: 0 })).toBeUndefined();
    expect(articleOffset(article, { blockId: block.id, offset: block.text.length + 1 })).toBeUndefined();
    expect(articleOffset(article, { blockId: block.id, offset: -1 })).toBeUndefined();
  });

  it('finds the block and paragraph at an offset, and none between blocks', () => {
    const block = paragraph(3);
    expect(blockAt(article, block.start + 5)?.id).toBe(block.id);
    expect(paragraphNumberAt(article, block.start + 5)).toBe(3);
    expect(blockAt(article, block.end + 1)).toBeUndefined();
  });

  it('finds the block wholly containing a range, and none for a range across blocks', () => {
    const block = paragraph(3);
    expect(blockContaining(article, block.start, block.end)?.id).toBe(block.id);
    expect(blockContaining(article, block.start + 2, block.end + 3)).toBeUndefined();
    expect(blockContaining(article, block.end, block.end + 1)).toBeUndefined();
  });
});

describe('selection ranges', () => {
  it('cover a selection made backwards, trimmed of white space', () => {
    const block = paragraph(3);
    const start = block.text.indexOf(' Hegseth did not');
    const end = block.text.indexOf('any specifics') + 'any specifics'.length;
    const range = selectionRange(
      article,
      { blockId: block.id, offset: end + 1 },
      { blockId: block.id, offset: start },
    );
    if ('problem' in range) throw new Error(range.problem);
    expect(article.text.slice(range.start, range.end)).toBe('Hegseth did not provide any specifics');
    expect(range.block.id).toBe(block.id);
  });

  it('refuse empty selections, selections across blocks and non-body blocks', () => {
    const three = paragraph(3);
    const four = paragraph(4);
    expect(
      selectionRange(article, { blockId: three.id, offset: 4 }, { blockId: three.id, offset: 4 }),
    ).toEqual({ problem: 'empty' });
    expect(
      selectionRange(article, { blockId: three.id, offset: 4 }, { blockId: four.id, offset: 4 }),
    ).toEqual({
      problem: 'crosses-blocks',
    });
    const caption = article.blocks.find((b) => b.kind === 'caption');
    if (!caption) throw new Error('no caption');
    expect(
      selectionRange(article, { blockId: caption.id, offset: 0 }, { blockId: caption.id, offset: 10 }),
    ).toEqual({
      problem: 'non-body',
    });
  });
});

describe('the words between two points, for copying', () => {
  it('gives the source text in reading order, blocks separated by a blank line', () => {
    const [two, three] = [paragraph(2), paragraph(3)];
    const from = { blockId: two.id, offset: 4 };
    const to = { blockId: three.id, offset: 10 };
    const words = `${two.text.slice(4)}\n\n${three.text.slice(0, 10)}`;
    expect(textBetween(article, from, to)).toBe(words);
    expect(textBetween(article, to, from)).toBe(words);
  });

  it('is undefined for a point outside the article', () => {
    expect(
      textBetween(article, { blockId: 'nope', offset: 0 }, { blockId: paragraph(3).id, offset: 1 }),
    ).toBeUndefined();
  });
});
