import { Link } from 'react-router';

/** Previous and next links with the position between them ("3 of 27"); an end without a neighbour shows a disabled label. */
export function StepNav({
  label,
  previousHref,
  nextHref,
  position,
  total,
  noun,
}: {
  /** The navigation landmark's name. */
  label: string;
  previousHref: string | undefined;
  nextHref: string | undefined;
  /** 1-based; undefined when the current item is outside the list. */
  position: number | undefined;
  total: number;
  /** What is stepped through, singular ("argument"). */
  noun: string;
}) {
  return (
    <nav aria-label={label} className="step-nav">
      {previousHref !== undefined ? (
        <Link to={previousHref} className="step-nav__button" rel="prev">
          <span aria-hidden="true">←</span> Previous <span className="step-nav__noun">{noun}</span>
        </Link>
      ) : (
        <span className="step-nav__button step-nav__button--off" aria-disabled="true">
          <span aria-hidden="true">←</span> Previous <span className="step-nav__noun">{noun}</span>
        </span>
      )}
      <span className="step-nav__position" aria-live="polite">
        {position === undefined ? `Not in this list of ${total}` : `${position} of ${total}`}
      </span>
      {nextHref !== undefined ? (
        <Link to={nextHref} className="step-nav__button" rel="next">
          Next <span className="step-nav__noun">{noun}</span> <span aria-hidden="true">→</span>
        </Link>
      ) : (
        <span className="step-nav__button step-nav__button--off" aria-disabled="true">
          Next <span className="step-nav__noun">{noun}</span> <span aria-hidden="true">→</span>
        </span>
      )}
    </nav>
  );
}
