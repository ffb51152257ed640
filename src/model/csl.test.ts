import { describe, expect, it } from 'vitest';
import { realArticle, realArticles } from '../../tests/corpus/real-articles.ts';
import { articleToCsl, cslDate, cslName, passageCite } from './csl.ts';

const cslOf = (id: string) => articleToCsl(realArticle(id).meta);

describe('articleToCsl on the five real articles', () => {
  it('maps an article with an author and a date', () => {
    expect(cslOf('five-questions-war-on-cartels')).toEqual({
      id: 'five-questions-war-on-cartels',
      type: 'webpage',
      title: 'Five questions to ask before declaring war on cartels',
      author: [{ family: 'Ziemer', given: 'Henry' }],
      issued: { 'date-parts': [[2025, 1, 29]] },
    });
  });

  it('gives an article without an author or a date neither, keeping its supplied title in brackets', () => {
    expect(cslOf('just-security-self-sabotage')).toEqual({
      id: 'just-security-self-sabotage',
      type: 'article-magazine',
      title: '[Unlawful and self-defeating: the case against US military strikes on Mexican cartels]',
      'container-title': 'Just Security',
    });
    const bare = cslOf('fto-lethal-force-legality');
    expect(bare).not.toHaveProperty('author');
    expect(bare).not.toHaveProperty('issued');
    expect(bare).not.toHaveProperty('container-title');
  });

  it('joins the subtitle, names the publisher as the site, and leaves the note’s editor out', () => {
    expect(cslOf('lawfare-bombing-mexico')).toEqual({
      id: 'lawfare-bombing-mexico',
      type: 'webpage',
      title:
        'What Would Bombing Mexico Accomplish?: The Mexican military has not defeated the cartels. Trump’s proposed use of force will not work either.',
      author: [{ family: 'DePetris', given: 'Daniel' }],
      'container-title': 'The Lawfare Institute',
    });
  });

  it('does not take an author from a contact line', () => {
    expect(cslOf('war-zone-military-options')).toEqual({
      id: 'war-zone-military-options',
      type: 'article-magazine',
      title: 'How Trump Could Use Military Force Against Cartels In Mexico',
      'container-title': 'The War Zone',
    });
  });

  it('maps every article, adds the reading link only when given, and the access day only when undated', () => {
    for (const article of realArticles()) {
      const item = articleToCsl(article.meta, { url: 'https://example.org/x', accessed: '2026-12-01' });
      expect(item.URL).toBe('https://example.org/x');
      expect(item.id).toBe(article.meta.id);
      expect(item.accessed === undefined).toBe(article.meta.date !== undefined);
      expect(articleToCsl(article.meta)).not.toHaveProperty('URL');
      expect(articleToCsl(article.meta)).not.toHaveProperty('accessed');
    }
    expect(
      articleToCsl(realArticle('fto-lethal-force-legality').meta, { accessed: '2026-12-01' }).accessed,
    ).toEqual({
      'date-parts': [[2026, 12, 1]],
    });
  });

  it('cites a paragraph by number, and a heading without a locator', () => {
    const meta = realArticle('five-questions-war-on-cartels').meta;
    expect(passageCite(meta, 14)).toMatchObject({ label: 'paragraph', locator: '14' });
    expect(passageCite(meta, undefined)).not.toHaveProperty('locator');
  });
});

describe('names and dates', () => {
  it('splits a personal name at its last word, and keeps one word whole', () => {
    expect(cslName(' Daniel  DePetris ')).toEqual({ family: 'DePetris', given: 'Daniel' });
    expect(cslName('Mary Ann Smith')).toEqual({ family: 'Smith', given: 'Mary Ann' });
    expect(cslName('Reuters')).toEqual({ literal: 'Reuters' });
  });

  it('refuses a date that is not a calendar day instead of guessing one', () => {
    expect(cslDate('2025-02-29')).toBeUndefined();
    expect(cslDate('2025-1-29')).toBeUndefined();
    expect(cslDate('2024-02-29')).toEqual({ 'date-parts': [[2024, 2, 29]] });
  });
});
