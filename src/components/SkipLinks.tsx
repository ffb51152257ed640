import type { MouseEvent } from 'react';
import { skipTo } from '../state/skip-to.ts';

/** One skip link: the id of the element it moves focus to, and what it says. */
export interface SkipTarget {
  id: string;
  label: string;
  /** Runs first, e.g. to show a hidden column's tab on a phone. */
  before?: () => void;
}

/**
 * Links at the very start of the page, shown when focused, that move keyboard focus straight to a
 * part of the view (the filters, each column, the selected passage's panel) instead of tabbing there.
 */
export function SkipLinks({ targets }: { targets: readonly SkipTarget[] }) {
  const go = (event: MouseEvent, target: SkipTarget): void => {
    event.preventDefault();
    target.before?.();
    skipTo(target.id);
  };
  return (
    <nav className="skip-links" aria-label="Skip links">
      <ul>
        {targets.map((t) => (
          <li key={t.id}>
            <a href={`#${t.id}`} onClick={(e) => go(e, t)}>
              {t.label}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}
