/**
 * Clicks in a column's text that choose a passage: a click on a type marker at once, a click on a
 * passage's words once it is clear the click is not the start of a double or triple click. Choosing
 * a passage opens the side panel, which rewraps the columns; doing that between the clicks of a
 * double click moved the text under the pointer, so the second click selected another word.
 * A click that ends a text selection (a drag) chooses nothing: the reader is selecting, not choosing.
 */
import { useCallback, useEffect, useRef, type MouseEvent } from 'react';
import { MULTI_CLICK_MS } from './use-text-selection.ts';

/** Mouse handlers for a column's text; `onSelect` gets the chosen passage id, or undefined to clear. */
export function usePassageClick(
  selected: string | undefined,
  onSelect: (passageId: string | undefined) => void,
): { onClick: (event: MouseEvent) => void; onMouseDown: (event: MouseEvent) => void } {
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  const cancel = useCallback(() => clearTimeout(timer.current), []);
  useEffect(() => cancel, [cancel]);
  const onClick = useCallback(
    (event: MouseEvent): void => {
      if (!(event.target instanceof Element)) return;
      if (!(window.getSelection()?.isCollapsed ?? true)) return;
      const marker = event.target.closest<HTMLElement>('[data-select]');
      const piece = marker ? undefined : event.target.closest<HTMLElement>('[data-p]');
      const chosen = marker?.dataset.select ?? piece?.dataset.p?.split(' ').at(-1);
      if (chosen === undefined) return;
      const choose = () => onSelect(chosen === selected ? undefined : chosen);
      cancel();
      // event.detail is 0 for a keyboard "click" on a marker, 1 for a first mouse click.
      if (marker || event.detail !== 1) {
        if (event.detail <= 1) choose();
        return;
      }
      timer.current = setTimeout(choose, MULTI_CLICK_MS);
    },
    [selected, onSelect, cancel],
  );
  return { onClick, onMouseDown: cancel };
}
