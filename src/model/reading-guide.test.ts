import { describe, expect, it } from 'vitest';
import { realCorpus, realCurated } from '../../tests/corpus/real-curated.ts';
import { guideArticleIds, readingGuide, type GuideSources, type ReadingGuide } from './reading-guide.ts';
import type { RelationEnd, TagLayer } from './tag-layer.ts';

// Expectations come from the curated files under annotations/ as written (not from the compiled
// layer the guide is given): which passages each article's file lists, with their types and arguments.
const curated = realCurated();
const corpus = realCorpus();
const ids = corpus.articles.map((a) => a.meta.id);
const argumentOrder = curated.arguments.arguments.map((a) => a.id);
/** One article's annotation file as parsed (the model layer does not import the data layer's schema). */
type AnnotationFile = NonNullable<ReturnType<typeof curated.articles.get>>;
const file = (id: string): AnnotationFile => {
  const f = curated.articles.get(id);
  if (!f) throw new Error(`no annotation file for ${id}`);
  return f;
};
const argumentSets = new Map(ids.map((id) => [id, new Set(file(id).passages.flatMap((p) => p.arguments))]));
const argumentsOf = (id: string): ReadonlySet<string> => argumentSets.get(id) ?? new Set();
const fileOfPassage = new Map(ids.flatMap((id) => file(id).passages.map((p) => [p.id, id] as const)));
const articlesOfEnd = (end: RelationEnd): string[] =>
  'argument' in end
    ? ids.filter((id) => argumentsOf(id).has(end.argument))
    : [fileOfPassage.get(end.passage) ?? ''];
const passagesOfEnd = (end: RelationEnd, article: string): string[] =>
  'argument' in end
    ? file(article)
        .passages.filter((p) => p.arguments.includes(end.argument))
        .map((p) => p.id)
    : fileOfPassage.get(end.passage) === article
      ? [end.passage]
      : [];

const full: GuideSources = {
  layer: corpus.tagLayer,
  articles: corpus.articles,
  articleOf: new Map(corpus.tagLayer.passages.map((p) => [p.id, p.article])),
};
const guides = new Map<string, ReadingGuide>();
const guideOf = (id: string): ReadingGuide => {
  const guide = guides.get(id) ?? readingGuide(full, id);
  if (!guide) throw new Error(`no guide for ${id}`);
  guides.set(id, guide);
  return guide;
};

describe('readingGuide on the real corpus', () => {
  it('counts each claim type as the article’s annotation file tags its passages', () => {
    for (const id of ids) {
      const guide = guideOf(id);
      const passages = file(id).passages;
      expect(guide.passageCount, id).toBe(passages.length);
      expect(guide.types.map((t) => t.type.id)).toEqual(curated.taxonomy);
      const expected = (type: string): number => passages.filter((p) => p.types.includes(type)).length;
      const most = Math.max(...curated.taxonomy.map(expected));
      for (const { type, count, share } of guide.types) {
        expect(count, `${id} ${type.id}`).toBe(expected(type.id));
        expect(share, `${id} ${type.id}`).toBeCloseTo(expected(type.id) / most, 10);
      }
      // Every passage has a type, so the counts add up to at least the passages.
      expect(guide.types.reduce((n, t) => n + t.count, 0)).toBeGreaterThanOrEqual(passages.length);
    }
  });

  it('lists the arguments shared with each other article, and those no other article makes', () => {
    let sharedSeen = 0;
    for (const id of ids) {
      const guide = guideOf(id);
      const mine = argumentsOf(id);
      const expectedShared = ids
        .filter((other) => other !== id)
        .map((other) => ({
          other,
          args: argumentOrder.filter((a) => mine.has(a) && argumentsOf(other).has(a)),
        }))
        .filter((g) => g.args.length > 0);
      expect(
        guide.shared.map((g) => ({ other: g.other.id, args: g.arguments.map((a) => a.argument.id) })),
        id,
      ).toEqual(expectedShared);
      for (const group of guide.shared)
        for (const entry of group.arguments) {
          sharedSeen++;
          const own = file(id).passages.filter((p) => p.arguments.includes(entry.argument.id));
          expect(entry.here.map((p) => p.id).sort()).toEqual(own.map((p) => p.id).sort());
          // One link per paragraph: the first passage of each block, in text order.
          const blocks = [...new Set(entry.here.map((p) => p.blockId))];
          expect(entry.paragraphs.map((p) => p.blockId)).toEqual(blocks);
          for (const p of entry.paragraphs) expect(entry.here.find((q) => q.blockId === p.blockId)).toBe(p);
          const theirs = file(group.other.id).passages.filter((p) => p.arguments.includes(entry.argument.id));
          expect([...entry.there].sort()).toEqual(theirs.map((p) => p.id).sort());
        }
      const elsewhere = new Set(ids.filter((o) => o !== id).flatMap((o) => [...argumentsOf(o)]));
      expect(
        guide.alone.map((a) => a.argument.id),
        id,
      ).toEqual(argumentOrder.filter((a) => mine.has(a) && !elsewhere.has(a)));
      for (const entry of guide.alone) expect(entry.here.length).toBeGreaterThan(0);
    }
    expect(sharedSeen).toBeGreaterThan(0);
  });

  it('lists each curated contrast with another article, both sides’ passages and the note', () => {
    let contrastsSeen = 0;
    for (const id of ids) {
      const guide = guideOf(id);
      const expected = ids
        .filter((other) => other !== id)
        .map((other) => ({
          other,
          contrasts: curated.arguments.relations.flatMap((r) => {
            const [a, b] = [articlesOfEnd(r.source), articlesOfEnd(r.target)];
            const [ours, theirs] =
              a.includes(id) && b.includes(other)
                ? [r.source, r.target]
                : b.includes(id) && a.includes(other)
                  ? [r.target, r.source]
                  : [undefined, undefined];
            if (!ours || !theirs) return [];
            return [{ ours: passagesOfEnd(ours, id), theirs: passagesOfEnd(theirs, other), note: r.note }];
          }),
        }))
        .filter((g) => g.contrasts.length > 0);
      const actual = guide.disagreements.map((g) => ({
        other: g.other.id,
        contrasts: g.contrasts.map((c) => ({
          ours: c.ours.passages.map((p) => p.id).sort(),
          theirs: c.theirs.passages.map((p) => p.id).sort(),
          note: c.note,
        })),
      }));
      expect(actual, id).toEqual(
        expected.map((g) => ({
          ...g,
          contrasts: g.contrasts.map((c) => ({ ...c, ours: c.ours.sort(), theirs: c.theirs.sort() })),
        })),
      );
      for (const c of guide.disagreements.flatMap((g) => g.contrasts)) {
        contrastsSeen++;
        // Both sides are quoted: each has a passage with its paragraph.
        expect(c.ours.passages.length).toBeGreaterThan(0);
        expect(c.theirs.passages.length).toBeGreaterThan(0);
      }
    }
    expect(contrastsSeen).toBeGreaterThan(0);
  });

  it('is the same with only the articles it quotes loaded, and names those articles from the manifest alone', () => {
    for (const id of ids) {
      const needed = guideArticleIds({ ...full, layer: { ...full.layer, passages: [] } }, id);
      const otherSides = new Set(
        curated.arguments.relations.flatMap((r) => {
          const [a, b] = [articlesOfEnd(r.source), articlesOfEnd(r.target)];
          return [...(a.includes(id) ? b : []), ...(b.includes(id) ? a : [])];
        }),
      );
      expect(needed, id).toEqual([id, ...ids.filter((o) => o !== id && otherSides.has(o))]);
      const partial: TagLayer = {
        ...full.layer,
        passages: full.layer.passages.filter((p) => needed.includes(p.article)),
      };
      expect(readingGuide({ ...full, layer: partial }, id)).toEqual(guideOf(id));
    }
  });

  it('gives no guide for an article the corpus does not have', () => {
    expect(readingGuide(full, 'no-such-article')).toBeUndefined();
  });
});

describe('readingGuide on a hand-made layer', () => {
  const head = (id: string) => ({
    meta: { id, title: id.toUpperCase(), titleSupplied: false, authors: [], source: id, exclusions: [] },
    wordCount: 10,
  });
  const passage = (id: string, article: string, types: string[], args: string[], start: number) => ({
    id,
    article,
    start,
    end: start + 5,
    exact: `${id} quote`,
    types,
    arguments: args,
    blockId: `${article}-b${start}`,
    paragraphNumber: start + 1,
  });
  const passages = [
    passage('a2', 'a', ['legal'], ['both'], 20),
    passage('a1', 'a', ['legal', 'political'], ['power', 'both'], 0),
    passage('a3', 'a', ['political'], ['restraint'], 40),
    passage('b1', 'b', ['legal'], ['power', 'restraint'], 0),
    passage('c1', 'c', ['legal'], ['restraint'], 0),
  ];
  const argument = (id: string) => {
    const mine = passages.filter((p) => p.arguments.includes(id));
    return {
      id,
      statement: `${id} statement`,
      type: id === 'restraint' ? 'political' : 'legal',
      questions: [],
      passages: mine.map((p) => p.id),
      articles: ['a', 'b', 'c'].filter((a) => mine.some((p) => p.article === a)),
    };
  };
  const taxonomy = ['legal', 'political', 'economic'].map((id) => ({
    id,
    label: id,
    description: id,
    color: { light: '#000000', dark: '#ffffff' },
  }));
  const layer: TagLayer = {
    taxonomy,
    passages,
    arguments: ['power', 'both', 'restraint'].map(argument),
    // Article a makes both sides of the first (with b on both sides too); the second names a passage of c.
    relations: [
      { kind: 'contrasts', source: { argument: 'power' }, target: { argument: 'restraint' }, note: 'Why.' },
      { kind: 'contrasts', source: { passage: 'c1' }, target: { passage: 'a2' } },
    ],
    links: [],
  };
  const sources: GuideSources = {
    layer,
    articles: ['a', 'b', 'c'].map(head),
    articleOf: new Map(passages.map((p) => [p.id, p.article])),
  };

  it('lists an article on both sides of a contrast once per other article, its passages in text order', () => {
    const guide = readingGuide(sources, 'a');
    expect(guide?.types.map((t) => [t.type.id, t.count, t.share])).toEqual([
      ['legal', 2, 1],
      ['political', 2, 1],
      ['economic', 0, 0],
    ]);
    expect(guide?.shared.map((g) => [g.other.id, g.arguments.map((a) => a.argument.id)])).toEqual([
      ['b', ['power', 'restraint']],
      ['c', ['restraint']],
    ]);
    expect(guide?.shared[0]?.arguments[0]?.there).toEqual(['b1']);
    expect(guide?.alone.map((a) => [a.argument.id, a.here.map((p) => p.id)])).toEqual([
      ['both', ['a1', 'a2']],
    ]);
    const withB = guide?.disagreements.find((d) => d.other.id === 'b')?.contrasts ?? [];
    expect(withB.map((c) => [c.ours.argument?.id, c.theirs.argument?.id, c.note])).toEqual([
      ['power', 'restraint', 'Why.'],
    ]);
    const withC = guide?.disagreements.find((d) => d.other.id === 'c')?.contrasts ?? [];
    expect(withC.map((c) => [c.ours.passages.map((p) => p.id), c.theirs.passages.map((p) => p.id)])).toEqual([
      [['a1'], ['c1']],
      [['a2'], ['c1']],
    ]);
    // A side naming one passage states the argument that passage makes, when it makes just one.
    expect(withC[1]?.ours.argument?.id).toBe('both');
    expect(withC[1]?.note).toBeUndefined();
  });

  it('counts nothing for an article without passages, and names only itself to load', () => {
    const guide = readingGuide({ ...sources, articles: [...sources.articles, head('d')] }, 'd');
    expect(guide?.passageCount).toBe(0);
    expect(guide?.types.every((t) => t.count === 0 && t.share === 0)).toBe(true);
    expect(guide?.shared).toEqual([]);
    expect(guide?.disagreements).toEqual([]);
    expect(guideArticleIds(sources, 'd')).toEqual(['d']);
    expect(guideArticleIds(sources, 'b')).toEqual(['b', 'a', 'c']);
  });
});
