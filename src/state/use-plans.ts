/** Hooks over the reader's discussion plans (kept in the annotation store): the list, one plan, and "Add to plan". */
import { useCallback, useMemo, useState } from 'react';
import { plansByRecent, type DiscussionPlan, type PlanTarget } from '../model/discussion-plan.ts';
import type { AnnotationStore } from './annotation-store.ts';
import { useAnnotations } from './use-annotations.ts';

/** The reader's plans, most recently changed first, with the store and its undo state. */
export function usePlans(): {
  plans: DiscussionPlan[];
  store: AnnotationStore;
  canUndo: boolean;
  canRedo: boolean;
} {
  const { snapshot, store } = useAnnotations();
  const plans = useMemo(() => plansByRecent(snapshot.plans), [snapshot.plans]);
  return { plans, store, canUndo: snapshot.canUndo, canRedo: snapshot.canRedo };
}

/** The name a new plan gets from "Add to plan" (the teacher renames it in the editor). */
export function newPlanName(now: Date): string {
  return `Plan of ${now.toLocaleDateString(undefined, { day: 'numeric', month: 'long' })}`;
}

/** "Add to plan" for one target: the plans to choose from, adding, and what was added last. */
export function useAddToPlan(target: PlanTarget): {
  plans: DiscussionPlan[];
  add: (planId: string) => void;
  addToNew: () => void;
  added: DiscussionPlan | undefined;
} {
  const { plans, store } = usePlans();
  const [addedId, setAddedId] = useState<string>();
  const add = useCallback(
    (planId: string) => {
      store.changePlan({ kind: 'add-step', plan: planId, target });
      setAddedId(planId);
    },
    [store, target],
  );
  const addToNew = useCallback(() => {
    setAddedId(store.createPlan(newPlanName(new Date()), [{ target }]));
  }, [store, target]);
  return { plans, add, addToNew, added: plans.find((p) => p.id === addedId) };
}
