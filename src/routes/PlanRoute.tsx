import '../plans.css';
import { useEffect, useRef, useState } from 'react';
import { Link, useNavigate, useParams } from 'react-router';
import { CopyButton } from '../components/CopyButton.tsx';
import { FocusLoading } from '../components/FocusLoading.tsx';
import { PlanArgumentPicker } from '../components/PlanArgumentPicker.tsx';
import { PlanNameField } from '../components/PlanNameField.tsx';
import { PlanStepEditor } from '../components/PlanStepEditor.tsx';
import { TextSizeControl } from '../components/TextSizeControl.tsx';
import { UndoButtons } from '../components/UndoButtons.tsx';
import { argumentsPath, libraryPath, plansPath } from '../state/paths.ts';
import { usePlanEditor } from '../state/use-plan-editor.ts';
import { useUndoKeys } from '../state/use-undo-keys.ts';

/**
 * A plan's editor (`/plans/<id>`): its name, its steps in order (prompt and note each; Move up /
 * Move down / Remove, Alt+↑/↓), "Add an argument", and what to do with it: Present, the students'
 * link (copied whole: it carries the plan), the handout, delete (undo brings it back).
 */
export function PlanRoute() {
  const { planId = '' } = useParams();
  const model = usePlanEditor(planId);
  const navigate = useNavigate();
  const { plan } = model;
  useUndoKeys(model.undo, model.redo);
  // After a move, keep the focus on the same button of the moved step (the DOM order changed under it).
  const [moved, setMoved] = useState<{ step: string; via: 'up' | 'down' }>();
  const buttons = useRef(new Map<string, HTMLDivElement>());
  useEffect(() => {
    if (!moved) return;
    const box = buttons.current.get(moved.step);
    const target =
      box?.querySelector<HTMLButtonElement>(`button[data-move="${moved.via}"]:not(:disabled)`) ??
      box?.querySelector<HTMLButtonElement>('button[data-move]:not(:disabled)');
    target?.focus();
  }, [moved, plan?.steps]);

  if (!plan)
    return (
      <main className="plan-page">
        <header className="page-header">
          <nav aria-label="Breadcrumb" className="page-nav">
            <Link to={libraryPath()}>Library</Link> · <Link to={plansPath()}>Plans</Link>
          </nav>
        </header>
        <h1>No such plan in this browser</h1>
        <p>
          It may have been deleted (Undo on <Link to={plansPath()}>your plans</Link> brings it back), or it
          was made in another browser: open its students’ link there and choose “Save a copy”.
        </p>
      </main>
    );
  const count = plan.steps.length;
  return (
    <main className="plan-page plan-editor">
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link> · <Link to={plansPath()}>Plans</Link>
        </nav>
        <UndoButtons
          canUndo={model.canUndo}
          canRedo={model.canRedo}
          onUndo={model.undo}
          onRedo={model.redo}
        />
        <TextSizeControl />
      </header>
      <p className="plan-view__kicker">
        Discussion plan · {count} {count === 1 ? 'step' : 'steps'}
      </p>
      <h1 className="visually-hidden">{plan.name}</h1>
      <PlanNameField name={plan.name} onRename={(name) => model.change({ kind: 'rename', name })} />
      <div className="plan-actions">
        {model.presentHref !== undefined && model.viewHref !== undefined && model.shareUrl !== undefined ? (
          <>
            <Link to={model.presentHref} className="plan-actions__primary">
              Present
            </Link>
            <CopyButton
              label="Copy the students’ link"
              text={model.shareUrl}
              copied="Link copied: it opens this plan in any browser."
              manualLabel="The students’ link"
            />
            <Link to={model.viewHref}>Students’ view and handout</Link>
          </>
        ) : (
          <p role="alert">
            This plan is too long to carry in one link: shorten some prompts or remove steps to present or
            share it.
          </p>
        )}
        <button type="button" onClick={model.exportMarkdown} disabled={model.loading}>
          Export as Markdown (with your notes)
        </button>
        <button
          type="button"
          className="plan-actions__danger"
          onClick={() => {
            model.change({ kind: 'delete' });
            void navigate(plansPath());
          }}
        >
          Delete plan
        </button>
      </div>
      <section aria-labelledby="plan-steps-heading">
        <h2 id="plan-steps-heading">Steps</h2>
        <FocusLoading loading={false} failures={model.failures} />
        {count === 0 ? (
          <p>
            No steps yet. Add arguments below, or choose “Add to plan” on an argument, a passage or a
            disagreement (see <Link to={argumentsPath()}>the arguments</Link>).
          </p>
        ) : (
          <ol className="plan-steps">
            {model.slides.map((slide, index) => (
              <PlanStepEditor
                key={slide.step.id}
                slide={slide}
                index={index}
                count={count}
                loading={model.loading}
                onMove={(to, via) => {
                  model.change({ kind: 'move-step', step: slide.step.id, to });
                  setMoved({ step: slide.step.id, via });
                }}
                onRemove={() => model.change({ kind: 'remove-step', step: slide.step.id })}
                onEdit={(edit) => model.change({ kind: 'edit-step', step: slide.step.id, ...edit })}
                buttonsRef={(el) => {
                  if (el) buttons.current.set(slide.step.id, el);
                  else buttons.current.delete(slide.step.id);
                }}
              />
            ))}
          </ol>
        )}
      </section>
      <PlanArgumentPicker choices={model.choices} onAdd={model.addArgument} />
    </main>
  );
}
