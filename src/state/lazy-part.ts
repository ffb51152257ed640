/**
 * Parts of the reader loaded on first use (routes, the annotation editor, export and import, the
 * suggestions, the arguments matrix): `React.lazy` with a failure that says what could not be loaded.
 */
import { lazy, type ComponentType } from 'react';

/** A part of the reader whose code could not be fetched (offline, or a new version deployed meanwhile). */
export class PartLoadError extends Error {
  constructor(
    /** What the part is, for the reader ("the annotation editor"). */
    readonly part: string,
    cause: unknown,
  ) {
    super(
      `Parallax could not load ${part} (${cause instanceof Error ? cause.message : String(cause)}). ` +
        'Check the connection and try again.',
    );
    this.name = 'PartLoadError';
  }
}

/** True when `error` is a part that failed to load, so the error page can offer to try again. */
export function isPartLoadError(error: unknown): error is PartLoadError {
  return error instanceof PartLoadError;
}

/** Fetches a module, naming `part` in the error if it cannot be fetched. */
export async function loadPart<T>(part: string, load: () => Promise<T>): Promise<T> {
  try {
    return await load();
  } catch (error) {
    throw new PartLoadError(part, error);
  }
}

/**
 * A component loaded on first render (render it inside `<Suspense>`); `pick` chooses the named export.
 * A failed load throws a `PartLoadError` into the nearest error boundary (the route's error page).
 */
export function lazyPart<M, P extends object>(
  part: string,
  load: () => Promise<M>,
  pick: (module: M) => ComponentType<P>,
): ComponentType<P> {
  return lazy(async () => ({ default: pick(await loadPart(part, load)) }));
}

/**
 * Tries a failed part again by reloading the page at the same address: React keeps a failed lazy load,
 * and after a new version is deployed only a fresh page knows the new chunks' names.
 */
export function retryPartLoad(): void {
  window.location.reload();
}
