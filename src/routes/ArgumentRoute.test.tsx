import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import {
  articleTitle,
  compareFixture,
  DISPUTE_NOTE,
  FTO,
  JUST_SECURITY,
  WAR_ZONE,
} from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { ArgumentRoute } from './ArgumentRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

const SELF_DEFENSE = 'Article 51 of the UN Charter is the likely legal basis for US strikes in Mexico.';

function renderAt(url: string) {
  return renderRoutes([{ path: '/arguments/:argumentId', element: <ArgumentRoute /> }], url);
}

describe('the argument focus view', () => {
  // Set-up, not the view, done once before the tests are timed: compiling the fixture corpus, and a
  // first render and role query (a fresh jsdom pays seconds for their first pass on a busy machine).
  beforeAll(() => {
    compareFixture();
    renderAt('/arguments/mexico-rejects');
    screen.getAllByRole('link');
    cleanup();
  }, 60_000);

  it('shows the statement, its type, and one column per article with each quote, paragraph and source', () => {
    renderAt('/arguments/self-defense-exception');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent(SELF_DEFENSE);
    expect(screen.getByText('Legal')).toBeInTheDocument();
    const columns = within(screen.getByRole('list', { name: 'Passages making this argument' })).getAllByRole(
      'listitem',
    );
    // Articles in corpus order: FTO, Just Security, War Zone.
    expect(columns.map((c) => within(c).getByRole('heading', { level: 3 }).textContent)).toEqual([
      articleTitle(FTO),
      articleTitle(JUST_SECURITY),
      articleTitle(WAR_ZONE),
    ]);
    const fto = columns[0]!;
    expect(within(fto).getByRole('blockquote')).toHaveTextContent(
      /^Article 51 provides an exception for self-defense\./,
    );
    const cite = fto.querySelector('cite')!;
    expect(cite.textContent).toMatch(/, paragraph \d+$/);
    expect(cite.textContent).toContain(articleTitle(FTO));
    expect(within(fto).getByRole('link', { name: /^Read paragraph \d+ in the article/ })).toHaveAttribute(
      'href',
      `/article/${FTO}?p=fto-002`,
    );
    expect(screen.getByRole('region', { name: 'Discussion questions' })).toHaveTextContent(
      'Does cartel violence amount to an armed attack?',
    );
    expect(screen.getByRole('link', { name: 'Read the articles side by side' })).toHaveAttribute(
      'href',
      `/compare?a=${FTO},${JUST_SECURITY},${WAR_ZONE}&arg=self-defense-exception`,
    );
  });

  it('lists the argument it contrasts with, with the curated note, and says when it has no questions', () => {
    renderAt('/arguments/congress-limits');
    const contrasts = screen.getByRole('list', { name: 'Arguments it contrasts with' });
    const [item] = within(contrasts).getAllByRole('listitem');
    expect(within(item!).getByRole('link')).toHaveTextContent(
      'The President claims broad power to use force without Congress.',
    );
    expect(within(item!).getByRole('link')).toHaveAttribute('href', '/arguments/article-ii-power');
    expect(item).toHaveTextContent(articleTitle(WAR_ZONE));
    expect(item).toHaveTextContent(`Why they disagree: ${DISPUTE_NOTE}`);
    expect(
      screen.getByText('No discussion questions have been written for this argument yet.'),
    ).toBeVisible();
  });

  it('says so when nothing contrasts with the argument', () => {
    renderAt('/arguments/mexico-rejects');
    expect(screen.getByText('No curated disagreement involves this argument.')).toBeInTheDocument();
  });

  it('steps through the filtered, sorted list with the buttons and the arrow keys, keeping the filter in the URL', async () => {
    // Legal arguments by statement: Article 51…, Only Congress…, The President…, The UN Charter…
    const { router, user } = renderAt('/arguments/congress-limits?type=legal&sort=statement');
    const nav = screen.getByRole('navigation', { name: 'Arguments' });
    expect(nav).toHaveTextContent('2 of 4');
    expect(within(nav).getByRole('link', { name: /Previous argument/ })).toHaveAttribute(
      'href',
      '/arguments/self-defense-exception?type=legal&sort=statement',
    );
    await user.click(within(nav).getByRole('link', { name: /Next argument/ }));
    expect(router.state.location.pathname).toBe('/arguments/article-ii-power');
    expect(router.state.location.search).toBe('?type=legal&sort=statement');
    await user.keyboard('{ArrowRight}');
    expect(router.state.location.pathname).toBe('/arguments/un-charter-limits');
    expect(screen.getByRole('navigation', { name: 'Arguments' })).toHaveTextContent('4 of 4');
    expect(
      within(screen.getByRole('navigation', { name: 'Arguments' })).queryByRole('link', { name: /Next/ }),
    ).toBeNull();
    await user.keyboard('{ArrowRight}');
    expect(router.state.location.pathname).toBe('/arguments/un-charter-limits');
    await user.keyboard('{ArrowLeft}{ArrowLeft}');
    expect(router.state.location.pathname).toBe('/arguments/congress-limits');
  });

  it('leaves the keys to a form field being typed in', async () => {
    const { router, user } = renderAt('/arguments/congress-limits?sort=statement');
    await user.click(screen.getByRole('searchbox'));
    await user.keyboard('{ArrowRight}');
    expect(router.state.location.pathname).toBe('/arguments/congress-limits');
  });

  it('presents one argument per screen with a step indicator; Escape leaves presentation, keeping the place', async () => {
    const { router, user } = renderAt('/arguments/congress-limits?sort=statement&present=1');
    expect(screen.queryByRole('searchbox')).toBeNull();
    const bar = screen.getByRole('navigation', { name: 'Presentation' });
    expect(bar).toHaveTextContent('3 / 5');
    await user.keyboard('{PageDown}');
    expect(router.state.location.pathname).toBe('/arguments/article-ii-power');
    expect(router.state.location.search).toBe('?sort=statement&present=1');
    fireEvent.keyDown(document, { key: 'Escape' });
    await screen.findByRole('searchbox');
    expect(router.state.location.pathname).toBe('/arguments/article-ii-power');
    expect(router.state.location.search).toBe('?sort=statement');
  });

  it('names an argument that does not exist and an unknown filter', () => {
    renderAt('/arguments/astrology');
    expect(screen.getByRole('heading', { level: 1 })).toHaveTextContent('No such argument');
    expect(screen.getByText(/no argument “astrology”/)).toBeInTheDocument();
  });

  it('names a filter in the link that does not exist, and steps through every argument instead', () => {
    renderAt('/arguments/congress-limits?type=astrology');
    expect(screen.getByRole('alert')).toHaveTextContent('No claim type “astrology” in this taxonomy');
    expect(screen.getByRole('navigation', { name: 'Arguments' })).toHaveTextContent('of 5');
  });
});
