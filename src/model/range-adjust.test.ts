import { describe, expect, it } from 'vitest';
import { realArticle } from '../../tests/corpus/real-articles.ts';
import type { Article, Block } from './article.ts';
import { adjustRange, firstSentence, type TextRange } from './range-adjust.ts';

const fto = realArticle('fto-lethal-force-legality');
const warZone = realArticle('war-zone-military-options');

function paragraph(article: Article, n: number): Block {
  const block = article.blocks.find((b) => b.paragraphNumber === n);
  if (!block) throw new Error(`no paragraph ${n}`);
  return block;
}

/** The range of the first occurrence of `quote` in the article. */
function rangeOf(article: Article, quote: string): TextRange {
  const start = article.text.indexOf(quote);
  if (start < 0) throw new Error(`"${quote}" is not in ${article.meta.id}`);
  return { start, end: start + quote.length };
}

const text = (article: Article, range: TextRange | undefined) =>
  range && article.text.slice(range.start, range.end);

// FTO paragraph 3: "So far, … proposals. On May 3, 2025, … rumors. Speaking to a crowd … sovereignty. “It’s not necessary. We can collaborate.”"
const REJECTED = 'So far, the Mexican government has explicitly rejected these proposals.';
const MAY_3 = 'On May 3, 2025, Mexican President Claudia Sheinbaum pushed back on the latest set of rumors.';
const SPEAKING =
  'Speaking to a crowd in Mexico, she insisted that any U.S. presence or use of force would infringe on Mexican sovereignty.';

describe('adjustRange', () => {
  it('extends and shrinks a one-sentence range by whole sentences of its paragraph', () => {
    const range = rangeOf(fto, MAY_3);
    expect(text(fto, adjustRange(fto, range, 'end', 'later'))).toBe(`${MAY_3} ${SPEAKING}`);
    expect(text(fto, adjustRange(fto, range, 'start', 'earlier'))).toBe(`${REJECTED} ${MAY_3}`);
    const two = adjustRange(fto, range, 'end', 'later');
    if (!two) throw new Error('no two-sentence range');
    expect(text(fto, adjustRange(fto, two, 'start', 'later'))).toBe(SPEAKING);
    expect(text(fto, adjustRange(fto, two, 'end', 'earlier'))).toBe(MAY_3);
  });

  it('never empties the range', () => {
    const range = rangeOf(fto, MAY_3);
    expect(adjustRange(fto, range, 'start', 'later')).toBeUndefined();
    expect(adjustRange(fto, range, 'end', 'earlier')).toBeUndefined();
  });

  it('stays inside the block: no start before its first sentence, no end after its last', () => {
    const block = paragraph(fto, 3);
    const first = block.sentences[0];
    const last = block.sentences.at(-1);
    if (!first || !last) throw new Error('paragraph 3 has no sentences');
    expect(adjustRange(fto, { start: first.start, end: first.end }, 'start', 'earlier')).toBeUndefined();
    expect(adjustRange(fto, { start: last.start, end: last.end }, 'end', 'later')).toBeUndefined();
    expect(text(fto, { start: last.start, end: last.end })).toBe('We can collaborate.”');
  });

  it('snaps a phrase to sentence boundaries: to its own sentence’s start, or to the next sentence end', () => {
    const phrase = rangeOf(warZone, 'did not provide any specifics');
    expect(text(warZone, adjustRange(warZone, phrase, 'start', 'earlier'))).toBe(
      'Hegseth did not provide any specifics',
    );
    expect(text(warZone, adjustRange(warZone, phrase, 'end', 'later'))).toBe(
      'did not provide any specifics because he didn’t want to get ahead of Trump on the issue.',
    );
    // Within one sentence there is no later start or earlier end that keeps text.
    expect(adjustRange(warZone, phrase, 'start', 'later')).toBeUndefined();
    expect(adjustRange(warZone, phrase, 'end', 'earlier')).toBeUndefined();
  });

  it('works on a heading, a one-sentence block', () => {
    const article = realArticle('lawfare-bombing-mexico');
    const heading = article.blocks.find((b) => b.kind === 'heading');
    if (!heading) throw new Error('no heading');
    const phrase = { start: heading.start, end: heading.start + 6 };
    expect(text(article, adjustRange(article, phrase, 'end', 'later'))).toBe(heading.text);
    expect(adjustRange(article, { start: heading.start, end: heading.end }, 'end', 'later')).toBeUndefined();
  });

  it('refuses ranges across blocks, empty ones and ones in non-body blocks', () => {
    const p3 = paragraph(fto, 3);
    const across = { start: p3.start + 5, end: p3.end + 10 };
    expect(adjustRange(fto, across, 'end', 'earlier')).toBeUndefined();
    expect(adjustRange(fto, { start: p3.start, end: p3.start }, 'end', 'later')).toBeUndefined();
    const footnote = fto.blocks.find((b) => b.kind === 'footnote');
    if (!footnote) throw new Error('no footnote');
    expect(adjustRange(fto, { start: footnote.start, end: footnote.start + 10 }, 'end', 'later')).toBe(
      undefined,
    );
  });
});

describe('firstSentence', () => {
  it('is the first sentence of a paragraph, and nothing for non-body or unknown blocks', () => {
    expect(text(fto, firstSentence(fto, paragraph(fto, 3).id))).toBe(REJECTED);
    const footnote = fto.blocks.find((b) => b.kind === 'footnote');
    expect(firstSentence(fto, footnote?.id ?? '')).toBeUndefined();
    expect(firstSentence(fto, 'no-such-block')).toBeUndefined();
  });
});
