import { describe, expect, it } from 'vitest';
import { sharedArgumentsByPair } from './argument-pairs.ts';

describe('sharedArgumentsByPair', () => {
  it('lists every pair once, in the given order, with the arguments both articles make', () => {
    const pairs = sharedArgumentsByPair(
      ['x', 'y', 'z'],
      [
        { id: 'all-three', articles: ['x', 'y', 'z'] },
        { id: 'x-and-z', articles: ['z', 'x'] },
        { id: 'only-y', articles: ['y'] },
        { id: 'none', articles: [] },
      ],
    );
    expect(pairs).toEqual([
      { a: 'x', b: 'y', arguments: ['all-three'] },
      { a: 'x', b: 'z', arguments: ['all-three', 'x-and-z'] },
      { a: 'y', b: 'z', arguments: ['all-three'] },
    ]);
  });

  it('gives no pairs for fewer than two articles', () => {
    expect(sharedArgumentsByPair(['x'], [{ id: 'a', articles: ['x'] }])).toEqual([]);
  });
});
