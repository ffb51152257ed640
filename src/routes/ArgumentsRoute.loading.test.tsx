import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DISPUTE_NOTE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { ArgumentsRoute } from './ArgumentsRoute.tsx';

// The data boundary with article files that must be fetched: each file's first fetch fails, the next
// succeeds (a dropped connection, then Retry).
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/flaky-corpus-module.ts'));

describe('the arguments page while the passages its disagreements quote load', () => {
  it('says they are loading, names the articles that failed with Try again, and completes after', async () => {
    const { user } = renderRoutes([{ path: '/arguments', element: <ArgumentsRoute /> }], '/arguments');
    const section = screen.getByRole('region', { name: /Disagreements/ });
    expect(section).toHaveAttribute('aria-busy', 'true');
    expect(within(section).getByRole('status')).toHaveTextContent(
      'Loading the passages the disagreements quote…',
    );
    const alert = await within(section).findByRole('alert');
    expect(alert).toHaveTextContent('the network went away');
    expect(section).toHaveAttribute('aria-busy', 'false');
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await vi.waitFor(() => expect(within(section).queryByRole('alert')).toBeNull());
    expect(within(section).queryByRole('status')).toBeNull();
    expect(within(section).getByRole('list', { name: 'Disagreements' })).toHaveTextContent(DISPUTE_NOTE);
  });
});
