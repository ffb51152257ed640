import { describe, expect, it } from 'vitest';
import { buildArgumentRecommender } from './argument-recommender.ts';
import { samePointPassages } from './same-point.ts';
import { samePointQuestion, unlinkedMatches } from './same-point-question.ts';

// Statements and passages from the real corpus (annotations/).
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
];
const PASSAGES = [
  {
    id: 'js-043',
    article: 'just-security-self-sabotage',
    text: 'Article 51 of the Charter also provides that the treaty does “impair the inherent right of individual or collective self-defence” in the event of an armed attack.',
    arguments: ['article-51-self-defense-exception'],
  },
  {
    id: 'js-040',
    article: 'just-security-self-sabotage',
    text: 'The Mexican government is extremely unlikely to consent to U.S. military strikes or raids on its territory and has repeatedly vowed to defend its sovereignty.',
    arguments: ['sheinbaum-rejects-us-force-on-sovereignty-grounds'],
  },
  {
    id: 'wz-009',
    article: 'war-zone-military-options',
    text: 'In addition to spurring Trump to invoke Article II, such an attack would allow him to respond under United Nations Article 51’s self-defense provisions, noted Ali',
    arguments: ['article-51-self-defense-exception'],
  },
  {
    id: 'wz-047',
    article: 'war-zone-military-options',
    text: '“We all want to fight the drug cartels,” Sheinbaum said at her daily press briefing. The U.S. “in their territory, us in our territory.”',
    arguments: ['sheinbaum-rejects-us-force-on-sovereignty-grounds'],
  },
  {
    id: 'wz-000',
    article: 'war-zone-military-options',
    text: 'Article 51 self-defense is discussed here too, but no argument is attached to this passage.',
    arguments: [],
  },
];
const rec = buildArgumentRecommender(ARGUMENTS, PASSAGES);
const FTO_015 = 'Article 51 provides an exception for self-defense.';

describe('passages making the same point as a reader’s annotation', () => {
  it('offers, in each article asked, the passage making the argument the text makes, with that argument', () => {
    const matches = samePointPassages(rec, { text: FTO_015 }, [
      'war-zone-military-options',
      'just-security-self-sabotage',
    ]);
    // Articles in the order asked; the sovereignty passages share no telling word with it: not offered.
    expect(matches.map((m) => m.passage)).toEqual(['wz-009', 'js-043']);
    expect(matches[0]).toMatchObject({ passage: 'wz-009', argument: 'article-51-self-defense-exception' });
    expect(matches[0]?.statement).toBe(ARGUMENTS[0]?.statement);
    // A passage that makes no argument is never offered, however many words it shares.
    expect(matches.map((m) => m.passage)).not.toContain('wz-000');
  });

  it('keeps to the articles asked, the number per article, and leaves out what is excluded', () => {
    const text =
      'Sheinbaum insisted that any U.S. presence or use of force would infringe on Mexican sovereignty.';
    const two = samePointPassages(rec, { text }, ['war-zone-military-options']);
    expect(two.map((m) => m.passage).sort()).toEqual(['wz-009', 'wz-047']);
    expect(two.find((m) => m.passage === 'wz-047')?.argument).toBe(
      'sheinbaum-rejects-us-force-on-sovereignty-grounds',
    );
    const one = samePointPassages(rec, { text }, ['war-zone-military-options'], { perArticle: 1 });
    expect(one).toEqual(two.slice(0, 1));
    const left = samePointPassages(rec, { text }, ['war-zone-military-options'], {
      exclude: new Set(['wz-047']),
    });
    expect(left.map((m) => m.passage)).toEqual(['wz-009']);
    expect(samePointPassages(rec, { text: FTO_015 }, [])).toEqual([]);
  });

  it('asks for a saved annotation’s quote in the other open articles, leaving out the passages it links to', () => {
    const annotation = {
      article: 'fto-lethal-force-legality',
      selector: { quote: { exact: FTO_015 } },
      links: [{ target: { passage: 'wz-009' } }, { target: { url: 'https://example.org/' } }],
    };
    const open = ['fto-lethal-force-legality', 'war-zone-military-options', 'just-security-self-sabotage'];
    const q = samePointQuestion(annotation, open);
    expect(q).toEqual({
      query: { text: FTO_015 },
      articles: ['war-zone-military-options', 'just-security-self-sabotage'],
      exclude: ['wz-009'],
    });
    const matches = samePointPassages(rec, q.query, q.articles);
    expect(unlinkedMatches(matches, annotation).map((m) => m.passage)).toEqual(['js-043']);
  });
});
