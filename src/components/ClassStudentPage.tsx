import { Link } from 'react-router';
import type { ClassSnapshot } from '../state/class-client.ts';
import { libraryPath } from '../state/paths.ts';

/** A student's class page: who they are in the class, what is on the stage, and where to read. */
export function ClassStudentPage(props: {
  snapshot: ClassSnapshot;
  following: boolean;
  setFollowing: (on: boolean) => void;
}) {
  const { snapshot } = props;
  const stage = snapshot.stage?.path;
  return (
    <div className="class-student">
      <p>
        You are in this class as <strong>{snapshot.name}</strong>.{' '}
        {snapshot.roster.settings.sharing
          ? 'Your teacher lets classmates see each other’s shared annotations.'
          : 'Only your teacher sees what you share.'}
      </p>
      <p>
        Annotate in the reader as always; choose what to share with “Share with class” above the columns. Your
        annotations stay yours: undo, export and the class layer never change them.
      </p>
      <p>
        <Link to={libraryPath()}>Open the library</Link>
        {stage !== undefined && (
          <>
            {' · '}
            <Link to={stage}>Open what your teacher presents</Link>
          </>
        )}
      </p>
      <label className="class-follow">
        <input
          type="checkbox"
          checked={props.following}
          onChange={(e) => props.setFollowing(e.target.checked)}
        />{' '}
        Follow the stage (go where your teacher presents)
      </label>
    </div>
  );
}
