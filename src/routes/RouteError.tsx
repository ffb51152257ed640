import { Link, useRouteError } from 'react-router';
import { isPartLoadError, retryPartLoad } from '../state/lazy-part.ts';
import { libraryPath } from '../state/paths.ts';

/** Shown instead of a blank page when a view fails: what went wrong, and a way back. */
export function RouteError() {
  const error = useRouteError();
  const message = error instanceof Error ? error.message : String(error);
  if (isPartLoadError(error)) {
    return (
      <main className="not-found">
        <h1>Could not load {error.part}</h1>
        <p role="alert">{message}</p>
        <p>Your annotations are kept in this browser and are not affected; the address keeps your place.</p>
        <p>
          <button type="button" onClick={retryPartLoad}>
            Try again
          </button>{' '}
          <Link to={libraryPath()}>Back to the library</Link>
        </p>
      </main>
    );
  }
  return (
    <main className="not-found">
      <h1>Something went wrong</h1>
      <p>This view could not be shown. Your annotations are kept in this browser and are not affected.</p>
      <pre className="route-error__message">{message}</pre>
      <p>
        <Link to={libraryPath()}>Back to the library</Link>
      </p>
    </main>
  );
}
