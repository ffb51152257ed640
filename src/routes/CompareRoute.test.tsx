import { act, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { articleTitle, FTO, JUST_SECURITY, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { CompareRoute } from './CompareRoute.tsx';
import { LibraryRoute } from './LibraryRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

/** Renders the app's library and compare routes at `url`. */
function renderAt(url: string) {
  return renderRoutes(
    [
      { path: '/', element: <LibraryRoute /> },
      { path: '/compare', element: <CompareRoute /> },
      { path: '*', element: <p>elsewhere</p> },
    ],
    url,
  );
}

const column = (id: string) => screen.getByRole('region', { name: articleTitle(id) });
const text = (id: string) => within(column(id)).getByRole('group', { name: `Text of ${articleTitle(id)}` });
const markers = (id: string) => within(text(id)).queryAllByRole('button', { name: /passage/ });

describe('the compare view', () => {
  it('opens two articles from the library checkboxes', async () => {
    const { router, user } = renderAt('/');
    await user.click(screen.getByRole('checkbox', { name: `Compare ${articleTitle(WAR_ZONE)}` }));
    await user.click(screen.getByRole('checkbox', { name: `Compare ${articleTitle(FTO)}` }));
    await user.click(screen.getByRole('button', { name: 'Compare side by side' }));
    expect(router.state.location.search).toBe(`?a=${FTO},${WAR_ZONE}`);
    expect(column(FTO)).toBeInTheDocument();
    expect(within(column(WAR_ZONE)).getByRole('heading', { level: 2 })).toHaveTextContent(
      articleTitle(WAR_ZONE),
    );
  });

  it('filters by claim type: counts per column, highlights, focus mode folds, one action clears', async () => {
    const { router, user } = renderAt(`/compare?a=${FTO},${WAR_ZONE}`);
    const diplomatic = screen.getByRole('checkbox', { name: 'Diplomatic' });
    expect(diplomatic).toHaveAccessibleDescription(
      `Passages per open column: ${articleTitle(FTO)}: 1, ${articleTitle(WAR_ZONE)}: 0`,
    );
    expect(screen.getByRole('checkbox', { name: 'Legal' })).toHaveAccessibleDescription(/: 4, .*: 2$/);
    expect(markers(FTO)).toHaveLength(5);

    await user.click(diplomatic);
    expect(router.state.location.search).toContain('types=diplomatic');
    expect(markers(FTO).map((m) => [m.dataset.label, m.getAttribute('aria-label')])).toEqual([
      ['DIP', 'Diplomatic passage'],
    ]);
    expect(markers(WAR_ZONE)).toHaveLength(0);

    await user.click(screen.getByRole('radio', { name: 'Focus' }));
    const fto = within(column(FTO));
    expect(fto.getByRole('button', { name: '2 paragraphs hidden' })).toBeInTheDocument();
    expect(fto.getByRole('button', { name: '10 paragraphs hidden' })).toBeInTheDocument();
    expect(
      fto.queryByText(/To date, the United States has not openly used lethal force/),
    ).not.toBeInTheDocument();
    await user.click(fto.getByRole('button', { name: '2 paragraphs hidden' }));
    expect(fto.getByText(/To date, the United States has not openly used lethal force/)).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Clear filter' }));
    expect(diplomatic).not.toBeChecked();
    expect(markers(FTO)).toHaveLength(5);
    expect(screen.queryByRole('button', { name: /paragraphs hidden/ })).not.toBeInTheDocument();
  });

  it('selecting a passage shows its argument, questions and linked passages, and marks them', async () => {
    const { router, user } = renderAt(`/compare?a=${FTO},${WAR_ZONE}`);
    // A click on a passage's words chooses it once no second click (a double click on a word) follows.
    await user.click(within(column(FTO)).getByText(/If the United States were to use force unilaterally/));
    await waitFor(() => expect(document.querySelector('.links-panel')).not.toBeNull());
    expect(router.state.location.search).toBe(`?a=${FTO},${WAR_ZONE}&p=fto-002`);
    const panel = screen.getByRole('complementary', { name: 'Selected passage' });
    expect(
      within(panel).getByText(
        'Article 51 of the UN Charter is the likely legal basis for US strikes in Mexico.',
      ),
    ).toBeInTheDocument();
    expect(within(panel).getByText('Does cartel violence amount to an armed attack?')).toBeInTheDocument();
    expect(
      within(panel).getByText(/such an attack would allow him to respond under United Nations Article 51/),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole('button', { name: `Show in column: ${articleTitle(WAR_ZONE)}, paragraph 7` }),
    ).toBeInTheDocument();
    expect(
      within(panel).getByRole('button', { name: `Open beside: ${articleTitle(JUST_SECURITY)}` }),
    ).toBeInTheDocument();
    expect(
      screen.getByText(
        `Selected: legal passage in ${articleTitle(FTO)}, paragraph 7. 2 linked passages, 1 in an open column.`,
      ),
    ).toHaveAttribute('role', 'status');
    expect(
      within(column(WAR_ZONE)).getByRole('button', { name: 'Legal passage, linked' }),
    ).toBeInTheDocument();
    expect(
      within(column(FTO)).getByRole('button', { name: 'Legal passage', pressed: true }),
    ).toBeInTheDocument();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Selected passage' })).not.toBeInTheDocument();
    expect(router.state.location.search).toBe(`?a=${FTO},${WAR_ZONE}`);
  });

  it('selects from the keyboard and lists the passages in dispute with it', async () => {
    const { user } = renderAt(`/compare?a=${FTO},${WAR_ZONE}`);
    const marker = within(column(WAR_ZONE)).getByRole('button', { name: 'Legal and Political passage' });
    act(() => marker.focus());
    await user.keyboard('{Enter}');
    const panel = screen.getByRole('complementary', { name: 'Selected passage' });
    expect(within(panel).getByRole('heading', { name: 'In dispute (1)' })).toBeInTheDocument();
    expect(
      within(panel).getByText('But Congress alone has the power to declare war.', { selector: 'blockquote' }),
    ).toBeInTheDocument();
  });

  it('"Open beside" adds the linked article as a column, with the linked passage marked', async () => {
    const { router, user } = renderAt(`/compare?a=${FTO},${WAR_ZONE}&p=fto-002`);
    await user.click(screen.getByRole('button', { name: `Open beside: ${articleTitle(JUST_SECURITY)}` }));
    expect(router.state.location.search).toBe(`?a=${FTO},${WAR_ZONE},${JUST_SECURITY}&p=fto-002`);
    expect(
      within(column(JUST_SECURITY)).getByRole('button', { name: 'Legal passage, linked' }),
    ).toBeInTheDocument();
    // Back returns to two columns.
    await act(() => router.navigate(-1));
    expect(screen.queryByRole('region', { name: articleTitle(JUST_SECURITY) })).not.toBeInTheDocument();
  });

  it('adds, moves and closes columns', async () => {
    const { router, user } = renderAt(`/compare?a=${FTO}`);
    expect(screen.getByText(/One article is open/)).toBeInTheDocument();
    await user.selectOptions(
      screen.getByRole('combobox', { name: 'Add an article' }),
      articleTitle(WAR_ZONE),
    );
    await user.click(screen.getByRole('button', { name: 'Add column' }));
    expect(router.state.location.search).toBe(`?a=${FTO},${WAR_ZONE}`);
    await user.click(screen.getByRole('button', { name: `Move ${articleTitle(WAR_ZONE)} left` }));
    expect(router.state.location.search).toBe(`?a=${WAR_ZONE},${FTO}`);
    await user.click(screen.getByRole('button', { name: `Close ${articleTitle(FTO)}` }));
    expect(router.state.location.search).toBe(`?a=${WAR_ZONE}`);
  });

  it('names unknown articles and types from the URL instead of failing', () => {
    renderAt(`/compare?a=${FTO},nyt-oped&types=legal,moral`);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('No article “nyt-oped” in this corpus');
    expect(alert).toHaveTextContent('No claim type “moral” in the taxonomy');
    expect(column(FTO)).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Legal' })).toBeChecked();
  });

  it('selects the first passage of an argument named in the URL, and Escape clears it', async () => {
    const { router, user } = renderAt(`/compare?a=${WAR_ZONE},${JUST_SECURITY}&arg=self-defense-exception`);
    const panel = screen.getByRole('complementary', { name: 'Selected passage' });
    // The argument's first passage in an open column, in corpus order, is Just Security's.
    expect(
      within(panel).getByText(/it does not constitute an “armed attack”/, {
        selector: '.links-panel__quote',
      }),
    ).toBeInTheDocument();
    expect(
      within(column(JUST_SECURITY)).getByRole('button', { name: 'Legal passage', pressed: true }),
    ).toBeInTheDocument();
    expect(
      within(column(WAR_ZONE)).getByRole('button', { name: 'Legal passage, linked' }),
    ).toBeInTheDocument();
    await user.keyboard('{Escape}');
    expect(router.state.location.search).toBe(`?a=${WAR_ZONE},${JUST_SECURITY}`);
  });

  it('names each overview cell by paragraph, types and cross-references', () => {
    renderAt(`/compare?a=${FTO},${WAR_ZONE}`);
    const strip = within(column(FTO)).getByRole('toolbar', { name: `Overview of ${articleTitle(FTO)}` });
    expect(
      within(strip).getByRole('button', { name: 'Paragraph 7: legal, strategic; 2 cross-references' }),
    ).toBeInTheDocument();
    expect(within(strip).getByRole('button', { name: 'Paragraph 1: no tagged passage' })).toBeInTheDocument();
  });
});
