import { describe, expect, it } from 'vitest';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { realArticle, realArticles } from '../../tests/corpus/real-articles.ts';
import { toCodePointOffset } from './code-points.ts';
import { W3C_CONTEXT, toW3CCollection, type ExportContext } from './w3c.ts';

const warZone = realArticle('war-zone-military-options');
const lawfare = realArticle('lawfare-bombing-mexico');
const ARG = '22222222-2222-4222-8222-222222222222';
const context: ExportContext = {
  articles: realArticles(),
  passages: [],
  arguments: [
    { id: ARG, statement: 'Strikes would not stop the flow of fentanyl.', type: 'strategic', user: true },
    { id: 'curated-arg', statement: 'Curated.', type: 'legal', user: false },
  ],
};
// After the 🇺🇸🇲🇽 embed, so code points and UTF-16 units differ by four.
const after = warZone.text.slice(warZone.text.indexOf('🇺') + 200).match(/[A-Z][^.]{30,80}\./)?.[0] ?? '';
const a = annotationOn(warZone, after, {
  id: '11111111-1111-4111-8111-111111111111',
  types: ['operational', 'legal'],
  arguments: [ARG, 'curated-arg'],
  note: 'Compare with <script>alert(1)</script>',
  links: [
    {
      target: { article: lawfare.meta.id, selector: annotationOn(lawfare, 'Mexico', { id: 'x' }).selector },
      note: 'same point',
    },
  ],
});

describe('W3C export', () => {
  const collection = toW3CCollection([a], context, { label: 'Mine', generated: '2025-09-01T00:00:00Z' });
  const [own, link] = collection.first.items;

  it('is an AnnotationCollection with the anno.jsonld context and a total', () => {
    expect(collection['@context']).toBe(W3C_CONTEXT);
    expect(collection.type).toBe('AnnotationCollection');
    expect(collection.total).toBe(2);
    expect(collection.first.type).toBe('AnnotationPage');
  });

  it('targets the article by URN with a quote and a code-point position', () => {
    expect(own?.id).toBe(`urn:uuid:${a.id}`);
    expect(own?.target.source).toBe('urn:parallax:article:war-zone-military-options');
    const [quote, position] = own?.target.selector ?? [];
    expect(quote).toMatchObject({ type: 'TextQuoteSelector', exact: after });
    const start = a.selector.position.start;
    expect(position).toEqual({
      type: 'TextPositionSelector',
      start: toCodePointOffset(warZone.text, start),
      end: toCodePointOffset(warZone.text, a.selector.position.end),
    });
    expect(position).toMatchObject({ start: start - 4 });
    expect([...warZone.text].slice(start - 4, start - 4 + [...after].length).join('')).toBe(after);
  });

  it('tags claim types and arguments, and keeps the note as plain text', () => {
    expect(own?.motivation).toBe('tagging');
    expect(own?.body).toEqual([
      { type: 'TextualBody', purpose: 'tagging', value: 'operational' },
      { type: 'TextualBody', purpose: 'tagging', value: 'legal' },
      {
        type: 'SpecificResource',
        purpose: 'tagging',
        source: `urn:parallax:argument:${ARG}`,
        label: 'Strikes would not stop the flow of fentanyl.',
        parallaxType: 'strategic',
      },
      { type: 'SpecificResource', purpose: 'tagging', source: 'urn:parallax:argument:curated-arg' },
      { type: 'TextualBody', purpose: 'commenting', value: a.note, format: 'text/plain' },
    ]);
  });

  it('exports a cross-reference as a linking annotation whose body is the other passage', () => {
    expect(link?.motivation).toBe('linking');
    expect(link?.target).toEqual(own?.target);
    expect(link?.body[0]).toMatchObject({
      type: 'SpecificResource',
      source: 'urn:parallax:article:lawfare-bombing-mexico',
      selector: [{ type: 'TextQuoteSelector', exact: 'Mexico' }, { type: 'TextPositionSelector' }],
    });
    expect(link?.body[1]).toEqual({
      type: 'TextualBody',
      purpose: 'commenting',
      value: 'same point',
      format: 'text/plain',
    });
  });
});
