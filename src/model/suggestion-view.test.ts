import { describe, expect, it } from 'vitest';
import { compareFixture, LAWFARE, LAWFARE_SENTENCE } from '../../tests/fixtures/compare-fixture.ts';
import { selectorFor } from './anchor.ts';
import { linkedIds } from './cross-index.ts';
import { buildTagIndex } from './tag-index.ts';
import type { SuggestionRecord } from './similarity/corpus-suggestions.ts';
import type { UserAnnotation } from './user-annotation.ts';
import {
  acceptSuggestion,
  suggestionId,
  suggestionMarksByBlock,
  suggestionReason,
  visibleSuggestions,
  type SuggestionInput,
} from './suggestion-view.ts';

const corpus = compareFixture();
const index = buildTagIndex(corpus.articles, corpus.tagLayer);
const articles = new Map(corpus.articles.map((a) => [a.meta.id, a]));
const passage = index.passageById.get('fto-002');
if (!passage) throw new Error('no fto-002');
const text = (id: string): string => articles.get(id)?.text ?? '';

const input = (over: Partial<SuggestionInput> = {}): SuggestionInput => ({
  passage,
  records: corpus.suggestions['fto-002'] ?? [],
  curated: linkedIds(index.cross, 'fto-002'),
  dismissed: [],
  annotations: [],
  articles,
  passageById: index.passageById,
  ...over,
});

const annotation = (over: Partial<UserAnnotation>): UserAnnotation => ({
  id: 'a1',
  article: passage.article,
  selector: selectorFor(text(passage.article), passage.start, passage.end),
  types: [],
  arguments: [],
  links: [],
  created: '2025-01-01T00:00:00Z',
  modified: '2025-01-01T00:00:00Z',
  ...over,
});

describe('visible suggestions', () => {
  it('leaves out curated partners and places passages and sentences, best first', () => {
    const { shown, dismissed } = visibleSuggestions(input());
    expect(dismissed).toEqual([]);
    expect(shown.map((s) => s.target.passage ?? s.target.article)).toEqual(['wz-002', 'js-001', LAWFARE]);
    const sentence = shown[2];
    expect(sentence?.id).toMatch(/^fto-002>lawfare-bombing-mexico#[0-9a-z]{7}$/);
    expect(sentence?.target.exact.startsWith(LAWFARE_SENTENCE)).toBe(true);
    expect(sentence?.target.paragraphNumber).toBe(4);
    expect(shown[0]?.target.paragraphNumber).toBe(index.passageById.get('wz-002')?.paragraphNumber);
  });

  it('lists dismissed ones apart', () => {
    const id = suggestionId('fto-002', 'js-001');
    const { shown, dismissed } = visibleSuggestions(input({ dismissed: [id, 'other>x'] }));
    expect(shown.map((s) => s.id)).toEqual([suggestionId('fto-002', 'wz-002'), expect.any(String)]);
    expect(dismissed.map((s) => s.id)).toEqual([id]);
  });

  it('leaves out suggestions the reader accepted (a link from an annotation over the passage)', () => {
    const first = visibleSuggestions(input()).shown;
    const sentence = first[2];
    if (!sentence) throw new Error('no sentence suggestion');
    const own = annotation({
      links: [
        { target: { passage: 'wz-002' } },
        {
          target: {
            article: LAWFARE,
            selector: selectorFor(text(LAWFARE), sentence.target.start, sentence.target.end),
          },
        },
      ],
    });
    expect(visibleSuggestions(input({ annotations: [own] })).shown.map((s) => s.target.passage)).toEqual([
      'js-001',
    ]);
    // A link made from an annotation elsewhere in the article does not count.
    const elsewhere = annotation({
      selector: selectorFor(text(passage.article), 0, 10),
      links: [{ target: { passage: 'wz-002' } }],
    });
    expect(visibleSuggestions(input({ annotations: [elsewhere] })).shown).toHaveLength(3);
  });

  it('keys sentence suggestions by their text, so a dismissal and an acceptance survive an edit elsewhere', () => {
    const sentence = visibleSuggestions(input()).shown[2];
    if (!sentence) throw new Error('no sentence suggestion');
    const lawfare = articles.get(LAWFARE);
    if (!lawfare) throw new Error('no lawfare');
    // A stored link made before the corpus correction: its positions are 5 units stale.
    const stale = selectorFor(text(LAWFARE), sentence.target.start, sentence.target.end);
    const own = annotation({
      links: [
        {
          target: {
            article: LAWFARE,
            selector: {
              ...stale,
              position: { start: stale.position.start - 5, end: stale.position.end - 5 },
            },
          },
        },
      ],
    });
    expect(visibleSuggestions(input({ annotations: [own] })).shown.map((s) => s.id)).not.toContain(
      sentence.id,
    );
    // The same sentence, 5 units further on after an edit earlier in its article.
    const shift = (r: SuggestionRecord): SuggestionRecord =>
      typeof r.target === 'string'
        ? r
        : { ...r, target: { ...r.target, start: r.target.start + 5, end: r.target.end + 5 } };
    const edited = new Map(articles);
    edited.set(LAWFARE, {
      ...lawfare,
      text: `12345${lawfare.text}`,
      blocks: lawfare.blocks.map((b) => ({ ...b, start: b.start + 5, end: b.end + 5 })),
    });
    const after = input({ records: input().records.map(shift), articles: edited, dismissed: [sentence.id] });
    expect(visibleSuggestions(after).dismissed.map((s) => s.id)).toEqual([sentence.id]);
  });

  it('still reads dismissed sentence ids kept by position', () => {
    const sentence = visibleSuggestions(input()).shown[2];
    if (!sentence) throw new Error('no sentence suggestion');
    const legacy = `fto-002>${LAWFARE}@${sentence.target.start}-${sentence.target.end}`;
    const { dismissed } = visibleSuggestions(input({ dismissed: [legacy] }));
    // Listed apart under the id kept, so that restoring it removes that id.
    expect(dismissed.map((s) => s.id)).toEqual([legacy]);
  });

  it('skips records whose target is unknown', () => {
    const records = [{ target: 'nope-001', score: 0.5, rank: 1, sharedTerms: ['x'] }];
    expect(visibleSuggestions(input({ records })).shown).toEqual([]);
  });
});

describe('accepting a suggestion', () => {
  const [wz, , sentence] = visibleSuggestions(input()).shown;
  if (!wz || !sentence) throw new Error('fixture suggestions missing');

  it('creates an annotation over the passage linking to the suggested passage', () => {
    const change = acceptSuggestion(passage, wz, text(passage.article), text('x'), []);
    expect(change).toEqual({
      kind: 'add',
      draft: {
        article: passage.article,
        selector: selectorFor(text(passage.article), passage.start, passage.end),
        links: [{ target: { passage: 'wz-002' } }],
      },
    });
  });

  it('links a sentence by selector, and adds to an annotation covering exactly the passage', () => {
    const own = annotation({ links: [{ target: { passage: 'wz-002' } }] });
    const change = acceptSuggestion(passage, sentence, text(passage.article), text(LAWFARE), [own]);
    expect(change).toEqual({
      kind: 'update',
      id: 'a1',
      patch: {
        links: [
          { target: { passage: 'wz-002' } },
          {
            target: {
              article: LAWFARE,
              selector: selectorFor(text(LAWFARE), sentence.target.start, sentence.target.end),
            },
          },
        ],
      },
    });
  });
});

describe('suggestion text and marks', () => {
  it('explains a suggestion by score (two decimals) and shared terms', () => {
    expect(
      suggestionReason({ score: 0.4167, sharedTerms: ['Article 51', 'self-defense', 'armed attack'] }),
    ).toBe('suggested 0.42: Article 51, self-defense, armed attack');
    expect(suggestionReason({ score: 0.3, sharedTerms: [] })).toBe('suggested 0.30');
  });

  it('marks suggested passages and sentences by block', () => {
    const shown = visibleSuggestions(input()).shown;
    const marks = suggestionMarksByBlock(shown);
    const wz = index.passageById.get('wz-002');
    expect(marks.get(wz?.blockId ?? '')).toBe('wz-002');
    const sentence = shown[2]?.target;
    expect(marks.get(sentence?.blockId ?? '')).toBe(`@${sentence?.start}-${sentence?.end}`);
  });
});
