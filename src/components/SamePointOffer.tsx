import { useRef, type KeyboardEvent } from 'react';
import type { Passage } from '../model/tag-layer.ts';
import type { SamePointOffers } from '../state/use-same-point-offers.ts';

/**
 * After saving an annotation: one line in the bar ("n passages may make the same point"), which opens
 * over the page (moving nothing) the passages in the other open articles that may make the same point,
 * each with its article, its words and the argument it makes (why it is offered); "Link" adds a link
 * from the annotation to it.
 */
export function SamePointOffer({
  offers,
  passageById,
  articleTitle,
}: {
  offers: SamePointOffers;
  passageById: ReadonlyMap<string, Passage>;
  articleTitle: (articleId: string) => string;
}) {
  const { offer } = offers;
  const toggle = useRef<HTMLButtonElement>(null);
  // Escape folds the list back to its one line, like the bar's other pop-ups, before the compare view's
  // Escape (clear the selection) runs; focus goes back to that line. (Close dismisses the offer.)
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || !offers.open || event.defaultPrevented) return;
    event.preventDefault();
    offers.toggle();
    toggle.current?.focus();
  };
  if (offer.status === 'none') return null;
  if (offer.status === 'loading') return <span className="annotations-bar__hint">Looking for passages…</span>;
  if (offer.status === 'failed')
    return <span role="alert">Passages could not be found: {offer.message}</span>;
  if (offer.matches.length === 0)
    return <span className="annotations-bar__hint">No passage elsewhere seems to make the same point.</span>;
  const count = offer.matches.length;
  return (
    <div className="same-point-offer" onKeyDown={onKeyDown}>
      <button type="button" ref={toggle} aria-expanded={offers.open} onClick={offers.toggle}>
        {count} {count === 1 ? 'passage may' : 'passages may'} make the same point
      </button>
      {offers.open && (
        <section className="same-point annotation-pop" aria-labelledby="same-point-title">
          <div className="same-point__head">
            <h3 id="same-point-title">Passages in the other open articles that may make the same point</h3>
            <button type="button" onClick={offers.close}>
              Close
            </button>
          </div>
          <ul className="same-point__list">
            {offer.matches.map((m) => (
              <li key={m.passage}>
                <p className="same-point__where">{articleTitle(m.article)}</p>
                <blockquote className="same-point__quote" id={`same-point-${m.passage}`}>
                  {passageById.get(m.passage)?.exact ?? m.passage}
                </blockquote>
                <p className="same-point__why">Makes the argument: {m.statement}</p>
                <button
                  type="button"
                  onClick={() => offers.link(m.passage)}
                  aria-describedby={`same-point-${m.passage}`}
                >
                  Link
                </button>
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
