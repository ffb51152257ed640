import type { ClassStudent } from '../model/class-view.ts';

/** The students who joined, who of them is here now, and how many annotations each shares. */
export function ClassStudentList({ students }: { students: readonly ClassStudent[] }) {
  const here = students.filter((s) => s.online).length;
  return (
    <section className="class-students" aria-labelledby="class-students-title">
      <h2 id="class-students-title">
        Students{' '}
        <span className="class-count">
          ({students.length === 0 ? 'none yet' : `${here} of ${students.length} online`})
        </span>
      </h2>
      {students.length === 0 ? (
        <p>No one has joined yet. Give your students the join link printed by the class server.</p>
      ) : (
        <ul>
          {students.map((s) => (
            <li key={s.id} data-student={s.id}>
              <span className={s.online ? 'class-dot is-online' : 'class-dot'} aria-hidden="true" />
              {s.name}
              <span className="class-student__state">
                {s.online ? 'online' : 'away'} · {s.shared === 1 ? '1 shared' : `${s.shared} shared`}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
