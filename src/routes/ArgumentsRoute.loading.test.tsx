import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { DISPUTE_NOTE, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { fetched } from '../../tests/fixtures/flaky-corpus-module.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { ArgumentsRoute } from './ArgumentsRoute.tsx';

// The data boundary with files that must be fetched: each file's first fetch fails, the next
// succeeds (a dropped connection, then Retry).
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/flaky-corpus-module.ts'));

describe('the arguments page while its arguments shard loads', () => {
  it('says it is loading, names the file that failed with Try again, then lists arguments and disagreements without fetching any article', async () => {
    const { user } = renderRoutes([{ path: '/arguments', element: <ArgumentsRoute /> }], '/arguments');
    expect(screen.getByRole('status')).toHaveTextContent('Loading the arguments…');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent(
      'The arguments file (/data/_arguments.json) could not be loaded: the network went away',
    );
    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    const section = await screen.findByRole('region', { name: /Disagreements/ });
    expect(within(section).getByRole('list', { name: 'Disagreements' })).toHaveTextContent(DISPUTE_NOTE);
    // Its side-by-side link opens the two sides' first passages: they came with the shard.
    expect(within(section).getByRole('link', { name: 'Read both sides side by side' })).toHaveAttribute(
      'href',
      `/compare?a=${WAR_ZONE},${FTO}&p=wz-002`,
    );
    expect(screen.queryByRole('alert')).toBeNull();
    // The disagreements' quotes come with the shard: no article file was asked for.
    expect(fetched).toEqual(['/data/_arguments.json', '/data/_arguments.json']);
  });
});
