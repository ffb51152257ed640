import { useId } from 'react';
import type { ClassFilter, ClassStudent } from '../model/class-view.ts';

/** The teacher's filters: one student, one claim type, one argument (each "all" by default). */
export function ClassFilters(props: {
  students: readonly ClassStudent[];
  choices: { types: readonly string[]; arguments: readonly string[] };
  filter: ClassFilter;
  setFilter: (filter: ClassFilter) => void;
  typeLabel: (id: string) => string;
  argumentLabel: (id: string) => string;
}) {
  const id = useId();
  const { filter, setFilter } = props;
  const pick = (key: keyof ClassFilter, value: string) => {
    const next = { ...filter };
    if (value === '') delete next[key];
    else next[key] = value;
    setFilter(next);
  };
  return (
    <div className="class-filters" role="group" aria-label="Filter the class’s annotations">
      <label htmlFor={`${id}-student`}>Student</label>
      <select
        id={`${id}-student`}
        value={filter.student ?? ''}
        onChange={(e) => pick('student', e.target.value)}
      >
        <option value="">All students</option>
        {props.students.map((s) => (
          <option key={s.id} value={s.id}>
            {s.name}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-type`}>Claim type</label>
      <select id={`${id}-type`} value={filter.type ?? ''} onChange={(e) => pick('type', e.target.value)}>
        <option value="">All types</option>
        {props.choices.types.map((t) => (
          <option key={t} value={t}>
            {props.typeLabel(t)}
          </option>
        ))}
      </select>
      <label htmlFor={`${id}-argument`}>Argument</label>
      <select
        id={`${id}-argument`}
        value={filter.argument ?? ''}
        onChange={(e) => pick('argument', e.target.value)}
      >
        <option value="">All arguments</option>
        {props.choices.arguments.map((a) => (
          <option key={a} value={a}>
            {props.argumentLabel(a)}
          </option>
        ))}
      </select>
    </div>
  );
}
