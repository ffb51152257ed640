import { describe, expect, it } from 'vitest';
import { realArticle } from '../../tests/corpus/real-articles.ts';
import { moveForKey, rangeDraft } from './range-draft.ts';

const fto = realArticle('fto-lethal-force-legality');
const QUOTE = 'So far, the Mexican government has explicitly rejected these proposals.';
const start = fto.text.indexOf(QUOTE);
const draft = rangeDraft(fto, { start, end: start + QUOTE.length });

describe('rangeDraft', () => {
  it('quotes the range and offers the four moves, with shortcuts and why a move is refused', () => {
    expect(draft.quote).toBe(QUOTE);
    expect(draft.moves.map((m) => [m.label, m.shortcut, m.next !== undefined])).toEqual([
      ['Start one sentence earlier', 'Alt+Shift+ArrowLeft', false],
      ['Start one sentence later', 'Alt+Shift+ArrowRight', false],
      ['End one sentence earlier', 'Alt+Shift+ArrowUp', false],
      ['End one sentence later', 'Alt+Shift+ArrowDown', true],
    ]);
    expect(draft.moves[0]?.refusal).toBe(
      'The quote already starts at the beginning of its paragraph or heading.',
    );
    expect(draft.moves[1]?.refusal).toBe('The quote cannot be shorter by a whole sentence.');
    expect(draft.moves[3]?.refusal).toBe('');
  });

  it('maps Alt+Shift+arrows to moves, and nothing else', () => {
    const keys = { altKey: true, shiftKey: true, ctrlKey: false, metaKey: false };
    expect(moveForKey(draft, { ...keys, key: 'ArrowDown' })?.label).toBe('End one sentence later');
    expect(moveForKey(draft, { ...keys, key: 'ArrowLeft' })?.label).toBe('Start one sentence earlier');
    expect(moveForKey(draft, { ...keys, shiftKey: false, key: 'ArrowDown' })).toBeUndefined();
    expect(moveForKey(draft, { ...keys, ctrlKey: true, key: 'ArrowDown' })).toBeUndefined();
    expect(moveForKey(draft, { ...keys, key: 'Enter' })).toBeUndefined();
  });
});
