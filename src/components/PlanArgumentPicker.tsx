import { useId, useState } from 'react';
import type { Argument } from '../model/tag-layer.ts';

/** The editor's "Add an argument": type words of its statement, then Add one of the matches. */
export function PlanArgumentPicker({
  choices,
  onAdd,
}: {
  choices: (query: string) => { choices: Argument[]; more: number };
  onAdd: (argumentId: string) => void;
}) {
  const [query, setQuery] = useState('');
  const id = useId();
  const { choices: shown, more } = choices(query);
  return (
    <section className="plan-picker" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>Add an argument</h2>
      <label htmlFor={`${id}-q`}>Words of its statement</label>
      <input id={`${id}-q`} type="search" value={query} onChange={(e) => setQuery(e.target.value)} />
      <ul className="plan-picker__list" aria-label="Matching arguments">
        {shown.map((a) => (
          <li key={a.id}>
            <span className="plan-picker__statement">{a.statement}</span>
            <button type="button" onClick={() => onAdd(a.id)} aria-label={`Add: ${a.statement}`}>
              Add
            </button>
          </li>
        ))}
      </ul>
      <p className="plan-picker__more" aria-live="polite">
        {shown.length === 0
          ? 'No argument left matches these words.'
          : more > 0
            ? `${more} more match: type more words to narrow the list.`
            : ''}
      </p>
    </section>
  );
}
