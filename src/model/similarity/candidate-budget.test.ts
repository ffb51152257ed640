import { describe, expect, it } from 'vitest';
import { realVocabulary } from '../../../tests/corpus/corpus-files.ts';
import { buildSimilarityIndex, type SimilarityUnit } from './similarity-index.ts';
import { candidates, suggest } from './similarity-query.ts';

// With the corpus vocabulary, "Article 51" and "self-defense" are one term each, as in the build.
const resources = { vocabulary: realVocabulary() };

/** Many units sharing a common term, one sharing the query's rarest term. */
function units(): SimilarityUnit[] {
  const out: SimilarityUnit[] = [
    { id: 'q', article: 'a', text: 'cartel strikes under Article 51 self-defense zanzibar' },
    { id: 'rare', article: 'b', text: 'the zanzibar question and Article 51' },
  ];
  for (let i = 0; i < 60; i++)
    out.push({ id: `c${i}`, article: `x${i % 7}`, text: `cartel strikes number ${i}` });
  return out;
}

describe('candidate work per query', () => {
  it('stops walking postings at the budget, walking the weightiest terms first', () => {
    const uncapped = buildSimilarityIndex(
      units(),
      { maxDocFrequency: 1, maxCandidateWork: Number.POSITIVE_INFINITY },
      resources,
    );
    expect(candidates(uncapped, 'q').length).toBe(61);
    const capped = buildSimilarityIndex(units(), { maxDocFrequency: 1, maxCandidateWork: 3 }, resources);
    const found = candidates(capped, 'q');
    expect(found.length).toBeLessThanOrEqual(3);
    // The rare terms weigh most, so the unit sharing them is reached first.
    expect(found.map((u) => capped.units[u]?.id)).toContain('rare');
    expect(suggest(capped, 'q')[0]?.target).toBe('rare');
  });

  it('changes nothing while a query fits the budget', () => {
    const a = buildSimilarityIndex(units(), {
      maxDocFrequency: 1,
      maxCandidateWork: Number.POSITIVE_INFINITY,
    });
    const b = buildSimilarityIndex(units(), { maxDocFrequency: 1, maxCandidateWork: 10_000 });
    expect(suggest(b, 'q', { limit: 20 })).toEqual(suggest(a, 'q', { limit: 20 }));
  });
});
