import { cleanup, screen, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import {
  articleTitle,
  compareFixture,
  FTO,
  JUST_SECURITY,
  LAWFARE,
  WAR_ZONE,
} from '../../tests/fixtures/compare-fixture.ts';
import { renderRoutes } from '../../tests/fixtures/render-routes.tsx';
import { createAnnotationStore, type AnnotationStore } from '../state/annotation-store.ts';
import { setAnnotationStore } from '../state/use-annotations.ts';
import { CompareRoute } from './CompareRoute.tsx';

// The data boundary: the real articles with a small tag layer and hand-made suggestions for fto-002.
vi.mock('../data/corpus.ts', () => import('../../tests/fixtures/fixture-corpus-module.ts'));

const corpus = compareFixture();
const wz002 = corpus.tagLayer.passages.find((p) => p.id === 'wz-002');
const js001 = corpus.tagLayer.passages.find((p) => p.id === 'js-001');
const WITH_SUGGESTIONS = `/compare?a=${FTO},${WAR_ZONE}&layers=curated,mine,suggested&p=fto-002`;
let store: AnnotationStore;

beforeEach(() => {
  store = createAnnotationStore({ name: null });
  setAnnotationStore(store);
});

function renderAt(url: string) {
  return renderRoutes([{ path: '/compare', element: <CompareRoute /> }], url);
}

const section = () => screen.getByRole('region', { name: /^Suggested \(not curated\)/ });
const items = () => within(section()).queryAllByRole('listitem');
const wzName = `${articleTitle(WAR_ZONE)}, paragraph ${wz002?.paragraphNumber ?? 0}`;

describe('suggestions in the compare view', () => {
  it('are off by default; "Show suggestions" turns the layer on in the URL', async () => {
    const { router, user } = renderAt(`/compare?a=${FTO},${WAR_ZONE}&p=fto-002`);
    expect(screen.queryByRole('region', { name: /^Suggested/ })).not.toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Show suggestions' }));
    expect(router.state.location.search).toBe(
      `?a=${FTO},${WAR_ZONE}&layers=curated,mine,suggested&p=fto-002`,
    );
    expect(section()).toBeInTheDocument();
  });

  it('lists each suggestion with place, quote, score and shared terms, but not curated partners', () => {
    renderAt(WITH_SUGGESTIONS);
    expect(
      within(section()).getByRole('heading', { name: 'Suggested (not curated) (3)' }),
    ).toBeInTheDocument();
    const [first, second, third] = items();
    if (!first || !second || !third) throw new Error('three suggestions expected');
    expect(within(first).getByText('suggested')).toBeInTheDocument();
    expect(within(first).getByText(articleTitle(WAR_ZONE))).toBeInTheDocument();
    expect(within(first).getByText(wz002?.exact ?? '')).toBeInTheDocument();
    expect(within(first).getByText('suggested 0.42: use force, unilaterally')).toBeInTheDocument();
    expect(within(first).getByRole('button', { name: `Show in column: ${wzName}` })).toBeInTheDocument();
    expect(within(second).getByText('suggested 0.32: U.S., military')).toBeInTheDocument();
    expect(
      within(second).getByRole('button', { name: `Open beside: ${articleTitle(JUST_SECURITY)}` }),
    ).toBeInTheDocument();
    expect(within(third).getByText(/^Michael Waltz, Trump’s national security adviser/)).toBeInTheDocument();
    expect(within(third).getByText(`${articleTitle(LAWFARE)}`)).toBeInTheDocument();
    // The curated partner wz-001 is listed once, under "Same argument", not as a suggestion.
    expect(within(section()).queryByText(/such an attack would allow him/)).not.toBeInTheDocument();
    // In the War Zone column the suggested passage is marked, apart from the curated link.
    const column = screen.getByRole('region', { name: articleTitle(WAR_ZONE) });
    const marked = column.querySelector('.passage.is-suggested');
    expect(marked?.textContent).toBe(wz002?.exact);
    expect(marked?.classList.contains('is-linked')).toBe(false);
    // The tag's word is CSS content (data-label), so it stays out of selections and the clipboard.
    expect(column.querySelector('.suggested-tag')).toHaveAttribute('data-label', 'suggested');
    expect(column.querySelector('.suggested-tag')?.textContent).toBe('');
  });

  it('dismiss hides a suggestion, remembers it in the store, and "Show n dismissed" restores it', async () => {
    const { user } = renderAt(WITH_SUGGESTIONS);
    await user.click(screen.getByRole('button', { name: `Dismiss suggestion: ${wzName}` }));
    expect(items()).toHaveLength(2);
    expect(store.getSnapshot().state.dismissed).toEqual(['fto-002>wz-002']);
    expect(document.querySelector('.passage.is-suggested')).toBeNull();

    // Another visit with the same store: still dismissed.
    cleanup();
    renderAt(WITH_SUGGESTIONS);
    expect(items()).toHaveLength(2);
    const toggle = within(section()).getByRole('button', { name: 'Show 1 dismissed' });
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(within(section()).getByRole('button', { name: `Restore suggestion: ${wzName}` }));
    expect(store.getSnapshot().state.dismissed).toEqual([]);
    expect(within(section()).getByText('suggested 0.42: use force, unilaterally')).toBeInTheDocument();
  });

  it('accept makes it the reader’s own link on the passage, and undo takes it back', async () => {
    const { user } = renderAt(WITH_SUGGESTIONS);
    await user.click(screen.getByRole('button', { name: `Accept suggestion: ${wzName}` }));
    expect(screen.getByRole('heading', { name: 'Your annotations (1)' })).toBeInTheDocument();
    const [annotation] = store.list();
    const fto002 = corpus.tagLayer.passages.find((p) => p.id === 'fto-002');
    expect(annotation).toMatchObject({
      article: FTO,
      selector: { quote: { exact: fto002?.exact }, position: { start: fto002?.start, end: fto002?.end } },
      links: [{ target: { passage: 'wz-002' } }],
    });
    expect(items()).toHaveLength(2);

    // Accepting a second one adds a link to the same annotation.
    await user.click(
      screen.getByRole('button', {
        name: `Accept suggestion: ${articleTitle(JUST_SECURITY)}, paragraph ${js001?.paragraphNumber ?? 0}`,
      }),
    );
    expect(store.list()).toHaveLength(1);
    expect(store.list()[0]?.links).toHaveLength(2);

    await user.click(screen.getByRole('button', { name: 'Undo' }));
    await user.click(screen.getByRole('button', { name: 'Undo' }));
    expect(screen.getByRole('heading', { name: 'Your annotations (0)' })).toBeInTheDocument();
    expect(items()).toHaveLength(3);
  });
});
