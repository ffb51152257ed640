import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { fixtureSearchServer, fixtureSearchShards } from '../../tests/fixtures/fixture-search-port.ts';
import { SearchBox } from './SearchBox.tsx';

// Its own file: the index is loaded once per page, so the first focus here is the page's first.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));
vi.mock('../state/search-worker-port.ts', () => import('../../tests/fixtures/fixture-search-port.ts'));

describe('SearchBox while the search index streams in', () => {
  it('shows results from the shards that have arrived, says how much it searched, and completes as the rest arrive', async () => {
    const [first] = fixtureSearchShards;
    let release = () => {};
    const rest = new Promise<void>((resolve) => (release = resolve));
    // The first article's shard arrives; every other shard waits.
    fixtureSearchServer.shardGate = (url) => (url === first ? Promise.resolve() : rest);
    const { user } = renderRoutes([{ path: '/', element: <SearchBox /> }], '/');
    await user.click(screen.getByRole('searchbox', { name: 'Search the articles' }));
    await user.paste('cartels');
    const panel = screen.getByRole('region', { name: 'Search results' });
    const partial = new RegExp(
      `^\\d+ results?.*\\(searching 1 of ${fixtureSearchShards.length} parts of the corpus so far\\)`,
    );
    await waitFor(() => expect(within(panel).getByRole('status')).toHaveTextContent(partial));
    // Every result so far is in the first article (its shard is the only one in).
    const articleOf = (link: HTMLElement) => /[?&]a=([^&,]+)/.exec(link.getAttribute('href') ?? '')?.[1];
    const firstArticle = /search-part-(.+)-[0-9a-f]{10}\.json$/.exec(first ?? '')?.[1];
    // (Result links open the compare view at their article; "all results" goes to the search page.)
    const early = within(panel)
      .getAllByRole('link')
      .flatMap((l) => articleOf(l) ?? []);
    expect(early.length).toBeGreaterThan(0);
    expect(new Set(early)).toEqual(new Set([firstArticle]));
    // Only the manifest and shards were asked for, and no shard but the first has been answered.
    expect(fixtureSearchServer.urls.every((u) => /search-(index|part-)/.test(u))).toBe(true);

    release();
    await waitFor(() => expect(within(panel).getByRole('status')).not.toHaveTextContent(/searching/));
    expect(within(panel).getByRole('status')).toHaveTextContent(/^\d+ results?/);
    // Once the rest is in, results come from the other articles too.
    await waitFor(() =>
      expect(
        within(panel)
          .getAllByRole('link')
          .some((l) => ![undefined, firstArticle].includes(articleOf(l))),
      ).toBe(true),
    );
  });
});
