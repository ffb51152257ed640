import { cleanup, fireEvent, screen, within } from '@testing-library/react';
import { useLocation } from 'react-router';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { compareFixture, DISPUTE_NOTE, FTO, WAR_ZONE } from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { isPresenting } from '../state/compare-url.ts';
import { CompareRoute } from './CompareRoute.tsx';
import { PassagePresentationRoute } from './PassagePresentationRoute.tsx';

// The data boundary: the real articles with a small tag layer quoting real sentences.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

const CONGRESS = 'But Congress alone has the power to declare war.';
const BROAD_POWER = '“Presidents – and especially this President – assert very broad power';

/** `/compare` as the router has it: the compare view, or its presentation with `present=1`. */
function CompareOrPresentation() {
  const { search } = useLocation();
  return isPresenting(new URLSearchParams(search)) ? <PassagePresentationRoute /> : <CompareRoute />;
}

function renderAt(url: string) {
  return renderRoutes([{ path: '/compare', element: <CompareOrPresentation /> }], url);
}

const params = (search: string) => Object.fromEntries(new URLSearchParams(search));

describe('the compare view presented', () => {
  // Set-up, not the view, done once before the tests are timed: compiling the fixture corpus and a first render.
  beforeAll(() => {
    compareFixture();
    renderAt(`/compare?a=${FTO}&p=fto-005&present=1`);
    screen.getAllByRole('link');
    cleanup();
  }, 60_000);

  it('shows one passage with the other side of its disagreement and the note; the arrows step, keeping the place in the URL', async () => {
    const { router, user } = renderAt(`/compare?a=${FTO},${WAR_ZONE}&p=fto-005&present=1`);
    expect(screen.queryByRole('searchbox')).toBeNull();
    expect(await screen.findByRole('heading', { level: 1 })).toHaveTextContent(/FTO.*paragraph \d+/);
    expect(screen.getByRole('main').querySelector('.passage-presentation__quote')).toHaveTextContent(
      CONGRESS,
    );
    expect(screen.getByText(/^Only Congress can declare war\./)).toBeInTheDocument();
    const cards = within(screen.getByRole('list', { name: 'Linked passages' })).getAllByRole('listitem');
    expect(cards).toHaveLength(1);
    expect(cards[0]).toHaveTextContent(/^Disputes it · /);
    expect(cards[0]).toHaveTextContent(`Why they disagree: ${DISPUTE_NOTE}`);
    // The other side's quote (170 characters) is cut on the card, whole in the full text.
    const quote = within(cards[0]!).getByRole('blockquote');
    expect(quote.textContent).toMatch(new RegExp(`^${BROAD_POWER}.*…$`));
    await user.click(screen.getByRole('button', { name: 'Full text' }));
    expect(screen.getByRole('button', { name: 'Full text' })).toHaveAttribute('aria-pressed', 'true');
    const dispute = screen.getByRole('region', { name: 'In dispute (1)' });
    expect(dispute).toHaveTextContent('without congressional authorization”');
    expect(dispute).toHaveTextContent(
      'Opposing argument: The President claims broad power to use force without Congress.',
    );

    // The bar is redrawn with each step: ask for it each time.
    const bar = () => screen.getByRole('navigation', { name: 'Presentation' });
    const [at, total] = bar().querySelector('.presentation__step')!.textContent!.split(' / ').map(Number);
    expect(total).toBe(8);
    await user.keyboard('{ArrowRight}');
    const next = params(router.state.location.search);
    expect(next).toMatchObject({ a: `${FTO},${WAR_ZONE}`, present: '1' });
    expect(next.p).not.toBe('fto-005');
    expect(bar()).toHaveTextContent(`${at! + 1} / 8`);
    // A new step closes the full text.
    expect(screen.queryByRole('button', { name: 'Full text', pressed: true })).toBeNull();
    await user.keyboard('{ArrowLeft}');
    expect(params(router.state.location.search).p).toBe('fto-005');
    await user.click(within(bar()).getByRole('link', { name: 'Next passage' }));
    expect(params(router.state.location.search).p).toBe(next.p);
    await user.click(within(bar()).getByRole('link', { name: 'Previous passage' }));
    expect(params(router.state.location.search).p).toBe('fto-005');
  });

  it('is entered from the toolbar at the selected passage, and Escape returns there with the passage selected', async () => {
    // One column, and text queries rather than role queries over the whole article: jsdom is slow at those.
    const { router, user } = renderAt(`/compare?a=${FTO}&p=fto-005`);
    await user.click(await screen.findByText('Present', { selector: 'a' }));
    expect(params(router.state.location.search)).toEqual({ a: FTO, p: 'fto-005', present: '1' });
    await screen.findByText(CONGRESS, { selector: '.passage-presentation__quote p' });
    // fto-005 is the FTO article's last passage: step back.
    await user.keyboard('{ArrowLeft}');
    const shown = params(router.state.location.search).p;
    expect(shown).not.toBe('fto-005');
    fireEvent.keyDown(document, { key: 'Escape' });
    await screen.findByText('Selected passage');
    expect(params(router.state.location.search)).toEqual({ a: FTO, p: shown });
    expect(screen.queryByText('Full text')).toBeNull();
  });

  it('keeps to the claim-type filter: a diplomatic filter over FTO and War Zone is one step', async () => {
    renderAt(`/compare?a=${FTO},${WAR_ZONE}&types=diplomatic&present=1`);
    const bar = await screen.findByRole('navigation', { name: 'Presentation' });
    expect(await screen.findByText(/any U\.S\. presence or use of force would infringe/)).toBeInTheDocument();
    expect(bar).toHaveTextContent('1 / 1');
    expect(within(bar).getByRole('link', { name: 'Next passage' })).toHaveAttribute('aria-disabled', 'true');
  });
});
