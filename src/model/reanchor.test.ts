import { describe, expect, it } from 'vitest';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { realArticle } from '../../tests/corpus/real-articles.ts';
import type { Article } from './article.ts';
import { selectorFor } from './anchor.ts';
import { reanchorAll } from './reanchor.ts';

const article = realArticle('lawfare-bombing-mexico');
const quote = article.text.slice(article.blocks[3]?.start ?? 0, (article.blocks[3]?.start ?? 0) + 120);
const edited = (text: string): Article => ({ ...article, text });

describe('re-anchoring user annotations on load', () => {
  const a = annotationOn(article, quote, { id: 'a', note: 'keep me' });

  it('places an annotation whose text is unchanged, without updating it', () => {
    const result = reanchorAll([a], [article]);
    expect(result.placed).toMatchObject([{ status: 'exact', start: a.selector.position.start }]);
    expect(result.updates).toEqual([]);
    expect(result.orphans).toEqual([]);
  });

  it('moves an annotation when text is inserted before it, and refreshes its selector', () => {
    const text = `A new opening paragraph.\n\n${article.text}`;
    const result = reanchorAll([a], [edited(text)]);
    expect(result.placed[0]?.status).toBe('moved');
    expect(result.placed[0]?.start).toBe(a.selector.position.start + 26);
    expect(result.updates[0]?.selector.position.start).toBe(a.selector.position.start + 26);
    expect(result.updates[0]?.note).toBe('keep me');
  });

  it('re-anchors the targets of links to a stretch of another article, and saves them', () => {
    const other = realArticle('war-zone-military-options');
    const start = other.blocks[3]?.start ?? 0;
    const target = selectorFor(other.text, start, start + 80);
    const linked = { ...a, links: [{ target: { article: other.meta.id, selector: target } }] };
    const unchanged = reanchorAll([linked], [article, other]);
    expect(unchanged.updates).toEqual([]);
    const shifted: Article = { ...other, text: `Inserted.\n\n${other.text}` };
    const result = reanchorAll([linked], [article, shifted]);
    const link = result.updates[0]?.links[0]?.target;
    expect(link && 'selector' in link ? link.selector.position : undefined).toEqual({
      start: start + 11,
      end: start + 91,
    });
    // The annotation's own selector was fine: only the link changed.
    expect(result.updates[0]?.selector).toEqual(a.selector);
  });

  it('marks a lightly edited passage as fuzzy, for review', () => {
    const { start, end } = a.selector.position;
    const changed = quote.replace(/e/, 'E').replace(/ /, '  ');
    const text = article.text.slice(0, start) + changed + article.text.slice(end);
    const result = reanchorAll([a], [edited(text)]);
    expect(result.review).toHaveLength(1);
    expect(result.placed[0]?.status).toBe('fuzzy');
    expect(result.orphans).toEqual([]);
  });

  it('keeps a deleted passage, and one in a missing article, as orphans with quote and note', () => {
    const { start, end } = a.selector.position;
    const text =
      article.text.slice(0, start) + 'Something else entirely was written here.' + article.text.slice(end);
    const lost = { ...a, id: 'b', article: 'no-such-article' };
    const result = reanchorAll([a, lost], [edited(text)]);
    expect(result.placed).toEqual([]);
    expect(result.orphans.map((o) => [o.annotation.id, o.reason, o.annotation.note])).toEqual([
      ['a', 'quote-not-found', 'keep me'],
      ['b', 'no-article', 'keep me'],
    ]);
  });
});
