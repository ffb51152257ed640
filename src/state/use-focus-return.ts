/**
 * Hook: moves focus into a panel when it opens (so a keyboard reader lands in it) and, when it
 * closes, back to where focus was, or to the first of `fallbacks` present when that element has gone (a button that
 * opened the panel and was replaced while it was open), unless focus has already moved elsewhere.
 */
import { useEffect, type RefObject } from 'react';

/** Focuses `ref` on mount and returns focus on unmount; `fallbacks` are selectors tried in order. */
export function useFocusReturn(ref: RefObject<HTMLElement | null>, fallbacks: readonly string[]): void {
  useEffect(() => {
    const before = document.activeElement;
    ref.current?.focus();
    return () => {
      // After the next paint, when the bar shows its buttons again, and only if focus was lost
      // with the panel (not when it moved on, or came back as in React's strict double mount).
      requestAnimationFrame(() => {
        const now = document.activeElement;
        if (now && now !== document.body) return;
        const back =
          before instanceof HTMLElement && before.isConnected && before !== document.body
            ? before
            : fallbacks.map((f) => document.querySelector<HTMLElement>(f)).find((el) => el !== null);
        back?.focus();
      });
    };
  }, [ref, fallbacks]);
}
