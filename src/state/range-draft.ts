/**
 * What the annotation editor's range controls show: the quote of the range being chosen and the four
 * one-sentence moves (`adjustRange`), each with its label, keyboard shortcut and result; pure.
 */
import type { Article } from '../model/article.ts';
import {
  adjustRange,
  RANGE_MOVES,
  type RangeDirection,
  type RangeEdge,
  type TextRange,
} from '../model/range-adjust.ts';

/** One move of the range, as the editor offers it. */
export interface RangeMove {
  edge: RangeEdge;
  direction: RangeDirection;
  /** The button's text, e.g. "Start one sentence earlier". */
  label: string;
  /** The `key` (with Alt and Shift held) that makes this move inside the editor. */
  key: 'ArrowLeft' | 'ArrowRight' | 'ArrowUp' | 'ArrowDown';
  /** The shortcut in `aria-keyshortcuts` form. */
  shortcut: string;
  /** The range after the move; undefined when it cannot be made. */
  next: TextRange | undefined;
  /** Why the move cannot be made ("" when it can), for the live region. */
  refusal: string;
}

/** The range controls' view of a range. */
export interface RangeDraft {
  quote: string;
  moves: RangeMove[];
}

const KEYS = {
  'start-earlier': 'ArrowLeft',
  'start-later': 'ArrowRight',
  'end-earlier': 'ArrowUp',
  'end-later': 'ArrowDown',
} as const;

/** The quote of `range` and its four moves. */
export function rangeDraft(article: Article, range: TextRange): RangeDraft {
  const moves = RANGE_MOVES.map(({ edge, direction }): RangeMove => {
    const key = KEYS[`${edge}-${direction}`];
    const next = adjustRange(article, range, edge, direction);
    const outward = (edge === 'start') === (direction === 'earlier');
    return {
      edge,
      direction,
      label: `${edge === 'start' ? 'Start' : 'End'} one sentence ${direction}`,
      key,
      shortcut: `Alt+Shift+${key}`,
      next,
      refusal: next
        ? ''
        : outward
          ? `The quote already ${edge === 'start' ? 'starts at the beginning' : 'ends at the end'} of its paragraph or heading.`
          : 'The quote cannot be shorter by a whole sentence.',
    };
  });
  return { quote: article.text.slice(range.start, range.end), moves };
}

/** The move a key press makes (Alt+Shift+an arrow, no other modifier), or undefined. */
export function moveForKey(
  draft: RangeDraft,
  event: Pick<KeyboardEvent, 'key' | 'altKey' | 'shiftKey' | 'ctrlKey' | 'metaKey'>,
): RangeMove | undefined {
  if (!event.altKey || !event.shiftKey || event.ctrlKey || event.metaKey) return undefined;
  return draft.moves.find((m) => m.key === event.key);
}
