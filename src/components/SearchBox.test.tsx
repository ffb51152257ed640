import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import {
  articleTitle,
  compareFixture,
  FTO,
  JUST_SECURITY,
  WAR_ZONE,
} from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { SearchBox } from './SearchBox.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));
// The search worker: the same service, over the index file the build writes for that corpus, in this thread.
vi.mock('../state/search-worker-port.ts', () => import('../../tests/fixtures/fixture-search-port.ts'));

const corpus = compareFixture();

function renderAt(url: string) {
  return renderRoutes(
    [
      { path: '/', element: <SearchBox /> },
      { path: '/compare', element: <SearchBox /> },
      { path: '/search', element: <p>search page</p> },
    ],
    url,
  );
}

const results = () => screen.getByRole('region', { name: 'Search results' });
const group = (name: string) => within(results()).getByRole('region', { name });
/** Pastes a query into the search box, as a reader might (one change, so one query to answer). */
async function pasteQuery(user: ReturnType<typeof renderAt>['user'], query: string): Promise<void> {
  await user.click(screen.getByRole('searchbox', { name: 'Search the articles' }));
  await user.paste(query);
}
/** Waits until the drop-down shows the answer to what was typed (the index loads on the first focus). */
const answered = () => waitFor(() => expect(results()).toHaveAttribute('aria-busy', 'false'));

describe('SearchBox', () => {
  it('groups results by article and marks the matched words as text, never HTML', async () => {
    const { user } = renderAt('/');
    await pasteQuery(user, 'artcle 51');
    await answered();
    for (const id of [FTO, JUST_SECURITY, WAR_ZONE]) expect(group(articleTitle(id))).toBeInTheDocument();
    const fto = group(articleTitle(FTO));
    const marks = within(fto)
      .getAllByText((_, el) => el?.tagName === 'MARK')
      .map((m) => m.textContent);
    expect(marks).toEqual(expect.arrayContaining(['Article', '51']));
    const link = within(fto).getAllByRole('link')[0]!;
    expect(link).toHaveTextContent(/Article 51 provides an exception for self-defense/);
    expect(link).toHaveTextContent(/¶ \d+/);
    expect(results().innerHTML).not.toContain('&lt;mark');
  });

  it('shows passages with their type of result and argument statements in their own group', async () => {
    const { user } = renderAt('/');
    await pasteQuery(user, 'sovereignty');
    await answered();
    const args = group('Arguments');
    expect(
      within(args).getByRole('link', { name: /Mexico rejects US military action on its soil/ }),
    ).toHaveAttribute('href', `/compare?a=${FTO},${JUST_SECURITY}&arg=mexico-rejects&q=sovereignty`);
    expect(within(group(articleTitle(JUST_SECURITY))).getAllByText('Passage:').length).toBeGreaterThan(0);
  });

  it('links a result to its block in the compare view, keeping the columns already open', async () => {
    const { user } = renderAt(`/compare?a=${FTO},${JUST_SECURITY}`);
    await pasteQuery(user, 'Hegseth');
    await answered();
    const link = within(group(articleTitle(WAR_ZONE))).getAllByRole('link')[0]!;
    const url = new URL(link.getAttribute('href') ?? '', 'http://x');
    expect(url.pathname).toBe('/compare');
    expect(url.searchParams.get('a')).toBe(`${FTO},${JUST_SECURITY},${WAR_ZONE}`);
    const blockIds = corpus.articles.find((a) => a.meta.id === WAR_ZONE)!.blocks.map((b) => b.id);
    expect(blockIds).toContain(url.searchParams.get('at'));
    expect(url.searchParams.get('q')).toBe('Hegseth');
  });

  it('says when nothing matches, and Enter opens the search page', async () => {
    const { user, router } = renderAt('/');
    const box = screen.getByRole('searchbox', { name: 'Search the articles' });
    await user.type(box, 'zzzqqq');
    await answered();
    expect(within(results()).getByRole('status')).toHaveTextContent('No results for “zzzqqq”.');
    await user.type(box, '{Enter}');
    expect(router.state.location.pathname).toBe('/search');
    expect(router.state.location.search).toBe('?q=zzzqqq');
  });

  it('focuses on "/" pressed outside a text field', async () => {
    const { user } = renderAt('/');
    const box = screen.getByRole('searchbox', { name: 'Search the articles' });
    expect(box).not.toHaveFocus();
    await user.keyboard('/');
    expect(box).toHaveFocus();
    expect(box).toHaveValue('');
  });
});
