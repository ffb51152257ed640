import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { ArgumentRoute } from './ArgumentRoute.tsx';

// The data boundary with files that must be fetched: each file's first fetch fails, the next
// succeeds (a dropped connection, then Retry).
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/flaky-corpus-module.ts'));

describe('the argument focus view while its data loads', () => {
  it('says the argument is loading and names the arguments file that failed; then the passages load, each failed article named with Retry', async () => {
    const { user } = renderRoutes(
      [{ path: '/arguments/:argumentId', element: <ArgumentRoute /> }],
      '/arguments/mexico-rejects',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Loading the argument…');
    const shardAlert = await screen.findByRole('alert');
    expect(shardAlert).toHaveTextContent('The arguments file (/data/_arguments.json) could not be loaded');
    await user.click(within(shardAlert).getByRole('button', { name: 'Try again' }));
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent('Mexico rejects');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('could not be loaded: the network went away');
    for (const retry of within(alert).getAllByRole('button', { name: 'Retry' })) await user.click(retry);
    const passages = await screen.findByRole('list', { name: 'Passages making this argument' });
    expect(within(passages).getAllByRole('blockquote').length).toBeGreaterThan(0);
  });
});
