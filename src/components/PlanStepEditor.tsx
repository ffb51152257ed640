import { useState, type Ref } from 'react';
import type { PlanSlide } from '../model/plan-view.ts';
import { slideTitle, stepKindLabel } from '../model/plan-view.ts';
import { TypeChip } from './TypeChip.tsx';

/**
 * One step in the plan editor: its place and kind, what it shows (one line), the prompt for the
 * class and the teacher's private note (saved when the field is left), and Move up / Move down /
 * Remove. Alt+↑ / Alt+↓ inside the step move it too; `moveRef` receives its buttons so the
 * editor can keep the keyboard focus on a step that moved.
 */
export function PlanStepEditor({
  slide,
  index,
  count,
  loading,
  onMove,
  onRemove,
  onEdit,
  buttonsRef,
}: {
  slide: PlanSlide;
  /** 0-based place in the plan. */
  index: number;
  count: number;
  loading: boolean;
  onMove: (to: number, via: 'up' | 'down') => void;
  onRemove: () => void;
  onEdit: (edit: { prompt?: string; note?: string }) => void;
  buttonsRef: Ref<HTMLDivElement>;
}) {
  const { step } = slide;
  const headingId = `plan-step-${step.id}`;
  const title = slide.kind === 'missing' && loading ? 'Loading…' : slideTitle(slide);
  const type = slide.kind === 'argument' || slide.kind === 'passage' ? slide.type : undefined;
  return (
    <li
      className="plan-step"
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (!event.altKey || (event.key !== 'ArrowUp' && event.key !== 'ArrowDown')) return;
        event.preventDefault();
        if (event.key === 'ArrowUp' && index > 0) onMove(index - 1, 'up');
        if (event.key === 'ArrowDown' && index < count - 1) onMove(index + 1, 'down');
      }}
    >
      <h3 id={headingId} className="plan-step__heading">
        <span className="plan-step__number">Step {index + 1}</span>{' '}
        <span className="plan-step__kind">{stepKindLabel(step)}</span>
      </h3>
      <p className="plan-step__title">
        {type && <TypeChip type={type} />} {title}
      </p>
      <TextField
        label="Prompt for the class"
        hint="Shown large when you present, and in the students’ link."
        value={step.prompt ?? ''}
        onSave={(prompt) => onEdit({ prompt })}
        id={`${headingId}-prompt`}
      />
      <TextField
        label="Your note"
        hint="Only in this browser: not in the students’ link, not presented."
        value={step.note ?? ''}
        onSave={(note) => onEdit({ note })}
        id={`${headingId}-note`}
      />
      <div className="plan-step__buttons" ref={buttonsRef}>
        <button
          type="button"
          data-move="up"
          disabled={index === 0}
          onClick={() => onMove(index - 1, 'up')}
          aria-keyshortcuts="Alt+ArrowUp"
          aria-label={`Move up: step ${index + 1}`}
        >
          Move up
        </button>
        <button
          type="button"
          data-move="down"
          disabled={index === count - 1}
          onClick={() => onMove(index + 1, 'down')}
          aria-keyshortcuts="Alt+ArrowDown"
          aria-label={`Move down: step ${index + 1}`}
        >
          Move down
        </button>
        <button type="button" onClick={onRemove} aria-label={`Remove: step ${index + 1}`}>
          Remove
        </button>
      </div>
    </li>
  );
}

/** A multi-line field kept locally while typed in and saved when left (one undo step per edit, not per key). */
function TextField({
  label,
  hint,
  value,
  onSave,
  id,
}: {
  label: string;
  hint: string;
  value: string;
  onSave: (text: string) => void;
  id: string;
}) {
  const [draft, setDraft] = useState<string>();
  return (
    <div className="plan-step__field">
      <label htmlFor={id}>{label}</label>
      <span id={`${id}-hint`} className="plan-step__hint">
        {hint}
      </span>
      <textarea
        id={id}
        aria-describedby={`${id}-hint`}
        rows={2}
        value={draft ?? value}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={() => {
          if (draft !== undefined && draft !== value) onSave(draft);
          setDraft(undefined);
        }}
      />
    </div>
  );
}
