import { useState } from 'react';

/** The plan's name, editable; saved when the field is left or Enter is pressed (one undo step per rename). */
export function PlanNameField({ name, onRename }: { name: string; onRename: (name: string) => void }) {
  const [draft, setDraft] = useState<string>();
  const save = (): void => {
    if (draft !== undefined && draft.trim() !== name) onRename(draft);
    setDraft(undefined);
  };
  return (
    <div className="plan-name">
      <label htmlFor="plan-name">Plan name</label>
      <input
        id="plan-name"
        className="plan-name__input"
        value={draft ?? name}
        maxLength={200}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={save}
        onKeyDown={(e) => {
          if (e.key === 'Enter') save();
        }}
      />
    </div>
  );
}
