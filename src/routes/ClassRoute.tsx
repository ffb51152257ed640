import { Link } from 'react-router';
import { ClassJoinForm } from '../components/ClassJoinForm.tsx';
import { ClassStatus } from '../components/ClassStatus.tsx';
import { ClassStudentPage } from '../components/ClassStudentPage.tsx';
import { ClassTeacher } from '../components/ClassTeacher.tsx';
import { libraryPath } from '../state/paths.ts';
import { useClass } from '../state/use-class.ts';
import { useClassLink } from '../state/use-class-link.ts';
import { useFollowStage } from '../state/use-follow-stage.ts';
import '../class.css';

/** The class page: a join link's form, the teacher's class view, or a student's class page. */
export function ClassRoute() {
  const arrival = useClassLink();
  const live = useClass();
  const follow = useFollowStage(live?.snapshot);
  const teacher = live?.snapshot.credentials.role === 'teacher';
  return (
    <main className={teacher ? 'class-page class-page--wide' : 'class-page'}>
      <header className="page-header">
        <nav aria-label="Breadcrumb" className="page-nav">
          <Link to={libraryPath()}>Library</Link>
        </nav>
      </header>
      <h1>{teacher ? 'Your class' : 'Class'}</h1>
      {arrival.problem !== undefined && (
        <p className="class-problem" role="alert">
          {arrival.problem}
        </p>
      )}
      {arrival.join ? (
        <>
          <p>You are joining a class in Parallax. Your teacher sees what you choose to share.</p>
          <ClassJoinForm joining={arrival.joining} onSubmit={arrival.submit} />
        </>
      ) : !live ? (
        <p>
          This browser is not in a class. Open the join link your teacher gives you (it ends in “#server=…”),
          or, as a teacher, the link <code>npm run class -- serve</code> prints.
        </p>
      ) : (
        <>
          <ClassStatus snapshot={live.snapshot} />
          {teacher ? (
            <ClassTeacher snapshot={live.snapshot} client={live.client} />
          ) : (
            <ClassStudentPage
              snapshot={live.snapshot}
              following={follow.following}
              setFollowing={follow.setFollowing}
            />
          )}
        </>
      )}
    </main>
  );
}
