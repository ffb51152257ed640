/**
 * Discussion plans: a teacher's ordered steps through arguments, passages and disagreements, each
 * with a prompt for the class and a private note, under a name. Pure types and the reducer; the
 * plans are kept in the reader's annotation store (src/state/annotation-store.ts), which passes
 * the time and new ids in, so every change here is a function of its inputs.
 *
 * Limits (PLAN_LIMITS): a plan is read aloud, projected and carried in a link, so it stays short: a
 * name of 200 characters is two lines of a heading; 1,000 characters of prompt or note is a long
 * paragraph; 60 steps is more than a double lesson. The same limits guard the link and file imports.
 */

/** What one step shows. */
export type PlanTarget =
  /** A curated argument, by id. */
  | { kind: 'argument'; id: string }
  /** A curated passage, by id, with its article (so only that article is fetched). */
  | { kind: 'passage'; id: string; article: string }
  /** A curated disagreement (`Dispute.id`), with the articles of its two sides. */
  | { kind: 'contrast'; id: string; articles: string[] };

/** One step of a plan. */
export interface PlanStep {
  /** Unique within its plan. */
  id: string;
  target: PlanTarget;
  /** What the class is asked at this step (shown large when presenting, and in the students' link). */
  prompt?: string;
  /** The teacher's own note (kept in this browser only: never in the students' link). */
  note?: string;
}

/** A named, ordered discussion plan. */
export interface DiscussionPlan {
  /** A UUID. */
  id: string;
  name: string;
  steps: PlanStep[];
  /** ISO 8601 timestamps. */
  created: string;
  modified: string;
}

/** Every plan a reader keeps, by id. */
export type PlansState = Readonly<Record<string, DiscussionPlan>>;

/** Sizes a plan may have (see the file comment for why). */
export const PLAN_LIMITS = {
  maxName: 200,
  maxText: 1_000,
  maxSteps: 60,
  /** Longest id of a plan, step, argument, passage, article or disagreement. */
  maxId: 300,
  /** Most plans in one file. */
  maxPlans: 500,
} as const;

/** A change to the plans; `now` (ISO 8601) and new ids come from the caller. */
export type PlanAction =
  | { kind: 'create'; id: string; name: string; now: string; steps?: readonly PlanStep[] }
  | { kind: 'rename'; plan: string; name: string; now: string }
  | { kind: 'add-step'; plan: string; step: PlanStep; now: string }
  | { kind: 'edit-step'; plan: string; step: string; prompt?: string; note?: string; now: string }
  | { kind: 'move-step'; plan: string; step: string; to: number; now: string }
  | { kind: 'remove-step'; plan: string; step: string; now: string }
  | { kind: 'delete'; plan: string }
  /** Adds plans read from a file or link; each keeps its id unless that id is taken by a different plan. */
  | { kind: 'import'; plans: readonly DiscussionPlan[]; newId: () => string };

/** The name a plan gets when none is given. */
export const UNTITLED_PLAN = 'Untitled plan';

/** `text` trimmed and cut to `max` characters. */
function clip(text: string, max: number): string {
  return text.trim().slice(0, max);
}

/** A plan's name as kept: trimmed, within the limit, never empty. */
export function planName(name: string): string {
  return clip(name, PLAN_LIMITS.maxName) || UNTITLED_PLAN;
}

/** `steps` with the one at `from` moved to index `to` (clamped to the list); the same array when nothing moves. */
export function moveStep<T>(steps: readonly T[], from: number, to: number): readonly T[] {
  const target = Math.max(0, Math.min(steps.length - 1, to));
  if (from < 0 || from >= steps.length || from === target) return steps;
  const out = [...steps];
  const [moved] = out.splice(from, 1) as [T];
  out.splice(target, 0, moved);
  return out;
}

/** True when two targets name the same thing. */
export function sameTarget(a: PlanTarget, b: PlanTarget): boolean {
  return a.kind === b.kind && a.id === b.id;
}

/** The plans after `action`; the same object when nothing changes. */
export function planReducer(state: PlansState, action: PlanAction): PlansState {
  if (action.kind === 'create') {
    if (action.id in state) return state;
    const steps = (action.steps ?? []).slice(0, PLAN_LIMITS.maxSteps).map(cleanStep);
    const plan = {
      id: action.id,
      name: planName(action.name),
      steps,
      created: action.now,
      modified: action.now,
    };
    return { ...state, [action.id]: plan };
  }
  if (action.kind === 'import') return importPlans(state, action.plans, action.newId);
  const plan = state[action.plan];
  if (!plan) return state;
  if (action.kind === 'delete') {
    const { [action.plan]: _gone, ...rest } = state;
    return rest;
  }
  const next = changePlan(plan, action);
  if (next === plan) return state;
  return { ...state, [plan.id]: { ...next, modified: action.now } };
}

type PlanEdit = Exclude<PlanAction, { kind: 'create' | 'delete' | 'import' }>;

function changePlan(plan: DiscussionPlan, action: PlanEdit): DiscussionPlan {
  const at = 'step' in action ? plan.steps.findIndex((s) => s.id === stepId(action)) : -1;
  switch (action.kind) {
    case 'rename': {
      const name = planName(action.name);
      return name === plan.name ? plan : { ...plan, name };
    }
    case 'add-step':
      if (plan.steps.length >= PLAN_LIMITS.maxSteps || plan.steps.some((s) => s.id === action.step.id))
        return plan;
      return { ...plan, steps: [...plan.steps, cleanStep(action.step)] };
    case 'edit-step': {
      const step = plan.steps[at];
      if (!step) return plan;
      const edited = cleanStep({
        ...step,
        ...(action.prompt !== undefined ? { prompt: action.prompt } : {}),
        ...(action.note !== undefined ? { note: action.note } : {}),
      });
      if (edited.prompt === step.prompt && edited.note === step.note) return plan;
      return { ...plan, steps: plan.steps.map((s, i) => (i === at ? edited : s)) };
    }
    case 'move-step': {
      const steps = moveStep(plan.steps, at, action.to);
      return steps === plan.steps ? plan : { ...plan, steps: [...steps] };
    }
    case 'remove-step':
      return at === -1 ? plan : { ...plan, steps: plan.steps.filter((_, i) => i !== at) };
  }
}

function stepId(action: PlanEdit): string {
  return 'step' in action && typeof action.step === 'string' ? action.step : '';
}

/** A step with its prompt and note trimmed to the limit, and left out when empty. */
function cleanStep(step: PlanStep): PlanStep {
  const prompt = clip(step.prompt ?? '', PLAN_LIMITS.maxText);
  const note = clip(step.note ?? '', PLAN_LIMITS.maxText);
  return {
    id: step.id,
    target: step.target,
    ...(prompt !== '' ? { prompt } : {}),
    ...(note !== '' ? { note } : {}),
  };
}

/** True when two plans have the same name and steps (timestamps aside). */
export function samePlan(a: DiscussionPlan, b: DiscussionPlan): boolean {
  return a.name === b.name && JSON.stringify(a.steps) === JSON.stringify(b.steps);
}

function importPlans(state: PlansState, plans: readonly DiscussionPlan[], newId: () => string): PlansState {
  let next: Record<string, DiscussionPlan> | undefined;
  for (const plan of plans) {
    const kept = (next ?? state)[plan.id];
    if (kept && samePlan(kept, plan)) continue;
    const id = kept ? newId() : plan.id;
    next ??= { ...state };
    next[id] = { ...plan, id, name: planName(plan.name), steps: plan.steps.map(cleanStep) };
  }
  return next ?? state;
}

/** Plans newest first (last modified), for the list page. */
export function plansByRecent(state: PlansState): DiscussionPlan[] {
  return Object.values(state).sort(
    (a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name),
  );
}

/** The article ids a plan's steps need, in first-use order; `argumentArticles` gives an argument's. */
export function planArticles(
  plan: Pick<DiscussionPlan, 'steps'>,
  argumentArticles: (argumentId: string) => readonly string[],
): string[] {
  const ids = plan.steps.flatMap(({ target }) =>
    target.kind === 'argument'
      ? argumentArticles(target.id)
      : target.kind === 'passage'
        ? [target.article]
        : target.articles,
  );
  return [...new Set(ids)];
}
