import { useState } from 'react';
import { Link } from 'react-router';
import type { PlanTarget } from '../model/discussion-plan.ts';
import { planPath } from '../state/paths.ts';
import { useAddToPlan } from '../state/use-plans.ts';

/** How many of the reader's plans the menu lists (the most recently changed; the rest are on /plans). */
const SHOWN_PLANS = 6;

/**
 * "Add to plan" for an argument, passage or disagreement: a disclosure listing the reader's most
 * recent plans and "New plan", then saying where it was added with a link to that plan.
 */
export function AddToPlan({
  target,
  what,
}: {
  target: PlanTarget;
  /** Named to screen readers: "this argument". */ what: string;
}) {
  const { plans, add, addToNew, added } = useAddToPlan(target);
  // The menu is rendered only while open: pages list many passages, each with its own "Add to plan".
  const [open, setOpen] = useState(false);
  return (
    <details className="add-to-plan" open={open} onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        Add to plan<span className="visually-hidden"> ({what})</span>
      </summary>
      {open && (
        <div className="add-to-plan__menu">
          <ul>
            {plans.slice(0, SHOWN_PLANS).map((p) => (
              <li key={p.id}>
                <button type="button" onClick={() => add(p.id)}>
                  Add to “{p.name}” <span className="add-to-plan__count">({p.steps.length} steps)</span>
                </button>
              </li>
            ))}
            <li>
              <button type="button" onClick={addToNew}>
                Start a new plan with it
              </button>
            </li>
          </ul>
          <p role="status" className="add-to-plan__status">
            {added && (
              <>
                Added to “{added.name}” as step {added.steps.length}.{' '}
                <Link to={planPath(added.id)}>Open the plan</Link>
              </>
            )}
          </p>
        </div>
      )}
    </details>
  );
}
