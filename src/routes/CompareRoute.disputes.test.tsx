import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { articleTitle, DISPUTE_NOTE, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { CompareRoute } from './CompareRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

function renderAt(url: string) {
  return renderRoutes([{ path: '/compare', element: <CompareRoute /> }], url);
}

describe('disagreements in the compare view’s panel', () => {
  it('lists the disagreement near the top, with its note, the other side, and a side-by-side link', () => {
    renderAt(`/compare?a=${FTO}&p=fto-005`);
    const panel = screen.getByRole('complementary', { name: 'Selected passage' });
    const section = within(panel).getByRole('region', { name: 'In dispute (1)' });
    expect(section).toHaveTextContent(DISPUTE_NOTE);
    expect(section).toHaveTextContent(
      'Opposing argument: The President claims broad power to use force without Congress.',
    );
    expect(
      within(section).getByText(/^“Presidents – and especially this President – assert very broad power/, {
        selector: 'blockquote',
      }),
    ).toBeInTheDocument();
    // Before the passage's own argument and the same-argument list.
    const headings = within(panel)
      .getAllByRole('heading')
      .map((h) => h.textContent);
    expect(headings.indexOf('In dispute (1)')).toBeLessThan(headings.indexOf('Argument'));
    expect(headings.indexOf('In dispute (1)')).toBeLessThan(
      headings.findIndex((h) => h?.startsWith('Same argument') ?? false),
    );
    expect(
      within(section).getByRole('link', {
        name: `Both sides side by side: this passage and ${articleTitle(WAR_ZONE)}`,
      }),
    ).toHaveAttribute('href', `/compare?a=${FTO},${WAR_ZONE}&p=fto-005`);
  });

  it('opens both sides side by side, the other side marked as linked', async () => {
    const { router, user } = renderAt(`/compare?a=${FTO}&p=fto-005`);
    await user.click(
      screen.getByRole('link', {
        name: `Both sides side by side: this passage and ${articleTitle(WAR_ZONE)}`,
      }),
    );
    expect(router.state.location.search).toBe(`?a=${FTO},${WAR_ZONE}&p=fto-005`);
    const other = document.getElementById(`column-${WAR_ZONE}`);
    expect(other).not.toBeNull();
    expect(other?.querySelector('[data-select="wz-002"]')?.getAttribute('aria-label')).toMatch(
      /passage, linked$/,
    );
  });

  it('shows no dispute section for a passage no one disputes', () => {
    renderAt(`/compare?a=${FTO}&p=fto-001`);
    const panel = screen.getByRole('complementary', { name: 'Selected passage' });
    expect(within(panel).queryByRole('region', { name: /In dispute/ })).not.toBeInTheDocument();
  });
});
