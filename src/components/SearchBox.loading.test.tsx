import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { fixtureSearchServer, fixtureSearchShards } from '../../tests/fixtures/fixture-search-port.ts';
import { SearchBox } from './SearchBox.tsx';

// Its own file: the index is loaded once per page, so the first focus here is the page's first.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));
vi.mock('../state/search-worker-port.ts', () => import('../../tests/fixtures/fixture-search-port.ts'));

describe('SearchBox loading the search index', () => {
  it('fetches nothing before the first focus, says it is loading, explains a failure and tries again', async () => {
    fixtureSearchServer.failures = 1;
    let answer = () => {};
    fixtureSearchServer.held = new Promise((resolve) => (answer = resolve));
    const { user } = renderRoutes([{ path: '/', element: <SearchBox /> }], '/');
    const box = screen.getByRole('searchbox', { name: 'Search the articles' });
    const panel = () => screen.getByRole('region', { name: 'Search results', hidden: true });
    expect(fixtureSearchServer.requests).toBe(0);

    await user.click(box);
    await user.paste('Hegseth');
    expect(within(panel()).getByRole('status')).toHaveTextContent('Loading the search index…');
    expect(panel()).toHaveAttribute('aria-busy', 'true');
    answer();
    const alert = await within(panel()).findByRole('alert');
    expect(alert).toHaveTextContent(
      /^Search is unavailable: The search index http:\/\/localhost\/assets\/search-index-[0-9a-f]+\.json could not be fetched \(HTTP 503\)\./,
    );
    expect(fixtureSearchServer.requests).toBe(1);

    await user.click(within(alert).getByRole('button', { name: 'Try again' }));
    await waitFor(() => expect(panel()).toHaveAttribute('aria-busy', 'false'));
    expect(within(panel()).queryByRole('alert')).toBeNull();
    expect(within(panel()).getByRole('status')).toHaveTextContent(/^\d+ results?/);
    expect(within(panel()).getAllByRole('link')[0]).toHaveTextContent(/Hegseth/);
    // The manifest twice (failed, then again), then each shard once.
    await waitFor(() => expect(fixtureSearchServer.requests).toBe(2 + fixtureSearchShards.length));
  });
});
