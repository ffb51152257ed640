import { describe, it, expect } from 'vitest';
import { realVocabulary } from '../../../tests/corpus/corpus-files.ts';
import { analyze, DEFAULT_ANALYZER, PLAIN_ANALYZER } from './analyze.ts';

const vocabulary = realVocabulary();
const keys = (text: string) => analyze(text, DEFAULT_ANALYZER, vocabulary).map((t) => t.key);

// Fixtures are sentences of the corpus, verbatim.
const FTO_ARTICLE_51 = 'Article 51 provides an exception for self-defense.';
const JUST_SECURITY_51 =
  'Article 51 of the Charter also provides that the treaty does “impair the inherent right of individual or collective self-defence” in the event of an armed attack.';
const WAR_ZONE_FTO =
  'However, even with the new executive order he signed designating cartels as Foreign Terrorist Organizations (FTO), Trump would still face several legal and policy hurdles';
const FIVE_Q_FTO = 'US designation of cartels as FTOs may be a boon here.';
const WAR_ZONE_TITLE_50 =
  'President Barack Obama invoked Title 50, the U.S. law permitting a president to carry out clandestine operations in foreign countries, to justify that operation.';
const JUST_SECURITY_MERIDA =
  'Mexico, however, previously participated in a version of “Plan Colombia,” the Mérida Initiative beginning under former President Felipe Calderón, and it appears very unlikely the current Mexican government would agree to a repeat of “Plan Mexico.”';

describe('analyze', () => {
  it('keeps multi-word legal terms as one term', () => {
    expect(keys(FTO_ARTICLE_51)).toEqual(['article-51', 'provid', 'except', 'self-defense']);
    expect(keys(JUST_SECURITY_51)).toContain('article-51');
    expect(keys(JUST_SECURITY_51)).toContain('armed-attack');
    expect(keys(WAR_ZONE_TITLE_50)).toContain('title-50');
    expect(keys(JUST_SECURITY_MERIDA)).toEqual(
      expect.arrayContaining(['plan-colombia', 'merida-initiative', 'plan-mexico', 'calderon']),
    );
  });

  it('folds "FTO" and "FTOs" into "Foreign Terrorist Organization"', () => {
    expect(keys(WAR_ZONE_FTO).filter((k) => k === 'fto')).toHaveLength(2);
    expect(keys(FIVE_Q_FTO)).toContain('fto');
    const fto = analyze(FIVE_Q_FTO, DEFAULT_ANALYZER, vocabulary).find((t) => t.key === 'fto');
    expect(fto?.display).toBe('Foreign Terrorist Organization');
  });

  it('folds spelling variants: self-defence, the Charter, U.S./US/United States, bin Laden, al-Baghdadi', () => {
    expect(keys(JUST_SECURITY_51)).toEqual(expect.arrayContaining(['self-defense', 'un-charter']));
    expect(keys('United Nations Charter')).toEqual(['un-charter']);
    expect(keys('the U.S. law')).toEqual(['us', 'law']);
    expect(keys('US designation')).toEqual(['us', 'design']);
    expect(keys('the United States')).toEqual(['us']);
    expect(keys('Osama Bin Laden’s compound')).toEqual(['bin-laden', 'compound']);
    expect(keys('killing of Abu-Bakr al-Baghdadi')).toEqual(['kill', 'al-baghdadi']);
    expect(keys('ISIS leader Abu Bakr Al-Baghdadi in 2019')).toEqual(['isis', 'leader', 'al-baghdadi']);
  });

  it('does not read the pronoun "us" as the United States', () => {
    expect(keys('The U.S. “in their territory, us in our territory.”')).toEqual([
      'us',
      'territori',
      'territori',
    ]);
  });

  it('stems words, drops stop words, numbers and reporting verbs', () => {
    expect(keys('Scores of top traffickers have been killed or imprisoned since 2006, he said.')).toEqual([
      'score',
      'top',
      'traffick',
      'kill',
      'imprison',
    ]);
  });

  it('keeps "Latin America" apart from "America"', () => {
    expect(keys('security partners in Latin America')).toEqual(['secur', 'partner', 'latin-america']);
  });

  it('plain analysis splits and lower-cases only', () => {
    expect(analyze(FTO_ARTICLE_51, PLAIN_ANALYZER).map((t) => t.key)).toEqual([
      'article',
      'provides',
      'exception',
      'self',
      'defense',
    ]);
  });

  it('without a corpus vocabulary, compares single stemmed words (no terms, names or synonyms)', () => {
    expect(analyze(FTO_ARTICLE_51).map((t) => t.key)).toEqual([
      'articl',
      'provid',
      'except',
      'self',
      'defens',
    ]);
    expect(analyze(FIVE_Q_FTO).map((t) => t.key)).toEqual(['design', 'cartel', 'fto', 'boon']);
    expect(analyze('Scores of traffickers, he said.').map((t) => t.key)).toEqual([
      'score',
      'traffick',
      'said',
    ]);
    expect(analyze(FTO_ARTICLE_51).every((t) => !t.phrase)).toBe(true);
  });
});
