import '../focus.css';
import '../plans.css';
import { useCallback } from 'react';
import { Link, useNavigate } from 'react-router';
import { FocusLoading } from '../components/FocusLoading.tsx';
import { PlanPresentation } from '../components/PlanPresentation.tsx';
import { PlanSlideBody } from '../components/PlanSlideBody.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { EMPTY_COMPARE_STATE } from '../state/compare-url.ts';
import { articlePath, libraryPath, planPath, plansPath } from '../state/paths.ts';
import type { Passage } from '../model/tag-layer.ts';
import { useSharedPlan } from '../state/use-shared-plan.ts';
import { useListStepper, useStepKeys } from '../state/use-step-keys.ts';

const passageHref = (p: Passage): string => articlePath(p.article, { ...EMPTY_COMPARE_STATE, passage: p.id });

/**
 * A plan opened from its link (`/plan?p=…`): every step with its prompt and sources (what students
 * read, and the printed handout), "Save a copy" into this browser's plans, and `present=1` to
 * project it one step per screen, ←/→ stepping and Escape leaving, the step in the address.
 */
export function SharedPlanRoute() {
  const model = useSharedPlan();
  const navigate = useNavigate();
  const { plan, slides, step, present } = model;
  const order = slides.map((_, i) => String(i + 1));
  const stepper = useListStepper(order, String(step), (n) => model.stepHref(Number(n)));
  const leave = useCallback(() => void navigate(model.leaveHref), [navigate, model.leaveHref]);
  useStepKeys(present ? { ...stepper, leave } : {});

  if (!plan)
    return (
      <main className="plan-page">
        <h1>This plan link cannot be opened</h1>
        <p role="alert">{model.error}</p>
        <p>
          Ask for the link again, or see <Link to={plansPath()}>your own plans</Link>.
        </p>
      </main>
    );
  if (present)
    return (
      <PlanPresentation
        name={plan.name}
        slide={slides[step - 1]}
        step={step}
        total={slides.length}
        previousHref={step > 1 ? model.stepHref(step - 1) : undefined}
        nextHref={step < slides.length ? model.stepHref(step + 1) : undefined}
        leaveHref={model.leaveHref}
        passageHref={passageHref}
        loading={model.loading}
        failures={model.failures}
      />
    );
  const saveCopy = (): void => {
    const id = model.saveCopy();
    if (id !== undefined) void navigate(planPath(id));
  };
  return (
    <main className="plan-page plan-view">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link> · <Link to={plansPath()}>Plans</Link>
        </nav>
        <TextSizeControl />
      </header>
      {model.problems.map((p) => (
        <p key={p} role="alert" className="url-problems">
          {p}
        </p>
      ))}
      <p className="plan-view__kicker">
        Discussion plan · {slides.length} {slides.length === 1 ? 'step' : 'steps'}
      </p>
      <h1 className="plan-view__name">{plan.name}</h1>
      <div className="plan-actions">
        <Link to={model.presentHref} className="plan-actions__primary">
          Present
        </Link>
        <button type="button" onClick={() => window.print()}>
          Print handout
        </button>
        <button type="button" onClick={saveCopy}>
          Save a copy to my plans
        </button>
      </div>
      <FocusLoading loading={model.loading} failures={model.failures} />
      <ol className="plan-view__steps">
        {slides.map((slide, i) => (
          <li key={slide.step.id} className="plan-view__step">
            <h2 className="plan-view__step-heading">
              Step {i + 1}
              {slide.step.prompt !== undefined && (
                <>
                  <span className="visually-hidden">: </span>
                  <span className="plan-view__prompt">{slide.step.prompt}</span>
                </>
              )}
            </h2>
            <PlanSlideBody slide={slide} brief={false} loading={model.loading} passageHref={passageHref} />
          </li>
        ))}
      </ol>
    </main>
  );
}
