import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect } from 'react';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { realCompiled } from '../../tests/corpus/corpus-files.ts';
import { selectorFor } from '../model/anchor.ts';
import type { UserAnnotation } from '../model/user-annotation.ts';
import { argumentRecommender } from '../state/argument-recommender-session.ts';
import { useSamePointOffers } from '../state/use-same-point-offers.ts';
import { SamePointOffer } from './SamePointOffer.tsx';

// The real corpus (the run's one shared compile) and the recommender's real data (a virtual module).
const { corpus } = realCompiled();
const passageById = new Map(corpus.tagLayer.passages.map((p) => [p.id, p]));
const fto = corpus.articles.find((a) => a.meta.id === 'fto-lethal-force-legality');
const fto015 = passageById.get('fto-015');
const SENTENCE = 'Article 51 provides an exception for self-defense.';
const OPEN = ['fto-lethal-force-legality', 'just-security-self-sabotage', 'war-zone-military-options'];

function annotation(links: UserAnnotation['links'] = []): UserAnnotation {
  if (!fto || !fto015) throw new Error('the real corpus lacks fto-015');
  return {
    id: 'a1',
    article: fto.meta.id,
    selector: selectorFor(fto.text, fto015.start, fto015.start + SENTENCE.length),
    types: [],
    arguments: [],
    links,
    created: '2026-12-01T00:00:00Z',
    modified: '2026-12-01T00:00:00Z',
  };
}

/** The bar's part of the flow: an annotation has just been saved. */
function Saved({ value, update }: { value: UserAnnotation; update: (id: string, patch: object) => void }) {
  const offers = useSamePointOffers({ a1: value }, OPEN, { update });
  const { offerFor } = offers;
  useEffect(() => offerFor('a1'), []); // eslint-disable-line react-hooks/exhaustive-deps -- once, as a save
  return (
    <SamePointOffer
      offers={offers}
      passageById={passageById}
      articleTitle={(id) => corpus.articles.find((a) => a.meta.id === id)?.meta.title ?? id}
    />
  );
}

// Built on the main thread here (jsdom has no Worker): seconds on a loaded machine, so before the tests.
beforeAll(async () => {
  await argumentRecommender();
}, 120_000);

describe('passages offered after saving an annotation', { timeout: 20_000 }, () => {
  it('lists passages of the other open articles making its point, with the argument; Link adds a link', async () => {
    const update = vi.fn();
    render(<Saved value={annotation()} update={update} />);
    // One line in the bar until the reader opens the list.
    const summary = await screen.findByRole(
      'button',
      { name: /passages? may make the same point/ },
      { timeout: 5000 },
    );
    expect(summary).toHaveAttribute('aria-expanded', 'false');
    await userEvent.click(summary);
    const region = screen.getByRole('region', { name: /may make the same point/ });
    // Its own article is not offered; js-043 (Just Security) makes the Article 51 argument.
    expect(region).not.toHaveTextContent(fto?.meta.title ?? '—');
    const item = within(region)
      .getByText(passageById.get('js-043')?.exact ?? '—')
      .closest('li');
    expect(item).toHaveTextContent('Makes the argument: Article 51 of the UN Charter');
    await userEvent.click(within(item as HTMLElement).getByRole('button', { name: 'Link' }));
    expect(update).toHaveBeenCalledWith('a1', { links: [{ target: { passage: 'js-043' } }] });
    // Escape folds the list and gives focus back to the line that opened it.
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('region', { name: /may make the same point/ })).toBeNull();
    expect(summary).toHaveFocus();
    expect(summary).toHaveAttribute('aria-expanded', 'false');
  });

  it('leaves out a passage the annotation already links to', async () => {
    render(<Saved value={annotation([{ target: { passage: 'js-043' } }])} update={vi.fn()} />);
    await userEvent.click(
      await screen.findByRole('button', { name: /passages? may make the same point/ }, { timeout: 5000 }),
    );
    const region = screen.getByRole('region', { name: /may make the same point/ });
    expect(region).not.toHaveTextContent(passageById.get('js-043')?.exact ?? '—');
  });
});
