import { Link } from 'react-router';
import type { CompareView } from '../state/use-compare-view.ts';
import { classPath } from '../state/paths.ts';

const STATUS = {
  connecting: 'connecting…',
  connected: 'connected',
  offline: 'offline (changes are kept and sent later)',
  refused: 'refused by the server',
} as const;

/**
 * The compare view's class controls: the connection, the class layer, "Share with class" (all, or
 * annotation by annotation) and "Follow the stage". Only when this browser is in a class.
 */
export function ClassBar({
  classroom,
  classLayer,
  setClassLayer,
}: {
  classroom: NonNullable<CompareView['classroom']>;
  classLayer: boolean;
  setClassLayer: (on: boolean) => void;
}) {
  const { snapshot, share } = classroom;
  const teacher = snapshot.credentials.role === 'teacher';
  return (
    <section className="class-bar" aria-label="Class">
      <Link to={classPath()}>Class</Link>
      <span className={`class-bar__status is-${snapshot.status}`} role="status">
        {STATUS[snapshot.status]}
      </span>
      <label className="toggle">
        <input type="checkbox" checked={classLayer} onChange={(e) => setClassLayer(e.target.checked)} />
        {teacher ? 'Students’ annotations' : 'Classmates’ annotations'}
      </label>
      {!teacher && (
        <label className="toggle">
          <input
            type="checkbox"
            checked={classroom.following}
            onChange={(e) => classroom.setFollowing(e.target.checked)}
          />
          Follow the stage
        </label>
      )}
      {share && (
        <details className="class-share">
          <summary>
            Share with class ({share.shared.size} of {share.annotations.length})
          </summary>
          <div className="class-share__panel">
            <label className="toggle">
              <input
                type="checkbox"
                checked={share.choice.all}
                onChange={(e) => share.setAll(e.target.checked)}
              />
              Share all my annotations
            </label>
            {share.annotations.length === 0 ? (
              <p>You have no annotations yet: select text in a column to make one.</p>
            ) : (
              <ul>
                {share.annotations.map((a) => (
                  <li key={a.id}>
                    <label className="toggle">
                      <input
                        type="checkbox"
                        checked={
                          share.shared.has(a.id) || (share.choice.all && !share.tooLarge.includes(a.id))
                        }
                        disabled={share.choice.all}
                        onChange={(e) => share.setShared(a.id, e.target.checked)}
                      />
                      <span className="class-share__quote">{a.selector.quote.exact}</span>
                    </label>
                    {share.tooLarge.includes(a.id) && <span> (too large to share)</span>}
                  </li>
                ))}
              </ul>
            )}
          </div>
        </details>
      )}
    </section>
  );
}
