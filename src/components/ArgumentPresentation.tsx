import type { ArgumentFocus } from '../model/argument-focus.ts';
import type { Passage } from '../model/tag-layer.ts';
import { FocusLoading } from './FocusLoading.tsx';
import { FocusPassages } from './FocusPassages.tsx';
import { PresentationBar } from './PresentationBar.tsx';
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
      <PresentationBar
        previousHref={previousHref}
        nextHref={nextHref}
        position={position === undefined ? `– / ${total}` : `${position} / ${total}`}
        leaveHref={leaveHref}
        noun="argument"
      />
    </main>
  );
}
