import type { ReactNode } from 'react';
import { Link } from 'react-router';

/** Presentation mode's only control: previous, the step ("3 / 27"), next, what the screen adds (`children`), and Leave (Escape). */
export function PresentationBar({
  previousHref,
  nextHref,
  position,
  leaveHref,
  noun,
  children,
}: {
  previousHref: string | undefined;
  nextHref: string | undefined;
  /** "3 / 27". */
  position: string;
  leaveHref: string;
  /** What a step is, for the buttons' names ("step" → "Previous step"). */
  noun: string;
  /** More controls of this screen, before Leave (the compare presentation's "Full text"). */
  children?: ReactNode;
}) {
  return (
    <nav aria-label="Presentation" className="presentation__bar">
      <StepLink href={previousHref} label={`Previous ${noun}`} glyph="←" />
      <span className="presentation__step">{position}</span>
      <StepLink href={nextHref} label={`Next ${noun}`} glyph="→" />
      {children}
      <Link to={leaveHref} className="presentation__leave">
        Leave <span className="presentation__key">Esc</span>
      </Link>
    </nav>
  );
}

function StepLink({ href, label, glyph }: { href: string | undefined; label: string; glyph: string }) {
  if (href === undefined)
    return (
      <span className="presentation__button" aria-disabled="true" aria-label={label} role="link">
        {glyph}
      </span>
    );
  return (
    <Link to={href} className="presentation__button" aria-label={label}>
      {glyph}
    </Link>
  );
}
