import { describe, expect, it } from 'vitest';
import {
  PLAN_LIMITS,
  UNTITLED_PLAN,
  moveStep,
  planArticles,
  planReducer,
  plansByRecent,
  type DiscussionPlan,
  type PlanStep,
  type PlansState,
} from './discussion-plan.ts';

const T0 = '2026-12-01T10:00:00.000Z';
const T1 = '2026-12-01T11:00:00.000Z';

function withSteps(ids: string[]): PlansState {
  return planReducer(
    {},
    {
      kind: 'create',
      id: 'p',
      name: '  Legal basis  ',
      now: T0,
      steps: ids.map((id) => ({ id, target: { kind: 'argument', id: `arg-${id}` } })),
    },
  );
}

const order = (state: PlansState): string[] => state.p?.steps.map((s) => s.id) ?? [];

describe('planReducer', () => {
  it('creates a plan with a trimmed name, its steps, and the given time; an empty name becomes "Untitled plan"', () => {
    const state = withSteps(['a', 'b']);
    expect(state.p).toEqual({
      id: 'p',
      name: 'Legal basis',
      steps: [
        { id: 'a', target: { kind: 'argument', id: 'arg-a' } },
        { id: 'b', target: { kind: 'argument', id: 'arg-b' } },
      ],
      created: T0,
      modified: T0,
    });
    expect(planReducer({}, { kind: 'create', id: 'q', name: '   ', now: T0 }).q?.name).toBe(UNTITLED_PLAN);
  });

  it('moves a step up, down, to the ends, and stamps the change; a move past an end stops there', () => {
    const state = withSteps(['a', 'b', 'c']);
    const up = planReducer(state, { kind: 'move-step', plan: 'p', step: 'c', to: 1, now: T1 });
    expect(order(up)).toEqual(['a', 'c', 'b']);
    expect(up.p?.modified).toBe(T1);
    expect(up.p?.created).toBe(T0);
    expect(order(planReducer(state, { kind: 'move-step', plan: 'p', step: 'a', to: 99, now: T1 }))).toEqual([
      'b',
      'c',
      'a',
    ]);
    expect(order(planReducer(state, { kind: 'move-step', plan: 'p', step: 'b', to: -5, now: T1 }))).toEqual([
      'b',
      'a',
      'c',
    ]);
    // Nothing moves: the same state object, so no undo step is recorded.
    expect(planReducer(state, { kind: 'move-step', plan: 'p', step: 'a', to: 0, now: T1 })).toBe(state);
    expect(planReducer(state, { kind: 'move-step', plan: 'p', step: 'zz', to: 0, now: T1 })).toBe(state);
  });

  it('adds, edits and removes steps; an empty prompt or note is dropped, long text is cut to the limit', () => {
    let state = withSteps(['a']);
    state = planReducer(state, {
      kind: 'add-step',
      plan: 'p',
      step: { id: 'b', target: { kind: 'passage', id: 'fto-014', article: 'fto' } },
      now: T1,
    });
    expect(order(state)).toEqual(['a', 'b']);
    state = planReducer(state, {
      kind: 'edit-step',
      plan: 'p',
      step: 'b',
      prompt: '  Is this lawful?  ',
      note: 'x'.repeat(PLAN_LIMITS.maxText + 50),
      now: T1,
    });
    expect(state.p?.steps[1]?.prompt).toBe('Is this lawful?');
    expect(state.p?.steps[1]?.note).toHaveLength(PLAN_LIMITS.maxText);
    state = planReducer(state, { kind: 'edit-step', plan: 'p', step: 'b', note: '', now: T1 });
    expect(state.p?.steps[1]).toEqual({
      id: 'b',
      target: { kind: 'passage', id: 'fto-014', article: 'fto' },
      prompt: 'Is this lawful?',
    });
    state = planReducer(state, { kind: 'remove-step', plan: 'p', step: 'a', now: T1 });
    expect(order(state)).toEqual(['b']);
  });

  it('refuses a step beyond the limit and a duplicate step id', () => {
    const full = withSteps(Array.from({ length: PLAN_LIMITS.maxSteps }, (_, i) => `s${i}`));
    const step = { id: 'extra', target: { kind: 'argument', id: 'x' } } as const;
    expect(planReducer(full, { kind: 'add-step', plan: 'p', step, now: T1 })).toBe(full);
    const one = withSteps(['a']);
    expect(planReducer(one, { kind: 'add-step', plan: 'p', step: { ...step, id: 'a' }, now: T1 })).toBe(one);
  });

  it('renames (trimmed) and deletes a plan', () => {
    const renamed = planReducer(withSteps([]), { kind: 'rename', plan: 'p', name: ' Week 3 ', now: T1 });
    expect(renamed.p?.name).toBe('Week 3');
    expect(planReducer(renamed, { kind: 'delete', plan: 'p' })).toEqual({});
  });

  it('imports: a new plan keeps its id, an identical one is skipped, a different one under a taken id gets a new id', () => {
    const state = withSteps(['a']);
    const same = state.p as DiscussionPlan;
    const other: DiscussionPlan = { ...same, name: 'Other', created: T1, modified: T1 };
    const fresh: DiscussionPlan = { ...same, id: 'q' };
    expect(planReducer(state, { kind: 'import', plans: [same], newId: () => 'n' })).toBe(state);
    const next = planReducer(state, { kind: 'import', plans: [other, fresh], newId: () => 'n' });
    expect(Object.keys(next).sort()).toEqual(['n', 'p', 'q']);
    expect(next.n?.name).toBe('Other');
    expect(next.p?.name).toBe('Legal basis');
  });
});

describe('moveStep', () => {
  it('moves one item and keeps the others in order', () => {
    expect(moveStep(['a', 'b', 'c', 'd'], 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveStep(['a', 'b', 'c', 'd'], 3, 0)).toEqual(['d', 'a', 'b', 'c']);
  });
});

describe('planArticles and plansByRecent', () => {
  it('lists the articles the steps need once, in first-use order', () => {
    const steps: PlanStep[] = [
      { id: '1', target: { kind: 'argument', id: 'x' } },
      { id: '2', target: { kind: 'passage', id: 'p1', article: 'c' } },
      { id: '3', target: { kind: 'contrast', id: 'd', articles: ['b', 'd'] } },
    ];
    expect(planArticles({ steps }, (id) => (id === 'x' ? ['a', 'b'] : []))).toEqual(['a', 'b', 'c', 'd']);
  });

  it('puts the most recently changed plan first', () => {
    const a = planReducer({}, { kind: 'create', id: 'a', name: 'A', now: T0 });
    const b = planReducer(a, { kind: 'create', id: 'b', name: 'B', now: T1 });
    expect(plansByRecent(b).map((p) => p.id)).toEqual(['b', 'a']);
  });
});
