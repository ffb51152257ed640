import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { realArticle, realArticles } from '../../tests/corpus/real-articles.ts';
import { selectorFor } from './anchor.ts';
import { userExportFile } from './user-export.ts';
import { reanchorOne } from './reanchor.ts';
import { createUserLayerCache, userLayerOf } from './user-layer.ts';
import { w3cSelectors } from './w3c.ts';

const warZone = realArticle('war-zone-military-options');
const paragraph = warZone.blocks.find((b) => b.paragraphNumber === 3);
if (!paragraph) throw new Error('no paragraph 3');

describe("the reader's layer", () => {
  it('groups placed annotations by article and block, and keeps orphans apart', () => {
    const a = annotationOn(warZone, paragraph.text.slice(0, 50), { id: 'a' });
    const gone = {
      ...a,
      id: 'b',
      selector: {
        ...a.selector,
        quote: { ...a.selector.quote, exact: 'Never in the text at all, not even close to it.' },
      },
    };
    const layer = userLayerOf([a, gone], realArticles());
    expect(layer.spans.get(warZone.meta.id)?.get(paragraph.id)).toEqual([
      { id: 'a', start: paragraph.start, end: paragraph.start + 50, status: 'exact' },
    ]);
    expect(layer.orphans.map((o) => o.annotation.id)).toEqual(['b']);
  });

  it('exports a file named by date in each format', () => {
    const a = annotationOn(warZone, paragraph.text.slice(0, 50), {
      id: '11111111-1111-4111-8111-111111111111',
      types: ['legal'],
    });
    const state = { annotations: { [a.id]: a }, arguments: {}, dismissed: [] };
    const corpus = {
      articles: realArticles(),
      tagLayer: { taxonomy: [], passages: [], arguments: [], relations: [], links: [] },
    };
    const now = '2025-10-01T12:00:00.000Z';
    expect(userExportFile(state, 'w3c', corpus, now)).toMatchObject({
      name: 'parallax-annotations-2025-10-01.jsonld',
      type: 'application/ld+json',
    });
    expect(userExportFile(state, 'csv', corpus, now).content.split('\r\n')[1]).toMatch(
      /^war-zone-military-options,3,/,
    );
    expect(userExportFile(state, 'md', corpus, now).content).toContain('### Paragraph 3');
  });
});

describe('W3C position selectors count code points (property)', () => {
  it('select the same text in the code points of the article as the quote, around the 🇺🇸🇲🇽 embed', () => {
    const text = warZone.text;
    const flag = text.indexOf('🇺');
    const codePoints = [...text];
    fc.assert(
      fc.property(
        fc.integer({ min: Math.max(0, flag - 300), max: flag + 300 }),
        fc.integer({ min: 1, max: 120 }),
        (from, length) => {
          let start = from;
          if (/[\udc00-\udfff]/.test(text[start] ?? '')) start--;
          let end = Math.min(text.length, start + length);
          if (/[\udc00-\udfff]/.test(text[end] ?? '')) end++;
          const [quote, position] = w3cSelectors(selectorFor(text, start, end), text);
          if (quote?.type !== 'TextQuoteSelector' || position?.type !== 'TextPositionSelector')
            throw new Error('selectors');
          expect(codePoints.slice(position.start, position.end).join('')).toBe(quote.exact);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe("the reader's layer, cached", () => {
  const [p3, p4] = warZone.blocks.filter((b) => b.paragraphNumber === 3 || b.paragraphNumber === 4);
  if (!p3 || !p4) throw new Error('no paragraphs 3 and 4');
  const a = annotationOn(warZone, p3.text.slice(0, 50), { id: 'a' });
  const b = annotationOn(warZone, p4.text.slice(0, 50), { id: 'b' });

  it('re-anchors only annotations that changed, and keeps unchanged spans and layers identical', () => {
    let calls = 0;
    const layerOf = createUserLayerCache((...args) => {
      calls++;
      return reanchorOne(...args);
    });
    const articles = realArticles();
    const first = layerOf([a, b], articles);
    expect(calls).toBe(2);
    // An unrelated change (a dismissal) makes a new list of the same annotation objects.
    const again = layerOf([a, b], articles);
    expect(calls).toBe(2);
    expect(again).toBe(first);
    // Editing b re-anchors b alone; a's block keeps its span array.
    const edited = { ...b, note: 'changed' };
    const next = layerOf([a, edited], articles);
    expect(calls).toBe(3);
    expect(next.spans.get(warZone.meta.id)?.get(p3.id)).toBe(first.spans.get(warZone.meta.id)?.get(p3.id));
    expect(next.spans.get(warZone.meta.id)?.get(p4.id)).toEqual(first.spans.get(warZone.meta.id)?.get(p4.id));
    expect(next).toEqual(userLayerOf([a, edited], articles));
  });
});
