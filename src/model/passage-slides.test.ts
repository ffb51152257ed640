import { describe, expect, it } from 'vitest';
import { CARD_CHARS, MAX_CARDS, passageSlide, passageSlides, slideQuote } from './passage-slides.ts';
import { buildTagIndex } from './tag-index.ts';
import type { Argument, Passage, TagLayer } from './tag-layer.ts';

function passage(
  id: string,
  article: string,
  start: number,
  types: string[],
  args: string[],
  exact = `Quote ${id}.`,
): Passage {
  return {
    id,
    article,
    start,
    end: start + exact.length,
    exact,
    types,
    arguments: args,
    blockId: `${article}-p${start}`,
    paragraphNumber: start + 1,
  };
}

function argument(id: string, passages: readonly Passage[]): Argument {
  const own = passages.filter((p) => p.arguments.includes(id));
  return {
    id,
    statement: `Statement ${id}.`,
    type: 'legal',
    questions: [],
    passages: own.map((p) => p.id),
    articles: [...new Set(own.map((p) => p.article))],
  };
}

function layerOf(passages: Passage[], relations: TagLayer['relations'] = []): TagLayer {
  const ids = [...new Set(passages.flatMap((p) => p.arguments))];
  return {
    taxonomy: [
      { id: 'legal', label: 'Legal', description: '', color: { light: '#000', dark: '#fff' } },
      { id: 'strategic', label: 'Strategic', description: '', color: { light: '#000', dark: '#fff' } },
    ],
    passages,
    arguments: ids.map((id) => argument(id, passages)),
    relations,
    links: [],
  };
}

const small = layerOf(
  [
    passage('a2', 'A', 50, ['strategic'], ['y']),
    passage('a1', 'A', 10, ['legal'], ['x']),
    passage('b1', 'B', 5, ['legal', 'strategic'], ['x']),
    passage('b2', 'B', 30, ['legal'], ['x']),
    passage('c1', 'C', 0, ['strategic'], ['z']),
  ],
  [
    {
      kind: 'contrasts',
      source: { argument: 'x' },
      target: { argument: 'z' },
      note: 'They differ on whether the law allows it.',
    },
  ],
);
const index = buildTagIndex([], small);

describe('passageSlides', () => {
  it('steps through the open columns in column order, each in text order, leaving closed articles out', () => {
    expect(passageSlides(index, ['B', 'A'], [])).toEqual(['b1', 'b2', 'a1', 'a2']);
    expect(passageSlides(index, ['A'], [])).toEqual(['a1', 'a2']);
  });

  it('keeps to the claim-type filter (a passage of any selected type passes)', () => {
    expect(passageSlides(index, ['B', 'A'], ['legal'])).toEqual(['b1', 'b2', 'a1']);
    expect(passageSlides(index, ['B', 'A'], ['strategic'])).toEqual(['b1', 'a2']);
    expect(passageSlides(index, [], ['legal'])).toEqual([]);
  });
});

describe('passageSlide', () => {
  it('shows the passage with the same argument elsewhere and the other side with the note', () => {
    const order = passageSlides(index, ['A', 'B'], []);
    const slide = passageSlide(index, order, 'a1');
    expect(slide?.passage.id).toBe('a1');
    expect(slide?.arguments.map((a) => a.id)).toEqual(['x']);
    expect(slide?.same.map((p) => p.id)).toEqual(['b1', 'b2']);
    expect(slide?.contrasts).toEqual([
      expect.objectContaining({
        note: 'They differ on whether the law allows it.',
        passages: [small.passages[4]],
      }),
    ]);
    expect(slide?.cards.map((c) => [c.kind, c.passage.id, c.note?.shown])).toEqual([
      ['same', 'b1', undefined],
      ['same', 'b2', undefined],
      ['contrast', 'c1', 'They differ on whether the law allows it.'],
    ]);
    expect(slide).toMatchObject({
      position: 1,
      total: 4,
      previous: undefined,
      next: 'a2',
      hidden: 0,
      more: false,
    });
    expect(passageSlide(index, order, 'b2')).toMatchObject({ position: 4, previous: 'b1', next: undefined });
  });

  it('gives a passage outside the steps (filtered out) no place, and next goes to the first step', () => {
    const order = passageSlides(index, ['A', 'B'], ['strategic']);
    expect(passageSlide(index, order, 'a1')).toMatchObject({ position: undefined, total: 2, next: 'a2' });
    expect(passageSlide(index, order, 'nope')).toBeUndefined();
  });

  it('puts at most six linked passages on the screen, each article and each dispute seen, the rest in the full text', () => {
    const many = [
      passage('m0', 'M', 0, ['legal'], ['x'], 'word '.repeat(60).trim()),
      ...['P', 'Q', 'R'].flatMap((article) =>
        [1, 2, 3].map((i) => passage(`${article.toLowerCase()}${i}`, article, i * 10, ['legal'], ['x'])),
      ),
      passage('s1', 'S', 0, ['strategic'], ['z']),
      passage('s2', 'S', 10, ['strategic'], ['z']),
      passage('t1', 'T', 0, ['strategic'], ['w']),
    ];
    const big = buildTagIndex(
      [],
      layerOf(many, [
        { kind: 'contrasts', source: { argument: 'x' }, target: { argument: 'z' }, note: 'One.' },
        { kind: 'contrasts', source: { argument: 'x' }, target: { argument: 'w' }, note: 'Two.' },
      ]),
    );
    const slide = passageSlide(big, ['m0'], 'm0');
    expect(slide?.cards).toHaveLength(MAX_CARDS);
    // Three places kept for the other side; the same argument takes one passage per article in turn.
    expect(slide?.cards.map((c) => c.passage.id)).toEqual(['p1', 'q1', 'r1', 's1', 's2', 't1']);
    expect(slide?.cards.filter((c) => c.note).map((c) => c.note?.shown)).toEqual(['One.', 'Two.']);
    expect(slide?.same).toHaveLength(9);
    expect(slide?.contrasts.map((c) => c.passages.map((p) => p.id))).toEqual([['s1', 's2'], ['t1']]);
    expect(slide?.hidden).toBe(9 + 3 - MAX_CARDS);
    expect(slide?.more).toBe(true);
  });
});

describe('slideQuote', () => {
  it('keeps a short quote whole', () => {
    expect(slideQuote('Short enough.', 20)).toEqual({ shown: 'Short enough.', cut: false });
  });

  it('cuts a long quote at a word with an ellipsis, within the limit', () => {
    const text = 'The president would not need new congressional authorization to strike the cartels.';
    const quote = slideQuote(text, 40);
    expect(quote).toEqual({ shown: 'The president would not need new…', cut: true });
    expect(quote.shown.length).toBeLessThanOrEqual(40);
    expect(slideQuote('x'.repeat(300), CARD_CHARS).shown).toBe(`${'x'.repeat(CARD_CHARS - 1)}…`);
  });
});
