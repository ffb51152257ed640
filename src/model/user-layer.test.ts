import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationOn, realArticle, realArticles } from '../../tests/corpus/real-articles.ts';
import { selectorFor } from './anchor.ts';
import { userExportFile } from './user-export.ts';
import { userLayerOf } from './user-layer.ts';
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
