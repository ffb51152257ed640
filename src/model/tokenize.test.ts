import { describe, expect, it } from 'vitest';
import { foldWord, isStopWord, normalizeText, termOf, tokenize, words } from './tokenize.ts';

describe('normalizeText and foldWord', () => {
  it('normalises diacritics, quotes and dashes', () => {
    expect(normalizeText('Mérida’s “plan”—Peña')).toBe('Merida\'s "plan" Pena');
  });

  it('folds a word: lower case, no diacritics, no possessive, whether precomposed or not', () => {
    expect(foldWord('Mérida’s')).toBe('merida');
    expect(foldWord('Me\u0301rida')).toBe('merida');
    expect(foldWord('don’t')).toBe("don't");
  });
});

describe('words', () => {
  it('keeps offsets into the text given, apostrophes inside a word, and marks hyphen joins', () => {
    const text = 'Mexico’s self-defense — a Me\u0301rida-era plan';
    const found = words(text);
    expect(found.map((w) => text.slice(w.start, w.end))).toEqual([
      'Mexico’s',
      'self',
      'defense',
      'a',
      'Me\u0301rida',
      'era',
      'plan',
    ]);
    expect(found.map((w) => w.word)).toEqual(['mexico', 'self', 'defense', 'a', 'merida', 'era', 'plan']);
    expect(found.map((w) => w.joined)).toEqual([false, false, true, false, false, true, false]);
  });
});

describe('stop words', () => {
  it('are function words, but an acronym is kept for search ("US" the country)', () => {
    expect(isStopWord({ surface: 'the', word: 'the' })).toBe(true);
    expect(isStopWord({ surface: 'us', word: 'us' })).toBe(true);
    expect(isStopWord({ surface: 'US', word: 'us' })).toBe(false);
    expect(isStopWord({ surface: 'US', word: 'us' }, false)).toBe(true);
    expect(isStopWord({ surface: 'cartel', word: 'cartel' })).toBe(false);
  });
});

describe('tokenize (search)', () => {
  it('folds, stems and drops stop words, keeping offsets', () => {
    const text = 'The US strikes on Mexico’s cartels hurt us';
    const tokens = tokenize(text);
    expect(tokens.map((t) => t.term)).toEqual(['us', 'strike', 'mexico', 'cartel', 'hurt']);
    expect(tokens.map((t) => text.slice(t.start, t.end))).toEqual([
      'US',
      'strikes',
      'Mexico’s',
      'cartels',
      'hurt',
    ]);
  });

  it('stems words of three letters or more, keeps numbers and short words', () => {
    expect(termOf('designating')).toBe('design');
    expect(termOf('51')).toBe('51');
    expect(termOf('un')).toBe('un');
  });
});
