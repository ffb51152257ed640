import '../text-size.css';
import { useTextSize } from '../state/text-size.ts';

/** A− / A+ buttons with the current text size between them; the choice is kept in this browser. */
export function TextSizeControl() {
  const { percent, smaller, larger } = useTextSize();
  return (
    <div role="group" aria-label="Text size" className="text-size">
      <button type="button" onClick={smaller} disabled={!smaller}>
        A−<span className="visually-hidden"> (smaller text)</span>
      </button>
      <span className="text-size__value" aria-live="polite">
        {percent} %
      </span>
      <button type="button" onClick={larger} disabled={!larger}>
        A+<span className="visually-hidden"> (larger text)</span>
      </button>
    </div>
  );
}
