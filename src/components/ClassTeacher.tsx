import type { ClassClient, ClassSnapshot } from '../state/class-client.ts';
import { useTeacherView } from '../state/use-teacher-view.ts';
import { ClassEntryList } from './ClassEntryList.tsx';
import { ClassFilters } from './ClassFilters.tsx';
import { ClassStudentList } from './ClassStudentList.tsx';
import { ClassSwitches } from './ClassSwitches.tsx';

/** The teacher's class page: switches, students, and the class's annotations with "Present". */
export function ClassTeacher({ snapshot, client }: { snapshot: ClassSnapshot; client: ClassClient }) {
  const view = useTeacherView(snapshot, client);
  return (
    <div className="class-teacher">
      <div className="class-teacher__side">
        <ClassSwitches settings={snapshot.roster.settings} onChange={client.setSettings} />
        <ClassStudentList students={view.students} />
        <section className="class-export" aria-labelledby="class-export-title">
          <h2 id="class-export-title">Export the class</h2>
          <p>Every student’s shared annotations, each naming its student.</p>
          <button type="button" onClick={() => view.exportAs('w3c')}>
            W3C JSON-LD (for corpus import)
          </button>{' '}
          <button type="button" onClick={() => view.exportAs('csv')}>
            CSV
          </button>
          {view.exportError !== undefined && <p role="alert">Export failed: {view.exportError}</p>}
        </section>
      </div>
      <section className="class-teacher__main" aria-labelledby="class-annotations-title">
        <h2 id="class-annotations-title">Shared annotations</h2>
        <ClassFilters
          students={view.students}
          choices={view.choices}
          filter={view.filter}
          setFilter={view.setFilter}
          typeLabel={view.typeLabel}
          argumentLabel={view.argumentLabel}
        />
        <p className="class-new" aria-live="polite">
          {(view.fresh > 0 || view.gone > 0) && (
            <button type="button" onClick={view.showNew}>
              {view.fresh > 0 ? `Show ${view.fresh} new` : `Update the list (${view.gone} withdrawn)`}
            </button>
          )}
        </p>
        <ClassEntryList
          entries={view.entries}
          titleOf={view.titleOf}
          typeLabel={view.typeLabel}
          pathOf={view.pathOf}
          present={view.present}
          staged={view.staged}
        />
      </section>
    </div>
  );
}
