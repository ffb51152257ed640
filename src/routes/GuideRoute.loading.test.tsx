import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { articleTitle, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { GuideRoute } from './GuideRoute.tsx';

// The data boundary with article files that must be fetched: each file's first fetch fails, the next
// succeeds (a dropped connection, then Retry).
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/flaky-corpus-module.ts'));

function renderAt(url: string) {
  return renderRoutes([{ path: '/article/:articleId/guide', element: <GuideRoute /> }], url);
}

describe('the reading guide while the articles it quotes load', () => {
  // Set-up, not the view: a first render and role query (a fresh jsdom pays seconds for their first
  // pass on a busy machine), on a page that fetches nothing, so every file still fails once in the test.
  beforeAll(() => {
    renderAt('/article/no-such-article/guide');
    screen.getAllByRole('heading');
    cleanup();
  }, 60_000);

  it('says they are loading, names each one that failed with Retry (its own article first, then those it quotes), and shows the counts and quotes after', async () => {
    renderAt(`/article/${FTO}/guide`);
    // The source comes from the manifest at once; the arguments with the article's own file.
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(articleTitle(FTO));
    expect(screen.getByRole('status')).toHaveTextContent('Loading the passages…');
    expect(screen.queryByRole('table')).not.toBeInTheDocument();
    const first = await screen.findByRole('alert');
    expect(first).toHaveTextContent(articleTitle(FTO));
    expect(first).toHaveTextContent('could not be loaded: the network went away');
    // A plain click event (user-event's pointer simulation costs seconds here on a busy machine).
    fireEvent.click(within(first).getByRole('button', { name: 'Retry' }));
    // Its file names the War Zone article it disagrees with, asked for next (and failing once too).
    expect(
      await screen.findByRole('list', { name: 'Arguments only this article makes' }),
    ).toBeInTheDocument();
    const second = await screen.findByRole('alert');
    expect(second).toHaveTextContent(articleTitle(WAR_ZONE));
    expect(second).not.toHaveTextContent(articleTitle(FTO));
    for (const retry of within(second).getAllByRole('button', { name: 'Retry' })) fireEvent.click(retry);
    const table = await screen.findByRole('table', { name: 'Passages by claim type (table)' });
    expect(table.querySelector('tbody tr')?.textContent).toBe('Legal4');
    const disputes = await screen.findByRole('list', {
      name: `Disagreements with ${articleTitle(WAR_ZONE)}`,
    });
    expect(within(disputes).getAllByRole('blockquote')).toHaveLength(2);
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});
