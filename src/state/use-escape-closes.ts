/** Hook: Escape closes a disclosure (a `<details>` panel) and returns focus to its summary, where it came from. */
import { useEffect, type RefObject } from 'react';

/** While `ref`'s details element is open, Escape inside it closes it and focuses its summary. */
export function useEscapeCloses(ref: RefObject<HTMLDetailsElement | null>): void {
  useEffect(() => {
    const details = ref.current;
    if (!details) return;
    const onKey = (event: KeyboardEvent): void => {
      if (event.key !== 'Escape' || !details.open || event.defaultPrevented) return;
      // Handled here: the compare view's Escape (clear the selection) must not also run.
      event.preventDefault();
      details.open = false;
      details.querySelector<HTMLElement>(':scope > summary')?.focus();
    };
    details.addEventListener('keydown', onKey);
    return () => details.removeEventListener('keydown', onKey);
  }, [ref]);
}
