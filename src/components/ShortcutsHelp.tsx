import { useRef } from 'react';
import { useEscapeCloses } from '../state/use-escape-closes.ts';
const SHORTCUTS: [string, string][] = [
  ['j / k', 'Next / previous tagged passage in the focused column'],
  ['n / p', 'Next / previous passage linked to the selection'],
  ['Enter or Space', 'Select the focused passage (again to clear)'],
  ['Escape', 'Close the editor or panel; else clear the selection'],
  ['↑ / ↓', 'Move between cells of an overview strip'],
  ['Alt+Shift+← / →', 'In the annotation editor: start the quote one sentence earlier / later'],
  ['Alt+Shift+↑ / ↓', 'In the annotation editor: end the quote one sentence earlier / later'],
];

/** The "Keyboard shortcuts" disclosure. */
export function ShortcutsHelp() {
  const details = useRef<HTMLDetailsElement>(null);
  useEscapeCloses(details);
  return (
    <details className="shortcuts" ref={details}>
      <summary>Keyboard shortcuts</summary>
      <dl>
        {SHORTCUTS.map(([keys, what]) => (
          <div key={keys}>
            <dt>
              <kbd>{keys}</kbd>
            </dt>
            <dd>{what}</dd>
          </div>
        ))}
      </dl>
    </details>
  );
}
