import type { Passage } from '../model/tag-layer.ts';
import type { SamePointOffers } from '../state/use-same-point-offers.ts';

/**
 * After saving an annotation: the passages in the other open articles that may make the same point,
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
  if (offer.status === 'none') return null;
  return (
    <section className="same-point" aria-labelledby="same-point-title">
      <div className="same-point__head">
        <h3 id="same-point-title">Passages in the other open articles that may make the same point</h3>
        <button type="button" onClick={offers.close}>
          Close
        </button>
      </div>
      {offer.status === 'loading' && <p className="annotation-editor__hint">Looking for passages…</p>}
      {offer.status === 'failed' && <p role="alert">Passages could not be found: {offer.message}</p>}
      {offer.status === 'ready' && offer.matches.length === 0 && (
        <p className="annotation-editor__hint">None found in the other open articles.</p>
      )}
      {offer.status === 'ready' && offer.matches.length > 0 && (
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
      )}
    </section>
  );
}
