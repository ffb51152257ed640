/** Hook for the shared plan view (`/plan?p=…`): the plan decoded from the link, its slides, stepping and "Save a copy". */
import { useCallback, useMemo } from 'react';
import { useSearchParams } from 'react-router';
import { PlanLinkError, decodePlanLink, type SharedPlan } from '../data/plan-link.ts';
import type { PlanSlide } from '../model/plan-view.ts';
import { parseSharedPlanParams } from './plan-url.ts';
import { sharedPlanPath } from './paths.ts';
import { usePlanSlides } from './use-plan-slides.ts';
import { usePlans } from './use-plans.ts';

/** Everything the shared view and its presentation show. */
export interface SharedPlanModel {
  /** Undefined when the link holds no readable plan (`error` says why). */
  plan: SharedPlan | undefined;
  error: string | undefined;
  slides: PlanSlide[];
  loading: boolean;
  failures: { message: string; retry: () => void }[];
  present: boolean;
  /** 1-based step presented. */
  step: number;
  problems: string[];
  /** The same plan presented at `step` (1-based). */
  stepHref: (step: number) => string;
  presentHref: string;
  /** Out of presentation, same plan. */
  leaveHref: string;
  /** Keeps the plan in this browser's plans; returns the new plan's id. */
  saveCopy: () => string | undefined;
}

const EMPTY: SharedPlan = { name: '', steps: [] };

/** The plan in the URL's `p`, with `present` and `step`. */
export function useSharedPlan(): SharedPlanModel {
  const [params] = useSearchParams();
  const encoded = params.get('p') ?? '';
  const decoded = useMemo((): { plan?: SharedPlan; error?: string } => {
    if (encoded === '') return { error: 'This link holds no plan (its “p” part is missing).' };
    try {
      return { plan: decodePlanLink(encoded) };
    } catch (error) {
      if (error instanceof PlanLinkError) return { error: error.message };
      throw error;
    }
  }, [encoded]);
  const plan = decoded.plan;
  const { present, step, problems } = parseSharedPlanParams(params, plan?.steps.length ?? 0);
  const { slides, loading, failures } = usePlanSlides((plan ?? EMPTY).steps);
  const { store } = usePlans();
  const saveCopy = useCallback(
    () =>
      plan
        ? store.createPlan(
            plan.name,
            plan.steps.map(({ id: _id, ...rest }) => rest),
          )
        : undefined,
    [plan, store],
  );
  return {
    plan,
    error: decoded.error,
    slides,
    loading,
    failures,
    present,
    step,
    problems,
    stepHref: (n) => sharedPlanPath(encoded, { present: true, step: n }),
    presentHref: sharedPlanPath(encoded, { present: true, step }),
    leaveHref: sharedPlanPath(encoded),
    saveCopy,
  };
}
