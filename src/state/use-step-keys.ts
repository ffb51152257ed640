/**
 * Stepping keys of the focus view and presentation mode: ArrowLeft/PageUp previous, ArrowRight/PageDown
 * next (presenter remotes send PageUp/PageDown), Escape leaves. Keys typed into form fields, and
 * keys with Ctrl, Alt or Meta (browser shortcuts), are left alone.
 */
import { useEffect } from 'react';

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
