import { describe, expect, it } from 'vitest';
import type { Token } from './analyze.ts';
import { countTerms, impactPostings } from './term-counts.ts';

const tok = (key: string, display = key, phrase = false): Token => ({ key, display, phrase });

/** The token-by-token walk the folding replaces: the reference result. */
function walk(analyses: { tokens: Token[]; context: Token[] }[], contextWeight: number) {
  const termIds = new Map<string, number>();
  const displayCounts: Map<string, number>[] = [];
  const isPhrase: boolean[] = [];
  const counts = analyses.map(({ tokens, context }) => {
    const tf = new Map<number, number>();
    for (const [t, w] of [
      ...tokens.map((t) => [t, 1] as const),
      ...context.map((t) => [t, contextWeight] as const),
    ]) {
      let id = termIds.get(t.key);
      if (id === undefined) {
        termIds.set(t.key, (id = termIds.size));
        displayCounts.push(new Map());
        isPhrase.push(t.phrase);
      }
      const dc = displayCounts[id];
      dc?.set(t.display, (dc.get(t.display) ?? 0) + 1);
      tf.set(id, (tf.get(id) ?? 0) + w);
    }
    const ids = [...tf.keys()].sort((a, b) => a - b);
    return { ids: Int32Array.from(ids), tf: Float64Array.from(ids, (id) => tf.get(id) ?? 0) };
  });
  return { termIds, displayCounts, isPhrase, counts };
}

describe('countTerms', () => {
  it('gives what the token-by-token walk gives, bit for bit, with contexts shared between units', () => {
    // One paragraph's tokens shared by two passages (as analyzeUnits shares them), repeated terms
    // with two display forms, and a weight whose repeated sums differ from its multiples.
    const paragraph = [
      tok('forc', 'force'),
      tok('cartel'),
      tok('forc', 'forces'),
      tok('art51', 'Article 51', true),
      ...Array.from({ length: 7 }, () => tok('forc', 'force')),
      tok('mexico'),
    ];
    const analyses = [
      { tokens: [tok('cartel'), tok('strike')], context: paragraph },
      { tokens: [tok('mexico'), tok('forc', 'forces')], context: paragraph },
      { tokens: [tok('sovereignti', 'sovereignty')], context: [tok('strike'), tok('strike')] },
      { tokens: [], context: [] },
    ];
    const weight = 0.35;
    expect(9 * weight).not.toBe(Array.from({ length: 9 }).reduce<number>((x) => x + weight, 0));
    const got = countTerms(analyses, weight);
    const want = walk(analyses, weight);
    expect([...got.termIds]).toEqual([...want.termIds]);
    expect(got.displayCounts.map((m) => [...m])).toEqual(want.displayCounts.map((m) => [...m]));
    expect(got.isPhrase).toEqual(want.isPhrase);
    expect(got.counts).toEqual(want.counts);
    expect(got.lengths).toEqual([2 + 12 * weight, 2 + 12 * weight, 1 + 2 * weight, 0]);
  });
});

describe('impactPostings', () => {
  it('orders each term by weight, highest first, ties by unit, and keeps at most max', () => {
    const vectors = [
      { terms: Int32Array.from([0, 1]), weights: Float64Array.from([0.5, 0.1]) },
      { terms: Int32Array.from([0]), weights: Float64Array.from([0.9]) },
      { terms: Int32Array.from([0, 1]), weights: Float64Array.from([0.5, 0.3]) },
      { terms: Int32Array.from([0]), weights: Float64Array.from([0.2]) },
    ];
    const { postings, postingWeights } = impactPostings(vectors, 3, 3);
    expect(postings.map((p) => [...p])).toEqual([[1, 0, 2], [2, 0], []]);
    expect(postingWeights.map((p) => [...p])).toEqual([[0.9, 0.5, 0.5], [0.3, 0.1], []]);
  });
});
