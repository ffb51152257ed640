/**
 * The shared plan view's state as URL search parameters, parsed and written in this one module:
 * `p` the plan itself (src/data/plan-link.ts), `present=1` presentation mode, `step` the 1-based
 * step presented (left out for the first). A step outside the plan is named in `problems` and the
 * nearest step shown.
 */

/** What the shared plan view reads from the URL besides the plan. */
export interface SharedPlanView {
  present?: boolean;
  /** 1-based. */
  step?: number;
}

/** `?p=…&present=1&step=N` for `encoded` and `view`. */
export function sharedPlanSearch(encoded: string, view: SharedPlanView): string {
  const params = new URLSearchParams({ p: encoded });
  if (view.present) params.set('present', '1');
  if (view.present && view.step !== undefined && view.step > 1) params.set('step', String(view.step));
  return `?${params.toString()}`;
}

/** The plan parameter, presentation mode and step (clamped to `1…steps`), with what could not be honoured. */
export function parseSharedPlanParams(
  params: URLSearchParams,
  steps: number,
): { encoded: string; present: boolean; step: number; problems: string[] } {
  const raw = params.get('step');
  const asked = raw === null ? 1 : Number(raw);
  const valid = Number.isInteger(asked) && asked >= 1 && asked <= Math.max(1, steps);
  const step = valid
    ? asked
    : Math.min(Math.max(1, Number.isFinite(asked) ? Math.round(asked) : 1), Math.max(1, steps));
  return {
    encoded: params.get('p') ?? '',
    present: params.get('present') === '1',
    step,
    problems: valid ? [] : [`This plan has no step “${raw ?? ''}”; showing step ${step}.`],
  };
}
