import { describe, expect, it } from 'vitest';
import { buildArgumentRecommender, rankArguments, recommendArguments } from './argument-recommender.ts';
import { compileVocabulary } from './vocabulary.ts';

// Statements and passages from the real corpus (annotations/arguments.json and the articles' passages).
const ARGUMENTS = [
  {
    id: 'article-51-self-defense-exception',
    statement:
      'Article 51 of the UN Charter preserves the right of self-defense against an armed attack, the exception to the Charter’s prohibition on force.',
  },
  {
    id: 'sheinbaum-rejects-us-force-on-sovereignty-grounds',
    statement:
      'President Sheinbaum has rejected US military action on Mexican soil as an infringement of sovereignty, insisting Mexico will fight the cartels in its own territory.',
  },
  {
    id: 'cartel-aumf-unlikely-to-pass',
    statement:
      'Even with Republican majorities in Congress, a cartel AUMF’s chances of passing remain remote.',
  },
];

const PASSAGES = [
  {
    id: 'js-043',
    text: 'Article 51 of the Charter also provides that the treaty does “impair the inherent right of individual or collective self-defence” in the event of an armed attack.',
    arguments: ['article-51-self-defense-exception'],
  },
  {
    id: 'wz-009',
    text: 'In addition to spurring Trump to invoke Article II, such an attack would allow him to respond under United Nations Article 51’s self-defense provisions, noted Ali',
    arguments: ['article-51-self-defense-exception'],
  },
  {
    id: 'fto-007',
    text: 'On May 3, 2025, Mexican President Claudia Sheinbaum pushed back on the latest set of rumors. Speaking to a crowd in Mexico, she insisted that any U.S. presence or use of force would infringe on Mexican sovereignty.',
    arguments: ['sheinbaum-rejects-us-force-on-sovereignty-grounds'],
  },
  {
    id: 'lf-036',
    text: 'Sheinbaum is no exception and rejected the notion herself during a Jan. 21 news conference, reminding everyone in the room that Mexico will defend its sovereignty and fight drug trafficking in its territory on its own, without U.S. military participation.',
    arguments: ['sheinbaum-rejects-us-force-on-sovereignty-grounds'],
  },
  {
    id: 'fq-036',
    text: 'With a Republican-controlled House and Senate, the probability that such a measure could move forward remains remote, but nonzero.',
    arguments: ['cartel-aumf-unlikely-to-pass'],
  },
];

const FTO_015 =
  'Article 51 provides an exception for self-defense. If the United States were to use force unilaterally against the cartels, it would likely do so by seeking to invoke this exception (the Art. 42 path is unavailable as a practical matter).';

describe('argument recommender', () => {
  const rec = buildArgumentRecommender(ARGUMENTS, PASSAGES);

  it('puts the argument a new passage makes first, and explains it by the shared terms', () => {
    const [first, ...rest] = recommendArguments(rec, { text: FTO_015 });
    expect(first?.argument).toBe('article-51-self-defense-exception');
    expect(first?.statementTerms).toEqual(expect.arrayContaining(['article', 'exception']));
    expect(first?.passageTerms.length).toBeGreaterThan(0);
    // Terms named for the statement are not repeated for the passages.
    for (const t of first?.statementTerms ?? []) expect(first?.passageTerms).not.toContain(t);
    expect(rest.every((r) => r.score < (first?.score ?? 0))).toBe(true);
  });

  it('suggests at most `limit` arguments, best first, leaving out those sharing no term', () => {
    const three = recommendArguments(rec, { text: FTO_015 }, { limit: 2 });
    expect(three).toHaveLength(2);
    const none = recommendArguments(rec, { text: 'Zebras graze quietly.' });
    expect(none).toEqual([]);
  });

  it('never lets a curated passage vote for its own arguments', () => {
    // fq-036 shares almost nothing with its statement; only its own copy would rank it first.
    const text = PASSAGES[4]?.text ?? '';
    const withSelf = rankArguments(rec, { text });
    expect(withSelf[0]?.argument).toBe('cartel-aumf-unlikely-to-pass');
    const left = recommendArguments(rec, { text, exclude: 'fq-036' });
    const aumf = left.find((r) => r.argument === 'cartel-aumf-unlikely-to-pass');
    // What is left is the statement alone: "remain remote" against "remains remote".
    expect(aumf?.passageTerms ?? []).toEqual([]);
    expect(rankArguments(rec, { text, exclude: 'fq-036' })[0]?.score).toBeLessThan(withSelf[0]?.score ?? 0);
  });

  it('reads a sovereignty passage in other words as Sheinbaum’s rejection', () => {
    const ranked = rankArguments(rec, {
      text: '“We all want to fight the drug cartels,” Sheinbaum said at her daily press briefing. The U.S. “in their territory, us in our territory.”',
    });
    expect(ranked[0]?.argument).toBe('sheinbaum-rejects-us-force-on-sovereignty-grounds');
  });

  it('folds the vocabulary’s names and abbreviations, so an abbreviation meets its full form', () => {
    const vocabulary = compileVocabulary({
      terms: [
        {
          key: 'aumf',
          display: 'AUMF',
          phrase: ['AUMF'],
          aliases: ['authorization for (the )?use of military force'],
        },
      ],
      wordSynonyms: {},
      fillerWords: [],
    });
    const text = 'Congress will not pass an authorization for use of military force against the cartels.';
    const plain = recommendArguments(buildArgumentRecommender(ARGUMENTS, PASSAGES), { text });
    const folded = recommendArguments(buildArgumentRecommender(ARGUMENTS, PASSAGES, {}, vocabulary), {
      text,
    });
    expect(
      plain.find((r) => r.argument === 'cartel-aumf-unlikely-to-pass')?.statementTerms ?? [],
    ).not.toContain('AUMF');
    expect(folded[0]?.argument).toBe('cartel-aumf-unlikely-to-pass');
    expect(folded[0]?.statementTerms).toContain('AUMF');
  });

  it('finds it by each way of counting the passages (one document, the closest ones, their centroid)', () => {
    for (const aggregate of ['document', 'best', 'centroid'] as const) {
      const ranked = rankArguments(buildArgumentRecommender(ARGUMENTS, PASSAGES, { aggregate }), {
        text: FTO_015,
      });
      expect(ranked[0]?.argument, aggregate).toBe('article-51-self-defense-exception');
      for (const r of ranked) expect(r.score).toBeLessThanOrEqual(1 + 1e-9);
    }
  });

  it('never suggests an argument that shares only function words with the passage', () => {
    const ranked = rankArguments(rec, { text: 'It would be the one that they had, and so on.' });
    expect(ranked).toEqual([]);
  });
});
