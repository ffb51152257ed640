import { describe, expect, it } from 'vitest';
import { realCompiled, realVocabulary } from '../../tests/corpus/corpus-files.ts';
import { curatedPassagesFromLayer, splitOfArgument, type CuratedPassage } from './curated-pairs.ts';
import { evaluateRecommender, recommenderMetrics } from './recommender-evaluation.ts';
import { DEFAULT_RECOMMENDER_OPTIONS } from '../../src/model/similarity/argument-recommender.ts';

// Real statements and passages (annotations/), a slice small enough to reason about.
const ARGUMENTS = [
  {
    id: 'article-51-self-defense-exception',
    statement:
      'Article 51 of the UN Charter preserves the right of self-defense against an armed attack, the exception to the Charter’s prohibition on force.',
  },
  {
    id: 'cartel-aumf-unlikely-to-pass',
    statement:
      'Even with Republican majorities in Congress, a cartel AUMF’s chances of passing remain remote.',
  },
];
const PASSAGES: CuratedPassage[] = [
  {
    id: 'fto-015',
    article: 'fto-lethal-force-legality',
    text: 'Article 51 provides an exception for self-defense.',
    arguments: ['article-51-self-defense-exception'],
  },
  {
    id: 'js-043',
    article: 'just-security-self-sabotage',
    text: 'Article 51 of the Charter also provides that the treaty does “impair the inherent right of individual or collective self-defence” in the event of an armed attack.',
    arguments: ['article-51-self-defense-exception'],
  },
  {
    id: 'fq-036',
    article: 'five-questions-war-on-cartels',
    text: 'With a Republican-controlled House and Senate, the probability that such a measure could move forward remains remote, but nonzero.',
    arguments: ['cartel-aumf-unlikely-to-pass'],
  },
];

describe('the recommender evaluation', () => {
  it('asks each passage once per argument, in its argument’s half, with the passage left out', () => {
    const m = recommenderMetrics(
      { arguments: ARGUMENTS, passages: PASSAGES },
      DEFAULT_RECOMMENDER_OPTIONS,
      undefined,
      ['dev', 'test'],
    );
    const half = (a: string) => m.get(splitOfArgument(a));
    const asked = (a: string) => PASSAGES.filter((p) => p.arguments.includes(a)).length;
    for (const split of ['dev', 'test'] as const) {
      const expected = ARGUMENTS.filter((a) => splitOfArgument(a.id) === split).reduce(
        (n, a) => n + asked(a.id),
        0,
      );
      expect(m.get(split)?.queries).toBe(expected);
    }
    // fq-036 alone makes its argument: hidden, only the statement is left, which it shares "remote" with.
    expect(half('cartel-aumf-unlikely-to-pass')?.hitAt3).toBeGreaterThan(0);
    for (const x of m.values()) {
      expect(x.hitAt1).toBeLessThanOrEqual(x.hitAt3);
      expect(x.mrr).toBeLessThanOrEqual(1);
    }
  });

  it('counts a passage that is an argument’s only evidence as a miss when the statement shares nothing', () => {
    const lonely: CuratedPassage = {
      id: 'x',
      article: 'war-zone-military-options',
      text: 'Zebras graze quietly.',
      arguments: ['article-51-self-defense-exception'],
    };
    const m = recommenderMetrics(
      { arguments: ARGUMENTS, passages: [lonely] },
      DEFAULT_RECOMMENDER_OPTIONS,
      undefined,
      [splitOfArgument('article-51-self-defense-exception')],
    );
    expect([...m.values()][0]).toEqual({ queries: 1, hitAt1: 0, hitAt3: 0, mrr: 0 });
  });
});

// Two articles of the real tag layer keep this fast; the whole corpus is measured by the CLI
// (npm run corpus -- eval-suggestions) and reported in README.md.
const TWO = new Set(['fto-lethal-force-legality', 'just-security-self-sabotage']);
const compiled = realCompiled();

describe('the recommender on two real articles', { timeout: 20_000 }, () => {
  it('reports both halves for the recommender, the plain TF-IDF baseline and the recommender without vocabulary', () => {
    const passages = curatedPassagesFromLayer(
      compiled.corpus.tagLayer.passages,
      compiled.corpus.articles,
    ).filter((p) => TWO.has(p.article));
    const rows = evaluateRecommender({
      arguments: compiled.corpus.tagLayer.arguments,
      passages,
      vocabulary: realVocabulary(),
    });
    expect(rows.map((r) => `${r.split}/${r.method}`).sort()).toEqual([
      'dev/recommender',
      'dev/recommender-without-vocabulary',
      'dev/tfidf-baseline',
      'test/recommender',
      'test/recommender-without-vocabulary',
      'test/tfidf-baseline',
    ]);
    const pairs = passages.reduce((n, p) => n + p.arguments.length, 0);
    const queries = rows.filter((r) => r.method === 'recommender').reduce((n, r) => n + r.metrics.queries, 0);
    expect(queries).toBe(pairs);
    const hits = (method: string) =>
      rows.filter((r) => r.method === method).reduce((n, r) => n + r.metrics.hitAt3 * r.metrics.queries, 0);
    // Over both halves of the slice, the recommender finds more hidden arguments than plain TF-IDF.
    expect(hits('recommender')).toBeGreaterThan(hits('tfidf-baseline'));
  });
});
