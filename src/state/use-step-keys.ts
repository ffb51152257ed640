/**
 * Stepping keys of the focus view and presentation mode: ArrowLeft/PageUp previous, ArrowRight/PageDown
 * next (presenter remotes send PageUp/PageDown), Escape leaves. Keys typed into form fields, and
 * keys with Ctrl, Alt or Meta (browser shortcuts), are left alone.
 */
import { useCallback, useEffect, useRef } from 'react';
import { useNavigate } from 'react-router';

/** What the keys do; a missing action leaves its keys to the browser. */
export interface StepActions {
  previous?: (() => void) | undefined;
  next?: (() => void) | undefined;
  leave?: (() => void) | undefined;
}

/** True when a key press belongs to a form field or an open dialog, not to stepping. */
function isTyping(target: EventTarget | null): boolean {
  return (
    target instanceof HTMLElement &&
    (target.isContentEditable ||
      ['INPUT', 'SELECT', 'TEXTAREA'].includes(target.tagName) ||
      target.closest('dialog[open]') !== null)
  );
}

/** Installs the stepping keys on the document while the component is mounted. */
export function useStepKeys({ previous, next, leave }: StepActions): void {
  useEffect(() => {
    const onKey = (event: KeyboardEvent): void => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey || isTyping(event.target))
        return;
      const action =
        event.key === 'ArrowLeft' || event.key === 'PageUp'
          ? previous
          : event.key === 'ArrowRight' || event.key === 'PageDown'
            ? next
            : event.key === 'Escape'
              ? leave
              : undefined;
      if (!action) return;
      event.preventDefault();
      action();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [previous, next, leave]);
}

/**
 * Stepping through `order` from `current`: each step navigates to `hrefOf` the neighbour. The place
 * is kept in a ref moved at once, so two quick presses go two steps even before the first has rendered.
 * A current id outside `order` steps to its first (next) or nothing (previous).
 */
export function useListStepper(
  order: readonly string[],
  current: string,
  hrefOf: (id: string) => string,
): { previous: (() => void) | undefined; next: (() => void) | undefined } {
  const navigate = useNavigate();
  const place = useRef(current);
  useEffect(() => {
    place.current = current;
  }, [current]);
  const step = useCallback(
    (delta: 1 | -1) => {
      const at = order.indexOf(place.current);
      const target = at === -1 ? (delta === 1 ? order[0] : undefined) : order[at + delta];
      if (target === undefined) return;
      place.current = target;
      void navigate(hrefOf(target));
    },
    [order, hrefOf, navigate],
  );
  const at = order.indexOf(current);
  return {
    previous: at > 0 ? () => step(-1) : undefined,
    next: at < order.length - 1 ? () => step(1) : undefined,
  };
}
