import { describe, expect, it } from 'vitest';
import { compileVocabulary, termMatches } from './vocabulary.ts';

const vocabulary = compileVocabulary({
  terms: [
    { key: 'kingpin', display: 'kingpins', phrase: ['kingpins?(?: strategy)?'] },
    { key: 'us', display: 'United States', phrase: ['US'], caseSensitive: true },
  ],
  wordSynonyms: {},
  fillerWords: [],
});
const [kingpin, us] = vocabulary.patterns;
const found = (text: string, p = kingpin) =>
  p ? termMatches(p, text).map(([s, e]) => text.slice(s, e)) : [];

describe('termMatches', () => {
  it('keeps whole-word matches only, at the start and end of the text too', () => {
    expect(found('US troops, USB sticks and MUSIC', us)).toEqual(['US']);
    expect(found('the US', us)).toEqual(['US']);
    expect(found('Kingpins: the kingpin strategy failed')).toEqual(['Kingpins', 'kingpin strategy']);
  });

  it('falls back to the longest shorter match that ends at a word boundary', () => {
    expect(found('a kingpin strategyX')).toEqual(['kingpin']);
    expect(found('a kingpinsX')).toEqual([]);
  });
});
