import { describe, expect, it } from 'vitest';
import { createAnnotationStore } from './annotation-store.ts';

describe('plans in the annotation store', () => {
  it('keeps plans beside the annotations, with time and ids from the store, and undo/redo over each change', () => {
    let n = 0;
    const times = ['2026-12-01T10:00:00.000Z', '2026-12-01T10:05:00.000Z', '2026-12-01T10:09:00.000Z'];
    const store = createAnnotationStore({
      name: null,
      newId: () => `id-${++n}`,
      now: () => times.shift() ?? 'x',
    });
    const id = store.createPlan('Legal basis', [{ target: { kind: 'argument', id: 'a' } }]);
    expect(id).toBe('id-1');
    store.changePlan({ kind: 'add-step', plan: id, target: { kind: 'argument', id: 'b' } });
    store.changePlan({ kind: 'move-step', plan: id, step: 'id-3', to: 0 });
    const plan = store.getSnapshot().plans[id];
    expect(plan?.steps.map((s) => [s.id, s.target.id])).toEqual([
      ['id-3', 'b'],
      ['id-2', 'a'],
    ]);
    expect(plan?.created).toBe('2026-12-01T10:00:00.000Z');
    expect(plan?.modified).toBe('2026-12-01T10:09:00.000Z');
    expect(store.getSnapshot().canUndo).toBe(true);
    store.undo();
    expect(store.getSnapshot().plans[id]?.steps.map((s) => s.id)).toEqual(['id-2', 'id-3']);
    store.changePlan({ kind: 'delete', plan: id });
    expect(store.getSnapshot().plans).toEqual({});
    store.undo();
    expect(store.getSnapshot().plans[id]?.name).toBe('Legal basis');
    store.redo();
    expect(store.getSnapshot().plans).toEqual({});
    // The annotations' own state is untouched by plans.
    expect(store.exportAll()).toEqual({ annotations: {}, arguments: {}, dismissed: [] });
  });

  it('imports plans as one undoable step', () => {
    const store = createAnnotationStore({ name: null });
    const plan = {
      id: 'p',
      name: 'Shared',
      steps: [{ id: 's1', target: { kind: 'argument' as const, id: 'a' }, prompt: 'Why?' }],
      created: '2026-12-01T10:00:00.000Z',
      modified: '2026-12-01T10:00:00.000Z',
    };
    store.importPlans([plan]);
    expect(store.getSnapshot().plans.p).toEqual(plan);
    store.undo();
    expect(store.getSnapshot().plans).toEqual({});
  });
});
