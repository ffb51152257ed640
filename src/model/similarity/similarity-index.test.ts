import { describe, it, expect } from 'vitest';
import { readWordVectors } from '../../data/compile-corpus.ts';
import { realCompiled, realCorpusFiles, realVocabulary } from '../../../tests/corpus/corpus-files.ts';
import { analyze } from './analyze.ts';
import { buildSimilarityIndex, type SimilarityUnit } from './similarity-index.ts';
import { candidates, suggest, suggestAll } from './similarity-query.ts';
import { sentenceUnits, paragraphUnits } from './units.ts';
import { STOP_WORDS } from '../tokenize.ts';

const { corpus } = realCompiled();
const vocabulary = realVocabulary();
const sentences = sentenceUnits(corpus.articles);
const find = (fragment: string): SimilarityUnit => {
  const unit = sentences.find((u) => u.text.includes(fragment));
  if (!unit) throw new Error(`no corpus sentence contains "${fragment}"`);
  return unit;
};

// Whole-corpus checks (every sentence against its candidates): ~1 s on an idle 2-core machine; the
// timeout leaves room for a machine loaded many times over.
describe('similarity index on real corpus sentences', { timeout: 20_000 }, () => {
  const index = buildSimilarityIndex(sentences, {}, { vocabulary });
  const termsOf = new Map(
    sentences.map((u) => [
      u.id,
      new Set(analyze(u.text, index.options.analyzer, vocabulary).map((t) => t.key)),
    ]),
  );

  it('covers every body sentence of the five articles', () => {
    expect(corpus.articles).toHaveLength(5);
    expect(index.units).toHaveLength(sentences.length);
  });

  it('only scores pairs that share a selective term, found through the postings', () => {
    // Checked over every sentence (~110,000 candidate pairs) in plain code, asserted once: an
    // expect() per pair made this test take most of its timeout.
    const wrong: string[] = [];
    for (const unit of sentences) {
      const own = termsOf.get(unit.id) ?? new Set<string>();
      const found = candidates(index, unit.id);
      if (found.length >= sentences.length) wrong.push(`${unit.id}: every sentence is a candidate`);
      for (const c of found) {
        const other = index.units[c];
        if (!other) wrong.push(`${unit.id}: candidate ${c} is not a unit`);
        else if (other.article === unit.article) wrong.push(`${unit.id} → ${other.id}: same article`);
        else if (![...(termsOf.get(other.id) ?? [])].some((k) => own.has(k)))
          wrong.push(`${unit.id} → ${other.id}: no shared term`);
      }
      // Anything suggested was a candidate.
      const ids = new Set(found.map((c) => index.units[c]?.id));
      for (const s of suggest(index, unit.id, { perArticle: 100, limit: 1000 }))
        if (!ids.has(s.target)) wrong.push(`${unit.id} → ${s.target}: suggested but not a candidate`);
    }
    expect(wrong).toEqual([]);
  });

  it('never suggests a unit that shares no term', () => {
    const units: SimilarityUnit[] = [
      { id: 'a', article: 'x', text: 'Article 51 provides an exception for self-defense.' },
      { id: 'b', article: 'y', text: 'Fentanyl labs are low-tech and easily rebuilt.' },
      {
        id: 'c',
        article: 'z',
        text: 'Article 51 of the Charter also provides that the treaty does not impair self-defence.',
      },
    ];
    const small = buildSimilarityIndex(units, {}, { vocabulary });
    expect(candidates(small, 'a').map((i) => small.units[i]?.id)).toEqual(['c']);
    expect(suggest(small, 'a').map((s) => s.target)).toEqual(['c']);
  });

  it('suggests only units of other articles, ranked, scored 0..1, capped per article', () => {
    const all = suggestAll(index, { perArticle: 2, limit: 6 });
    for (const unit of sentences) {
      const list = all.get(unit.id) ?? [];
      expect(list.length).toBeLessThanOrEqual(6);
      const perArticle = new Map<string, number>();
      list.forEach((s, i) => {
        expect(s.article).not.toBe(unit.article);
        expect(s.rank).toBe(i + 1);
        expect(s.score).toBeGreaterThan(0);
        expect(s.score).toBeLessThanOrEqual(1);
        if (i > 0) expect(s.score).toBeLessThanOrEqual(list[i - 1]?.score ?? 1);
        perArticle.set(s.article, (perArticle.get(s.article) ?? 0) + 1);
      });
      for (const n of perArticle.values()) expect(n).toBeLessThanOrEqual(2);
    }
  });

  it('finds the other articles’ Article 51 sentences and explains them in display forms', () => {
    const query = find('Article 51 provides an exception for self-defense.');
    const top = suggest(index, query.id, { perArticle: 1, limit: 2 });
    const justSecurity = top.find((s) => s.article === 'just-security-self-sabotage');
    expect(justSecurity?.rank).toBe(1);
    expect(justSecurity?.sharedTerms).toEqual(expect.arrayContaining(['Article 51', 'self-defense']));
    expect(index.units[index.position.get(justSecurity?.target ?? '') ?? -1]?.text).toContain(
      'Article 51 of the Charter',
    );
  });

  it('rejects unknown and duplicate ids', () => {
    expect(() => suggest(index, 'no-such-unit')).toThrow(/unknown/);
    const p = paragraphUnits(corpus.articles)[0];
    if (!p) throw new Error('no paragraph');
    expect(() => buildSimilarityIndex([p, p])).toThrow(/duplicate/);
  });
});

describe('word vectors fused with the term cosine', { timeout: 20_000 }, () => {
  const wordVectors = readWordVectors(realCorpusFiles().wordVectors, []);
  const units: SimilarityUnit[] = [
    { id: 'q', article: 'x', text: 'Cartels would retaliate against Americans living in Mexico.' },
    { id: 'near', article: 'y', text: 'Gangsters may take revenge on tourists from abroad in Mexico.' },
    { id: 'far', article: 'y', text: 'Mexico has a new president and a new Congress this year.' },
    { id: 'none', article: 'z', text: 'Fentanyl labs are low-tech and easily rebuilt.' },
  ];

  it('reranks the index candidates by meaning, never adds candidates, keeps scores in 0..1', () => {
    expect(wordVectors).toBeDefined();
    const plain = buildSimilarityIndex(units, { maxDocFrequency: 1 });
    const fused = buildSimilarityIndex(units, { maxDocFrequency: 1 }, { wordVectors });
    expect(plain.semantic).toBeUndefined();
    expect(fused.semantic).toHaveLength(units.length);
    const score = (index: typeof plain, id: string) =>
      suggest(index, 'q', { perArticle: 5 }).find((s) => s.target === id)?.score ?? 0;
    // The vectors raise the paraphrase relative to the unrelated sentence.
    const ratio = (index: typeof plain) => score(index, 'near') / score(index, 'far');
    expect(ratio(fused)).toBeGreaterThan(ratio(plain));
    expect(score(fused, 'near')).toBeGreaterThan(score(fused, 'far'));
    expect(suggest(fused, 'q').map((s) => s.target)).not.toContain('none');
    for (const s of suggest(fused, 'q')) expect(s.score).toBeLessThanOrEqual(1);
    // vectorWeight 0 turns them off.
    expect(buildSimilarityIndex(units, { vectorWeight: 0 }, { wordVectors }).semantic).toBeUndefined();
  });

  it('explains suggestions without function words', () => {
    const fused = buildSimilarityIndex(sentences, {}, { wordVectors, vocabulary });
    for (const unit of sentences.slice(0, 200))
      for (const s of suggest(fused, unit.id))
        for (const t of s.sharedTerms) {
          expect(STOP_WORDS.has(t)).toBe(false);
          expect(vocabulary.fillerWords.has(t)).toBe(false);
        }
  });
});

describe('second-order similarity', () => {
  // a and b share no word, but both are near the same third passages (c, d in other articles).
  const units: SimilarityUnit[] = [
    { id: 'a', article: 'A', text: 'Invasion of the sovereign neighbour violates Article 2(4).' },
    { id: 'b', article: 'B', text: 'Waging war against the sovereign country breaches Article 2(4).' },
    { id: 'c', article: 'C', text: 'Invasion and war against a sovereign state breach Article 2(4).' },
    { id: 'd', article: 'D', text: 'A war or invasion of a sovereign land violates Article 2(4).' },
    { id: 'e', article: 'B', text: 'Fentanyl labs moved north across the border last year.' },
  ];

  it('raises a candidate that shares neighbours with the query, and scores stay within 0..1', () => {
    const plain = buildSimilarityIndex(units, { secondOrderWeight: 0 });
    const second = buildSimilarityIndex(units, { secondOrderWeight: 0.5, secondOrderNeighbours: 3 });
    const scoreOf = (index: ReturnType<typeof buildSimilarityIndex>) =>
      suggest(index, 'a').find((s) => s.target === 'b')?.score ?? 0;
    expect(scoreOf(second)).toBeGreaterThan(scoreOf(plain));
    for (const s of suggest(second, 'a')) {
      expect(s.score).toBeGreaterThan(0);
      expect(s.score).toBeLessThanOrEqual(1);
    }
  });

  it('caches each neighbourhood on the index and gives the same answer twice', () => {
    const index = buildSimilarityIndex(units, { secondOrderWeight: 0.5, secondOrderNeighbours: 3 });
    const first = suggest(index, 'a');
    expect(index.neighbourhoods[0]).toBeDefined();
    expect(suggest(index, 'a')).toEqual(first);
  });
});
