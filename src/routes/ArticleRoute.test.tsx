import { screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { articleTitle, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { ArticleRoute } from './ArticleRoute.tsx';
import { CompareRoute } from './CompareRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

// The parts this file's views load on first use, fetched once up front: the tests are about what
// the parts do (tests/browser/code-split.test.ts is about when they load).
beforeAll(async () => {
  await Promise.all([import('../components/AnnotationEditor.tsx')]);
});

function renderAt(url: string) {
  return renderRoutes(
    [
      { path: '/article/:articleId', element: <ArticleRoute /> },
      { path: '/compare', element: <CompareRoute /> },
    ],
    url,
  );
}

const text = () => screen.getByRole('group', { name: `Text of ${articleTitle(FTO)}` });

describe('an article’s own page', () => {
  it('shows the tag layer, and selecting a passage opens the panel with the selection in the address', async () => {
    const { router, user } = renderAt(`/article/${FTO}`);
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(articleTitle(FTO));
    const marker = within(text()).getAllByRole('button', { name: /^Legal passage/ })[0]!;
    await user.click(marker);
    expect(router.state.location.pathname).toBe(`/article/${FTO}`);
    expect(router.state.location.search).toBe('?p=fto-001');
    const panel = screen.getByRole('complementary', { name: 'Selected passage' });
    expect(panel).toHaveTextContent('The UN Charter generally prohibits the use of force between states.');
    await user.click(within(panel).getByRole('button', { name: 'Copy link to this passage' }));
    expect(await navigator.clipboard.readText()).toBe(`${window.location.origin}/article/${FTO}?p=fto-001`);
  });

  it('filters by claim type in the address, as the compare view does', async () => {
    const { router, user } = renderAt(`/article/${FTO}?p=fto-002`);
    await user.click(screen.getByRole('checkbox', { name: 'Diplomatic' }));
    expect(router.state.location.pathname).toBe(`/article/${FTO}`);
    expect(router.state.location.search).toBe('?types=diplomatic&p=fto-002');
    expect(within(text()).getByRole('button', { name: 'Diplomatic passage' }).closest('p')).not.toBeNull();
  });

  it('annotates the selected passage', async () => {
    const { user } = renderAt(`/article/${FTO}?p=fto-004`);
    await user.click(screen.getByRole('button', { name: 'Annotate the selected passage' }));
    const form = await screen.findByRole('form', { name: 'New annotation' });
    expect(form).toHaveTextContent('she insisted that any U.S. presence or use of force');
    await user.click(within(form).getByRole('button', { name: 'Add annotation' }));
    expect(await screen.findByRole('heading', { name: /^Your annotations \(1\)$/ })).toBeInTheDocument();
  });

  it('opens a linked article beside it in the compare view, keeping the selection', async () => {
    const { router, user } = renderAt(`/article/${FTO}?p=fto-002`);
    await user.click(screen.getByRole('button', { name: `Open beside: ${articleTitle(WAR_ZONE)}` }));
    expect(router.state.location.pathname).toBe('/compare');
    expect(router.state.location.search).toBe(`?a=${FTO},${WAR_ZONE}&p=fto-002`);
  });
});
