import { describe, expect, it } from 'vitest';
import { reword } from './reword.ts';
import { seededRandom } from './seeded-random.ts';

const TEXT = 'The military said that the cartels were a major threat, but also that force would fail.';

describe('reword', () => {
  it('is fixed by the seed and changes some listed words, keeping case', () => {
    const a = reword(TEXT, seededRandom(7));
    expect(reword(TEXT, seededRandom(7)).text).toBe(a.text);
    expect(a.text).not.toBe(TEXT);
    expect(a.text.startsWith('The ') || a.text.startsWith('This ')).toBe(true);
    expect(a.text).toContain('cartels');
  });

  it('maps old offsets onto the same words of the new text', () => {
    const { text, map } = reword(TEXT, seededRandom(3));
    for (const word of ['cartels', 'threat', 'force', 'fail']) {
      const at = TEXT.indexOf(word);
      expect(text.slice(map(at), map(at + word.length))).toBe(word);
    }
    expect(map(TEXT.length)).toBe(text.length);
    expect(map(0)).toBe(0);
  });

  it('never rewords a word a kept offset falls inside', () => {
    const inside = TEXT.indexOf('military') + 3;
    for (let seed = 0; seed < 20; seed++) {
      const { text } = reword(TEXT, seededRandom(seed), [inside]);
      expect(text).toContain('military');
    }
  });
});
