import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/model/problems.ts';
import { realCompiled } from './corpus-files.ts';

const { corpus, problems, gaps } = realCompiled();
const { passages, arguments: args, relations, taxonomy } = corpus.tagLayer;

describe('the curated tag layer', () => {
  it('is valid', () => {
    expect(problems.map(formatProblem)).toEqual([]);
  });

  it('tags every body paragraph of every article at least once', () => {
    expect(gaps).toEqual([]);
    expect(passages.length).toBeGreaterThanOrEqual(250);
  });

  it('cross-references well over fifty shared arguments, each with discussion questions', () => {
    const shared = args.filter((a) => a.articles.length >= 2);
    expect(shared.length).toBeGreaterThan(50);
    for (const argument of shared) expect(argument.questions.length, argument.id).toBeGreaterThanOrEqual(1);
    expect(relations.length).toBeGreaterThan(0);
  });

  it('makes each argument in at least two articles unless the pairwise reading marked it single-article', () => {
    const unmarkedSingles = args.filter((a) => a.articles.length < 2 && a.singleArticle !== true);
    expect(unmarkedSingles.map((a) => `${a.id} (${a.articles.join(', ')})`)).toEqual([]);
  });

  it('says in a note how the two ends of every contrast differ', () => {
    const bare = relations.filter((r) => (r.note ?? '').trim().length === 0);
    expect(bare).toEqual([]);
  });

  it('uses every claim type of the taxonomy, primary type first', () => {
    const primaries = new Set(passages.map((p) => p.types[0]));
    for (const type of taxonomy) expect(primaries.has(type.id), type.id).toBe(true);
  });
});
