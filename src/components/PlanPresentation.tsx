import type { PlanSlide } from '../model/plan-view.ts';
import type { Passage } from '../model/tag-layer.ts';
import { FocusLoading } from './FocusLoading.tsx';
import { PlanSlideBody } from './PlanSlideBody.tsx';
import { PresentationBar } from './PresentationBar.tsx';

/** One step of a plan on one projected screen: the plan's name small, the prompt large, then what the step shows. */
export function PlanPresentation({
  name,
  slide,
  step,
  total,
  previousHref,
  nextHref,
  leaveHref,
  passageHref,
  loading,
  failures,
}: {
  name: string;
  slide: PlanSlide | undefined;
  /** 1-based. */
  step: number;
  total: number;
  previousHref: string | undefined;
  nextHref: string | undefined;
  leaveHref: string;
  passageHref: (passage: Passage) => string;
  loading: boolean;
  failures: readonly { message: string; retry: () => void }[];
}) {
  return (
    <main className="presentation plan-presentation">
      <p className="plan-presentation__name">
        {name} · step {step} of {total}
      </p>
      {slide?.step.prompt !== undefined && <h1 className="plan-presentation__prompt">{slide.step.prompt}</h1>}
      {failures.length > 0 && <FocusLoading loading={false} failures={failures} />}
      {slide ? (
        <PlanSlideBody
          slide={slide}
          brief
          loading={loading}
          passageHref={passageHref}
          heading={slide.step.prompt !== undefined ? 'h2' : 'h1'}
        />
      ) : (
        <h1>This plan has no steps yet.</h1>
      )}
      <PresentationBar
        previousHref={previousHref}
        nextHref={nextHref}
        position={`${total === 0 ? 0 : step} / ${total}`}
        leaveHref={leaveHref}
        noun="step"
      />
    </main>
  );
}
