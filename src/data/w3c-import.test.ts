import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { annotationOn } from '../../tests/fixtures/annotation-on.ts';
import { realArticle, realArticles } from '../../tests/corpus/real-articles.ts';
import { selectorFor } from '../model/anchor.ts';
import type { UserAnnotation, UserArgument } from '../model/user-annotation.ts';
import { toW3CCollection, type ExportContext } from '../model/w3c.ts';
import { importW3C } from './w3c-import.ts';
import type { ImportContext } from './w3c-import-item.ts';
import { IMPORT_LIMITS } from './w3c-import-schema.ts';

const articles = realArticles();
const warZone = realArticle('war-zone-military-options');
const lawfare = realArticle('lawfare-bombing-mexico');
const TYPES = ['legal', 'operational', 'diplomatic', 'political', 'strategic'];
const ARG = '22222222-2222-4222-8222-222222222222';
const userArgument: UserArgument = {
  id: ARG,
  statement: 'Strikes would not stop fentanyl.',
  type: 'strategic',
};

let counter = 0;
function importContext(
  existing: UserAnnotation[] = [],
  existingArguments: UserArgument[] = [],
): ImportContext {
  return {
    articles,
    typeIds: new Set(TYPES),
    curatedArguments: new Set(['curated-arg']),
    passages: [],
    existing,
    existingArguments,
    newId: () => `00000000-0000-4000-8000-${String(++counter).padStart(12, '0')}`,
    now: '2025-10-01T00:00:00.000Z',
  };
}
const exportContext = (args: UserArgument[] = [userArgument]): ExportContext => ({
  articles,
  passages: [],
  arguments: args.map((a) => ({ ...a, user: true })),
});
const exported = (annotations: UserAnnotation[], args?: UserArgument[]) =>
  JSON.stringify(toW3CCollection(annotations, exportContext(args), { label: 'test' }));

const emojiQuote = warZone.text.slice(warZone.text.indexOf('🇺') + 200).match(/[A-Z][^.]{30,80}\./)?.[0] ?? '';
const a = annotationOn(warZone, emojiQuote, {
  id: '11111111-1111-4111-8111-111111111111',
  types: ['operational'],
  arguments: [ARG, 'curated-arg'],
  note: 'See the Lawfare piece.',
  links: [
    {
      target: { article: lawfare.meta.id, selector: annotationOn(lawfare, 'cartels', { id: 'l' }).selector },
    },
  ],
});

function ok(result: ReturnType<typeof importW3C>) {
  if (!result.ok) throw new Error(result.error);
  return result;
}

describe('W3C round trip', () => {
  it('exports and imports an annotation after the emoji, with its link and new argument, unchanged', () => {
    const result = ok(importW3C(exported([a]), importContext()));
    expect(result.invalid).toEqual([]);
    expect(result.duplicates).toEqual([]);
    expect(result.added.map((x) => x.annotation)).toEqual([a]);
    expect(result.added[0]?.anchor).toBe('exact');
    expect(result.newArguments).toEqual([userArgument]);
  });

  it('finds everything a duplicate on a second import', () => {
    const result = ok(importW3C(exported([a]), importContext([a], [userArgument])));
    expect(result.added).toEqual([]);
    expect(result.duplicates.map((d) => d.reason)).toEqual(['same id', 'same target and body']);
  });

  it('finds an identical annotation under another id a duplicate', () => {
    const other = { ...a, id: '33333333-3333-4333-8333-333333333333', links: [] };
    const result = ok(importW3C(exported([other]), importContext([{ ...a, links: [] }], [userArgument])));
    expect(result.duplicates).toMatchObject([{ index: 0, reason: 'same target and body' }]);
  });

  it('holds for random annotations in every article (property)', () => {
    const annotationArb = fc
      .record({
        article: fc.constantFrom(...articles),
        at: fc.double({ min: 0, max: 1, noNaN: true }),
        length: fc.integer({ min: 1, max: 200 }),
        types: fc.uniqueArray(fc.constantFrom(...TYPES), { maxLength: 3 }),
        note: fc.option(
          fc.string({ minLength: 1, maxLength: 80 }).filter((s) => s.trim() === s && s !== ''),
          {
            nil: undefined,
          },
        ),
        curated: fc.boolean(),
      })
      .map(({ article, at, length, types, note, curated }): UserAnnotation => {
        let start = Math.floor(at * (article.text.length - 1));
        if (/[\udc00-\udfff]/.test(article.text[start] ?? '')) start--;
        let end = Math.min(article.text.length, start + length);
        if (/[\udc00-\udfff]/.test(article.text[end] ?? '')) end++;
        return {
          id: '44444444-4444-4444-8444-444444444444',
          article: article.meta.id,
          selector: selectorFor(article.text, start, end),
          types,
          arguments: curated ? ['curated-arg'] : [],
          links: [],
          ...(note ? { note } : {}),
          created: '2025-09-01T10:00:00.000Z',
          modified: '2025-09-02T10:00:00.000Z',
        };
      });
    fc.assert(
      fc.property(annotationArb, (annotation) => {
        const result = ok(importW3C(exported([annotation], []), importContext()));
        expect(result.invalid).toEqual([]);
        const back = result.added[0]?.annotation;
        // A quote that repeats may anchor to the copy its context picks; it must be the same text.
        expect(back?.selector.quote.exact).toBe(annotation.selector.quote.exact);
        if (result.added[0]?.anchor === 'exact') expect(back).toEqual(annotation);
      }),
      { numRuns: 200 },
    );
  });
});

describe('importing bad files', () => {
  it('refuses a file that is not JSON, is truncated, has the wrong shape, or is too large', () => {
    const good = exported([a]);
    const cases = ['not json', good.slice(0, good.length / 2), '{"type":"Something"}', '42', 'null', '"x"'];
    for (const content of cases) expect(importW3C(content, importContext()).ok).toBe(false);
    const huge = ' '.repeat(IMPORT_LIMITS.maxBytes + 1);
    expect(importW3C(huge, importContext())).toEqual({ ok: false, error: 'the file is larger than 5 MB' });
    const many = JSON.stringify({
      type: 'AnnotationPage',
      items: new Array(IMPORT_LIMITS.maxItems + 1).fill({}),
    });
    expect(importW3C(many, importContext())).toMatchObject({
      ok: false,
      error: expect.stringContaining('at most 5000'),
    });
  });

  it('reports each invalid item with its index, id and problem, and still imports the rest', () => {
    const collection = JSON.parse(exported([{ ...a, links: [] }])) as {
      first: { items: Record<string, unknown>[] };
    };
    const good = collection.first.items[0];
    const items = [
      good,
      { id: 'bad-1', type: 'Annotation' },
      { ...good, id: 'bad-2', target: { ...(good?.target as object), source: 'urn:parallax:article:nope' } },
      { ...good, id: 'bad-3', body: [{ type: 'TextualBody', purpose: 'tagging', value: 'made-up' }] },
      {
        ...good,
        id: 'bad-4',
        body: [{ type: 'SpecificResource', purpose: 'linking', source: 'javascript:alert(1)' }],
      },
      {
        ...good,
        id: 'bad-5',
        target: { source: 'urn:parallax:article:lawfare-bombing-mexico', selector: [] },
      },
      'a string',
    ];
    const result = ok(importW3C(JSON.stringify({ type: 'AnnotationPage', items }), importContext()));
    expect(result.added).toHaveLength(1);
    expect(result.invalid.map((i) => [i.index, i.id])).toEqual([
      [1, 'bad-1'],
      [2, 'bad-2'],
      [3, 'bad-3'],
      [4, 'bad-4'],
      [5, 'bad-5'],
      [6, undefined],
    ]);
    expect(result.invalid[1]?.problems[0]).toContain('not an article of this corpus');
    expect(result.invalid[2]?.problems[0]).toBe('unknown claim type "made-up"');
    expect(result.invalid[3]?.problems[0]).toContain('is not followed');
    expect(result.invalid[4]?.problems[0]).toBe('the target has no TextQuoteSelector');
  });

  it('keeps a hostile note as plain text and follows only http(s) links', () => {
    const note = '<script>alert(1)</script><img src=x onerror=alert(2)>';
    const evil = { ...a, note, links: [{ target: { url: 'https://www.lawfaremedia.org/' } }] };
    const result = ok(importW3C(exported([evil]), importContext()));
    expect(result.added[0]?.annotation.note).toBe(note);
    expect(result.added[0]?.annotation.links).toEqual([{ target: { url: 'https://www.lawfaremedia.org/' } }]);
  });

  it('refuses items with over-long text, and ids that could pollute objects stay out of the store', () => {
    const long = { ...a, note: 'x'.repeat(IMPORT_LIMITS.maxText + 1), links: [] };
    expect(ok(importW3C(exported([long]), importContext())).invalid).toHaveLength(1);
    const proto = JSON.parse(exported([{ ...a, links: [] }])) as { first: { items: { id: string }[] } };
    const item = proto.first.items[0];
    if (item) item.id = '__proto__';
    const result = ok(importW3C(JSON.stringify(proto), importContext()));
    expect(result.added[0]?.annotation.id).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('imports an item whose quote is gone as unanchored, not dropped', () => {
    const gone = JSON.parse(exported([{ ...a, links: [] }])) as {
      first: { items: { target: { selector: { exact?: string }[] } }[] };
    };
    const quote = gone.first.items[0]?.target.selector[0];
    if (quote) quote.exact = 'A sentence that no article of the corpus has ever contained.';
    const result = ok(importW3C(JSON.stringify(gone), importContext()));
    expect(result.added[0]?.anchor).toBeNull();
  });
});

describe('importing links', () => {
  const rangeLink = (quote: string) => ({
    target: { article: lawfare.meta.id, selector: annotationOn(lawfare, quote, { id: 'l' }).selector },
  });
  const firstLink = rangeLink('cartels');
  const secondLink = rangeLink('Mexico');
  const y = annotationOn(warZone, emojiQuote, {
    id: '55555555-5555-4555-8555-555555555555',
    types: ['legal'],
    links: [firstLink],
  });

  it('reports a link added since the last import as new for the annotation already here', () => {
    const kept = ok(importW3C(exported([y], []), importContext())).added.map((x) => x.annotation);
    expect(kept[0]?.links).toEqual([firstLink]);
    const later = { ...y, links: [firstLink, secondLink] };
    const result = ok(importW3C(exported([later], []), importContext(kept)));
    expect(result.added).toEqual([]);
    expect(result.linksToAdd).toEqual([{ annotation: y.id, links: [secondLink], indexes: [2] }]);
    expect(result.duplicates).toEqual([
      { index: 0, id: `urn:uuid:${y.id}`, reason: 'same id' },
      { index: 1, id: `urn:parallax:link:${y.id}:1`, reason: 'same target and body' },
    ]);
    expect(result.merged).toEqual([]);
  });

  it('adds a link whose annotation is already here, not in the file, to that annotation', () => {
    const later = JSON.parse(exported([{ ...y, links: [firstLink, secondLink] }], [])) as {
      first: { items: unknown[] };
    };
    later.first.items.shift();
    const result = ok(importW3C(JSON.stringify(later), importContext([y])));
    expect(result.added).toEqual([]);
    expect(result.linksToAdd).toEqual([{ annotation: y.id, links: [secondLink], indexes: [1] }]);
    expect(result.duplicates.map((d) => [d.index, d.reason])).toEqual([[0, 'same target and body']]);
  });

  it('joins each link to its own annotation when two annotations share a range', () => {
    const first = { ...y, id: '66666666-6666-4666-8666-666666666666', links: [], note: 'first' };
    const second = {
      ...y,
      id: '77777777-7777-4777-8777-777777777777',
      types: ['political'],
      links: [secondLink],
    };
    const result = ok(importW3C(exported([first, second], []), importContext()));
    expect(result.added.map((x) => x.annotation)).toEqual([first, second]);
    expect(result.merged).toEqual([
      { index: 2, id: `urn:parallax:link:${second.id}:1`, annotation: second.id },
    ]);
  });

  it('refuses a link whose target quote is not in the linked article, and anchors one that moved', () => {
    const file = JSON.parse(exported([y], [])) as {
      first: {
        items: { body: { selector: { type: string; exact?: string; start?: number; end?: number }[] }[] }[];
      };
    };
    const selectors = file.first.items[1]?.body[0]?.selector ?? [];
    const position = selectors.find((s) => s.type === 'TextPositionSelector');
    if (position?.start !== undefined && position.end !== undefined) {
      position.start += 7;
      position.end += 7;
    }
    const moved = ok(importW3C(JSON.stringify(file), importContext()));
    expect(moved.invalid).toEqual([]);
    expect(moved.added[0]?.annotation.links).toEqual([firstLink]);

    const quote = selectors.find((s) => s.type === 'TextQuoteSelector');
    if (quote) quote.exact = 'A sentence that no article of the corpus has ever contained.';
    for (const s of selectors)
      if (s.type === 'TextQuoteSelector') Object.assign(s, { prefix: '', suffix: '' });
    const withoutPosition = JSON.parse(JSON.stringify(file)) as typeof file;
    const wpSelectors = withoutPosition.first.items[1]?.body[0];
    if (wpSelectors)
      wpSelectors.selector = wpSelectors.selector.filter((s) => s.type === 'TextQuoteSelector');
    for (const content of [file, withoutPosition]) {
      const result = ok(importW3C(JSON.stringify(content), importContext()));
      expect(result.invalid).toEqual([
        {
          index: 1,
          id: `urn:parallax:link:${y.id}:1`,
          problems: [`the link's target quote is not in ${lawfare.meta.id}`],
        },
      ]);
      expect(result.added.map((x) => x.annotation.links)).toEqual([[]]);
    }
  });
});
