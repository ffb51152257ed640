/**
 * The reader's text selection in the compare columns, as an article range: `blockPointOf`
 * (column-dom.ts) places each end in its block, `selectionRange` (src/model/article-offsets.ts) does
 * the rest.
 *
 * A selection is taken only once it is finished, never while it is being made: a mouse selection
 * when the button is released (a drag, a double or triple click), any other (keyboard, touch
 * handles, a script) once it has stopped changing. Taking it earlier opened the editor on the first
 * letter of a drag and cut the drag off.
 *
 * Timing: SETTLE_MS is how long a keyboard or touch selection must stay still to count as finished
 * (longer than the gap between key presses of someone extending a selection word by word, short
 * enough to feel immediate). A double click waits MULTI_CLICK_MS for a third click before the word is
 * taken, so that a triple click is not interrupted by the editor opening on its second click.
 */
import { useCallback, useEffect, useRef, useState, type RefObject } from 'react';
import { selectionRange, type SelectionProblem } from '../model/article-offsets.ts';
import type { Article } from '../model/article.ts';
import { blockPointOf } from './column-dom.ts';

/** A selection ready to annotate, or why it cannot be. */
export type TextSelection = { article: string; start: number; end: number } | { problem: SelectionProblem };

const SETTLE_MS = 500;
/** How long after a double click a third click may still come (also used to tell a click from a double click). */
export const MULTI_CLICK_MS = 300;

/** The document's selection as an annotation range, or undefined when there is none inside `root`. */
function readSelection(root: HTMLElement | null, articles: readonly Article[]): TextSelection | undefined {
  const s = document.getSelection();
  if (!s || s.isCollapsed || !root || !s.anchorNode || !s.focusNode) return undefined;
  if (!root.contains(s.anchorNode) || !root.contains(s.focusNode)) return undefined;
  const a = blockPointOf(s.anchorNode, s.anchorOffset);
  const b = blockPointOf(s.focusNode, s.focusOffset);
  const article = articles.find((x) => x.meta.id === a?.article);
  if (!a || !b || !article || a.article !== b.article) {
    return { problem: a && b ? 'crosses-blocks' : 'outside-article' };
  }
  const range = selectionRange(article, a.point, b.point);
  return 'problem' in range ? range : { article: a.article, start: range.start, end: range.end };
}

/** Same selection: same range, or same problem. */
function sameSelection(a: TextSelection | undefined, b: TextSelection): boolean {
  if (!a) return false;
  if ('problem' in a || 'problem' in b) return 'problem' in a && 'problem' in b && a.problem === b.problem;
  return a.article === b.article && a.start === b.start && a.end === b.end;
}

/**
 * The current selection inside `container`, taken when finished (see the top of the file) and kept
 * while the reader works in the panel; `clear` drops it.
 */
export function useTextSelection(
  container: RefObject<HTMLElement | null>,
  articles: readonly Article[],
): { selection: TextSelection | undefined; clear: () => void } {
  const [selection, setSelection] = useState<TextSelection>();
  const current = useRef(articles);
  useEffect(() => {
    current.current = articles;
  }, [articles]);
  useEffect(() => {
    let pressed = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const take = (): void => {
      timer = undefined;
      const next = readSelection(container.current, current.current);
      if (next) setSelection((before) => (sameSelection(before, next) ? before : next));
    };
    const takeAfter = (ms: number): void => {
      clearTimeout(timer);
      timer = setTimeout(take, ms);
    };
    const onDown = (event: MouseEvent): void => {
      if (event.button !== 0) return;
      pressed = true;
      clearTimeout(timer);
    };
    const onUp = (event: MouseEvent): void => {
      if (!pressed) return;
      pressed = false;
      // event.detail counts the clicks: after a double click a third may follow.
      if (event.detail === 2) takeAfter(MULTI_CLICK_MS);
      else take();
    };
    const onChange = (): void => {
      if (!pressed) takeAfter(SETTLE_MS);
    };
    document.addEventListener('mousedown', onDown, true);
    window.addEventListener('mouseup', onUp, true);
    document.addEventListener('selectionchange', onChange);
    return () => {
      clearTimeout(timer);
      document.removeEventListener('mousedown', onDown, true);
      window.removeEventListener('mouseup', onUp, true);
      document.removeEventListener('selectionchange', onChange);
    };
  }, [container]);
  const clear = useCallback(() => {
    setSelection(undefined);
    document.getSelection()?.removeAllRanges();
  }, []);
  return { selection, clear };
}
