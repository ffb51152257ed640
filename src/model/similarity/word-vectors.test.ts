import { describe, it, expect } from 'vitest';
import { readWordVectors } from '../../data/compile-corpus.ts';
import { realCorpusFiles } from '../../../tests/corpus/corpus-files.ts';
import {
  decodeWordVectors,
  dot,
  encodeWordVectors,
  sifVectors,
  vectorVocabulary,
  vectorWords,
} from './word-vectors.ts';

const PROVENANCE = { source: 'test', licence: 'test', regenerate: 'test' };

describe('word vectors', () => {
  it('lists words whole and hyphenated words also in parts, normalised and lower-case', () => {
    expect(vectorWords('Self-defense under the Mérida Initiative’s terms')).toEqual([
      'self-defense',
      'self',
      'defense',
      'under',
      'the',
      'merida',
      'initiative',
      'terms',
    ]);
    expect(vectorVocabulary(['b a', 'a c'])).toEqual(['a', 'b', 'c']);
  });

  it('round-trips through the quantised file format as unit vectors, words sorted', () => {
    const file = encodeWordVectors(
      [
        { word: 'war', rank: 10, vector: [3, -4, 0] },
        { word: 'cartel', rank: 5000, vector: [0.1, 0.2, -0.3] },
      ],
      3,
      PROVENANCE,
    );
    expect(file.words).toEqual(['cartel', 'war']);
    const decoded = decodeWordVectors(file);
    const war = decoded.vectors.get('war');
    expect(war && [...war].map((x) => Number(x.toFixed(2)))).toEqual([0.6, -0.8, 0]);
    expect(decoded.ranks.get('cartel')).toBe(5000);
    expect(() => decodeWordVectors({ ...file, words: ['war'] })).toThrow(/size/);
  });

  it('makes SIF sentence vectors that put paraphrases closer than unrelated sentences', () => {
    const wordVectors = readWordVectors(realCorpusFiles().wordVectors, []);
    expect(wordVectors?.dimensions).toBe(100);
    if (!wordVectors) return;
    const [a, b, c] = sifVectors(
      [
        'Cartels would retaliate against American citizens living in Mexico.',
        'Criminal groups could take revenge on US nationals south of the border.',
        'The Charter permits self-defense after an armed attack.',
      ],
      wordVectors,
    );
    if (!a || !b || !c) throw new Error('three vectors expected');
    expect(dot(a, a)).toBeCloseTo(1, 5);
    expect(dot(a, b)).toBeGreaterThan(dot(a, c));
  });
});
