import { screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { NotFoundRoute } from './NotFoundRoute.tsx';
import { RouteError } from './RouteError.tsx';

function Broken(): never {
  throw new Error(
    'The compiled corpus has schemaVersion 9, but this reader expects 1; rebuild with npm run build.',
  );
}

describe('pages for bad addresses and failing views', () => {
  it('names an address Parallax has no page for and links back to the library', () => {
    renderRoutes([{ path: '*', element: <NotFoundRoute /> }], '/compre?a=x');
    expect(screen.getByRole('heading', { level: 1, name: 'No such page' })).toBeInTheDocument();
    expect(screen.getByText(/Parallax has no page at “\/compre”/)).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the library' })).toHaveAttribute('href', '/');
  });

  it('shows what failed instead of a blank page', () => {
    // React logs the caught render error; that noise is expected here.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    renderRoutes([{ path: '/', element: <Broken />, errorElement: <RouteError /> }], '/');
    quiet.mockRestore();
    expect(screen.getByRole('heading', { level: 1, name: 'Something went wrong' })).toBeInTheDocument();
    expect(screen.getByText(/schemaVersion 9/)).toBeInTheDocument();
  });
});
