import { Link, useLocation } from 'react-router';
import { libraryPath } from '../state/paths.ts';

/** Any address the reader has no page for: says which, and leads back to the library. */
export function NotFoundRoute() {
  const { pathname } = useLocation();
  return (
    <main className="not-found">
      <h1>No such page</h1>
      <p>
        Parallax has no page at “{pathname}”. <Link to={libraryPath()}>Back to the library</Link>
      </p>
    </main>
  );
}
