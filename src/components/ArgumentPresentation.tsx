import { Link } from 'react-router';
import type { ArgumentFocus } from '../model/argument-focus.ts';
import type { Passage } from '../model/tag-layer.ts';
import { FocusLoading } from './FocusLoading.tsx';
import { FocusPassages } from './FocusPassages.tsx';
import { TypeChip } from './TypeChip.tsx';

/**
 * One argument on one projected screen: the statement, the passages making it (article and
 * paragraph only), the discussion questions, and a small bar with the step, previous/next and leave.
 */
export function ArgumentPresentation({
  focus,
  previousHref,
  nextHref,
  leaveHref,
  passageHref,
  loading,
  failures,
}: {
  focus: ArgumentFocus;
  previousHref: string | undefined;
  nextHref: string | undefined;
  leaveHref: string;
  passageHref: (passage: Passage) => string;
  /** The argument's articles are still on their way, or failed. */
  loading: boolean;
  failures: readonly { message: string; retry: () => void }[];
}) {
  const { argument, type, articles, position, total } = focus;
  return (
    <main className="presentation">
      <p className="presentation__type">
        <TypeChip type={type} />
      </p>
      <h1 className="presentation__statement">{argument.statement}</h1>
      {loading || failures.length > 0 ? (
        <FocusLoading loading={loading} failures={failures} />
      ) : (
        <FocusPassages articles={articles} passageHref={passageHref} brief />
      )}
      {argument.questions.length > 0 && (
        <section aria-labelledby="presentation-questions" className="presentation__questions">
          <h2 id="presentation-questions">Discuss</h2>
          <ol>
            {argument.questions.map((q) => (
              <li key={q}>{q}</li>
            ))}
          </ol>
        </section>
      )}
      <nav aria-label="Presentation" className="presentation__bar">
        <StepLink href={previousHref} label="Previous argument" glyph="←" />
        <span className="presentation__step">
          {position === undefined ? `– / ${total}` : `${position} / ${total}`}
        </span>
        <StepLink href={nextHref} label="Next argument" glyph="→" />
        <Link to={leaveHref} className="presentation__leave">
          Leave <span className="presentation__key">Esc</span>
        </Link>
      </nav>
    </main>
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
